package org.haven.shared.security;

import java.util.List;

/** An authenticated person (or the system itself) acting on Haven. */
public record Actor(String subject, String displayName, List<String> roles) {

    public Actor {
        roles = List.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
