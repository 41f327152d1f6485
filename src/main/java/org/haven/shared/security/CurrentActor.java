package org.haven.shared.security;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is acting in the current request, as the token says: stable subject, a display name, and the
 * Haven roles they hold right now. Services use it for record-level rules and the audit log.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public Actor get() {
        if (identity.isAnonymous()) {
            throw new IllegalStateException("no authenticated actor in this request");
        }
        String subject = token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
        String name = firstNonBlank(token.getClaim("name"), token.getClaim("preferred_username"), subject);
        List<String> roles = Roles.ALL.stream().filter(identity::hasRole).toList();
        return new Actor(subject, name, roles);
    }

    private static String firstNonBlank(Object... values) {
        for (Object value : values) {
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return "unknown";
    }
}
