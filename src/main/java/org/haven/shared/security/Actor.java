package org.haven.shared.security;

import java.util.List;

/** An authenticated person (or the system itself) acting on Haven. */
public record Actor(String subject, String displayName, List<String> roles) {

    /** Subjects and display names are stored in columns of this length (actor_subject, actor_name, ...). */
    public static final int MAX_LENGTH = 255;
    /** Team names are stored with the records filed under them, in columns of this length. */
    public static final int TEAM_MAX_LENGTH = 64;

    public Actor {
        roles = List.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
