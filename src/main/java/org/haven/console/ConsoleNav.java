package org.haven.console;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.haven.shared.security.Actor;
import org.haven.shared.security.Roles;

/**
 * The main menu: each page once, in a fixed order, shown to the roles its resource admits. A person
 * with several roles sees the union. The menu only helps people find their pages; the resources'
 * own {@code @RolesAllowed} decide who may open them.
 */
final class ConsoleNav {

    /**
     * One menu entry: where it goes, its label in the reader's language and, for notifications, how many
     * are unread ("3 unread", null when none), written after the label so that it is part of the link's name.
     */
    record Link(String path, String label, String badge) {

        Link(String path, String label) {
            this(path, label, null);
        }
    }

    private record Entry(String path, Function<ConsoleMessages, String> label, Set<String> roles) {
    }

    static final String NOTIFICATIONS = "/console/notifications";

    private static final Set<String> DESK = Set.of(Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR);

    private static final List<Entry> ENTRIES = List.of(
            new Entry("/console/approvals", ConsoleMessages::nav_approvals, Set.of(Roles.PROGRAMME_MANAGER)),
            new Entry("/console/caseload", ConsoleMessages::nav_caseload, DESK),
            new Entry("/console/overview", ConsoleMessages::nav_overview,
                    Set.of(Roles.PROGRAMME_MANAGER, Roles.AUDITOR)),
            new Entry("/console/defenders", ConsoleMessages::nav_defenders, Set.copyOf(Roles.ALL)),
            new Entry("/console/follow-ups", ConsoleMessages::nav_follow_ups, DESK),
            new Entry("/console/funds", ConsoleMessages::nav_funds,
                    Set.of(Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN)),
            new Entry("/console/audit", ConsoleMessages::nav_audit, Set.of(Roles.AUDITOR, Roles.ADMIN)),
            new Entry("/console/exports", ConsoleMessages::nav_exports, Set.of(Roles.AUDITOR, Roles.ADMIN)),
            new Entry("/console/admin/keys", ConsoleMessages::nav_keys, Set.of(Roles.ADMIN)),
            new Entry("/console/legal/forced-return", ConsoleMessages::nav_forced_return, DESK),
            new Entry("/console/organisations", ConsoleMessages::nav_organisations, DESK),
            new Entry("/console/activities", ConsoleMessages::nav_activities, DESK),
            new Entry(NOTIFICATIONS, ConsoleMessages::nav_notifications, Set.copyOf(Roles.ALL)));

    private ConsoleNav() {
    }

    static List<Link> of(Actor actor, ConsoleMessages messages) {
        return of(actor, messages, () -> null);
    }

    /**
     * The menu, with the notifications entry's badge ("3 unread", or null when none): asked only when the
     * menu has that entry, so a page pays for the unread count only when it shows it.
     */
    static List<Link> of(Actor actor, ConsoleMessages messages, Supplier<String> unreadBadge) {
        return ENTRIES.stream().filter(e -> e.roles().stream().anyMatch(actor::hasRole))
                .map(e -> new Link(e.path(), e.label().apply(messages),
                        e.path().equals(NOTIFICATIONS) ? unreadBadge.get() : null))
                .toList();
    }

    /** Where "/console" leads: the caseload for those who have one, else the first page of their menu. */
    static String home(Actor actor) {
        if (DESK.stream().anyMatch(actor::hasRole)) {
            return "/console/caseload";
        }
        return ENTRIES.stream().filter(e -> e.roles().stream().anyMatch(actor::hasRole)).map(Entry::path)
                .findFirst().orElse("/console/caseload");
    }
}
