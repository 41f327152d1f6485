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
                "/console/legal/forced-return"),
                menu(Roles.PROTECTION_OFFICER));
    }

    @Test
    void aManagerStartsFromTheApprovalsAndSeesFunds() {
        assertEquals(List.of("/console/approvals", "/console/caseload", "/console/overview", "/console/defenders",
                "/console/follow-ups", "/console/funds", "/console/legal/forced-return"), menu(Roles.PROGRAMME_MANAGER));
    }

    @Test
    void anAuditorSeesTheLogAndTheExportsButNoApprovals() {
        assertEquals(List.of("/console/caseload", "/console/overview", "/console/defenders", "/console/follow-ups",
                "/console/funds", "/console/audit", "/console/exports", "/console/legal/forced-return"),
                menu(Roles.AUDITOR));
    }

    @Test
    void anAdministratorSeesKeysAndDefendersButNoCasework() {
        assertEquals(List.of("/console/defenders", "/console/funds", "/console/audit", "/console/exports",
                "/console/admin/keys"), menu(Roles.ADMIN));
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
}
