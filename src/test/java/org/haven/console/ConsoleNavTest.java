package org.haven.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.haven.shared.security.Actor;
import org.haven.shared.security.Roles;
import org.junit.jupiter.api.Test;

/** The main menu per role, and where "/console" leads each of them. */
class ConsoleNavTest {

    private static List<String> menu(String... roles) {
        return ConsoleNav.of(new Actor("s", "S", List.of(roles)), EnglishMessages.create()).stream()
                .map(ConsoleNav.Link::path).toList();
    }

    @Test
    void anOfficerSeesTheCaseworkPagesOnly() {
        assertEquals(List.of("/console/caseload", "/console/defenders", "/console/follow-ups",
                "/console/legal/forced-return", "/console/organisations", "/console/activities", "/console/notifications"), menu(Roles.PROTECTION_OFFICER));
    }

    @Test
    void aManagerStartsFromTheApprovalsAndSeesFunds() {
        assertEquals(List.of("/console/approvals", "/console/caseload", "/console/overview", "/console/defenders",
                "/console/follow-ups", "/console/funds", "/console/legal/forced-return", "/console/organisations", "/console/activities", "/console/notifications"), menu(Roles.PROGRAMME_MANAGER));
    }

    @Test
    void anAuditorSeesTheLogAndTheExportsButNoApprovals() {
        assertEquals(List.of("/console/caseload", "/console/overview", "/console/defenders", "/console/follow-ups",
                "/console/funds", "/console/audit", "/console/exports", "/console/legal/forced-return", "/console/organisations", "/console/activities", "/console/notifications"), menu(Roles.AUDITOR));
    }

    @Test
    void anAdministratorSeesKeysAndDefendersButNoCasework() {
        assertEquals(List.of("/console/defenders", "/console/funds", "/console/audit", "/console/exports",
                "/console/admin/keys", "/console/notifications"), menu(Roles.ADMIN));
    }

    @Test
    void severalRolesSeeEachPageOnceInTheSameOrder() {
        assertEquals(menu(Roles.ALL.toArray(String[]::new)).stream().distinct().count(),
                menu(Roles.ALL.toArray(String[]::new)).size());
        assertEquals("/console/approvals", menu(Roles.AUDITOR, Roles.PROGRAMME_MANAGER).get(0));
    }

    @Test
    void homeIsTheCaseloadForCaseworkAndTheFirstPageOtherwise() {
        assertEquals("/console/caseload", ConsoleNav.home(new Actor("s", "S", List.of(Roles.PROGRAMME_MANAGER))));
        assertEquals("/console/defenders", ConsoleNav.home(new Actor("s", "S", List.of(Roles.ADMIN))));
        assertEquals("/console/caseload", ConsoleNav.home(new Actor("s", "S", List.of())));
    }

    @Test
    void labelsComeFromTheMessages() {
        assertEquals("Approvals", ConsoleNav.of(new Actor("s", "S", List.of(Roles.PROGRAMME_MANAGER)),
                EnglishMessages.create()).get(0).label());
    }

    @Test
    void onlyTheNotificationsEntryCarriesTheUnreadBadgeAndItIsAskedOnce() {
        int[] asked = { 0 };
        List<ConsoleNav.Link> menu = ConsoleNav.of(new Actor("s", "S", List.of(Roles.PROTECTION_OFFICER)),
                EnglishMessages.create(), () -> {
                    asked[0]++;
                    return "3 unread";
                });
        assertEquals(1, asked[0]);
        assertEquals(List.of("3 unread"), menu.stream().map(ConsoleNav.Link::badge).filter(b -> b != null).toList());
        assertEquals("Notifications", menu.get(menu.size() - 1).label());
        assertEquals("3 unread", menu.get(menu.size() - 1).badge());
    }

    @Test
    void aPersonWithoutRolesHasNoMenuAndNoCountIsAsked() {
        assertEquals(List.of(), ConsoleNav.of(new Actor("s", "S", List.of()), EnglishMessages.create(), () -> {
            throw new AssertionError("no count without the entry");
        }));
    }
}
