package org.haven.notification;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * One event worth telling, before it is fanned out to people. {@code eventKey} is unique for ever:
 * raising a notice with a key already raised does nothing (so a job on several replicas, or run twice,
 * tells once). Holds a reference, a console link and a deadline, never a defender's details.
 */
record Notice(NotificationKind kind, String eventKey, String reference, String link, String team, Instant deadline,
        Audience audience) {

    /** A key for an event that happens once per occurrence (an assignment, a decision). */
    static String once(NotificationKind kind) {
        return kind.name() + ":" + UUID.randomUUID();
    }

    /** Who is told: named people, and everyone holding one of {@code teamRoles} in the notice's team. */
    record Audience(Set<String> people, Set<String> teamRoles, Set<String> excluded) {

        Audience {
            people = copyWithoutNull(people);
            teamRoles = Set.copyOf(teamRoles);
            excluded = copyWithoutNull(excluded);
        }

        static Audience person(String subject) {
            return new Audience(Set.of(subject), Set.of(), Set.of());
        }

        static Audience team(String... roles) {
            return new Audience(Set.of(), Set.of(roles), Set.of());
        }

        /** The named person if there is one, else everyone with {@code role} in the team. */
        static Audience personOrTeam(String subject, String role) {
            return subject == null ? team(role) : person(subject);
        }

        Audience andTeam(String... roles) {
            Set<String> all = new HashSet<>(teamRoles);
            all.addAll(Set.of(roles));
            return new Audience(people, all, excluded);
        }

        Audience except(Set<String> subjects) {
            Set<String> all = new HashSet<>(excluded);
            all.addAll(subjects);
            return new Audience(people, teamRoles, all);
        }

        private static Set<String> copyWithoutNull(Set<String> subjects) {
            Set<String> copy = new HashSet<>(subjects);
            copy.remove(null);
            return Set.copyOf(copy);
        }
    }
}
