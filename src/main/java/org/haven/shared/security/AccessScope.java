package org.haven.shared.security;

import java.util.Set;

/**
 * Whose records the caller may see (need-to-know): everything (auditors; admins for the registry),
 * or the records of their teams, plus for officers the cases assigned to them personally.
 * Repositories turn this into query conditions, so nothing invisible is ever loaded or counted.
 */
public record AccessScope(boolean all, Set<String> teams, String subject) {

    public AccessScope {
        teams = Set.copyOf(teams);
    }

    public static AccessScope everything(String subject) {
        return new AccessScope(true, Set.of(), subject);
    }

    public boolean sees(String team, String assignedOfficer) {
        return all || teams.contains(team) || (assignedOfficer != null && assignedOfficer.equals(subject));
    }

    /** A team the caller may file a new record under, never an empty set (avoids "in ()" in SQL). */
    public Set<String> teamsForQuery() {
        return teams.isEmpty() ? Set.of("\u0000no-team") : teams;
    }
}
