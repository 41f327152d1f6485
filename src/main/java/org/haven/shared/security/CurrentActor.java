package org.haven.shared.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.haven.shared.validation.PlainText;

import io.quarkus.security.UnauthorizedException;
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

    @Inject
    SecurityConfig config;

    public Actor get() {
        if (identity.isAnonymous()) {
            throw new IllegalStateException("no authenticated actor in this request");
        }
        String subject = token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
        if (subject == null || subject.length() > Actor.MAX_LENGTH || !PlainText.isPlain(subject)) {
            // Subjects are short ids (Keycloak: a UUID); anything else cannot be recorded as an actor.
            throw new UnauthorizedException();
        }
        String name = PlainText.strip(firstNonBlank(token.getClaim("name"), token.getClaim("preferred_username"),
                subject));
        if (name.length() > Actor.MAX_LENGTH) {
            // Cut at a character boundary: half a surrogate pair would be stored as '?'.
            int cut = Character.isHighSurrogate(name.charAt(Actor.MAX_LENGTH - 1)) ? Actor.MAX_LENGTH - 1 : Actor.MAX_LENGTH;
            name = name.substring(0, cut);
        }
        List<String> roles = Roles.ALL.stream().filter(identity::hasRole).toList();
        return new Actor(subject, name, roles);
    }

    /** The caller's teams, from the token. */
    public Set<String> teams() {
        Set<String> teams = new TreeSet<>();
        Object claim = token.getClaim(config.teamClaim());
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> teams.add(unquote(String.valueOf(v))));
        } else if (claim != null) {
            teams.add(unquote(String.valueOf(claim)));
        }
        // A team is stored with the records filed under it: one that cannot be stored as text of at
        // most TEAM_MAX_LENGTH characters grants nothing (less access, never a failed write).
        teams.removeIf(team -> !storable(team));
        Optional<String> defaultTeam = config.defaultTeam();
        if (teams.isEmpty() && defaultTeam.isPresent() && storable(defaultTeam.get())) {
            teams.add(defaultTeam.get());
        }
        return teams;
    }

    private static boolean storable(String team) {
        return !team.isBlank() && team.length() <= Actor.TEAM_MAX_LENGTH && PlainText.isPlain(team);
    }

    /**
     * The team a new record is filed under: the one asked for (which must be one of the caller's),
     * or the caller's only team. 422 on {@code field} otherwise.
     */
    public String teamFor(String requested, String field) {
        Set<String> mine = teams();
        if (requested != null && !requested.isBlank()) {
            if (!mine.contains(requested.trim())) {
                throw org.haven.shared.error.Refusal.rule("not-your-team", field,
                        "you are not a member of this team");
            }
            return requested.trim();
        }
        if (mine.size() == 1) {
            return mine.iterator().next();
        }
        throw org.haven.shared.error.Refusal.rule("team-required", field, mine.isEmpty()
                ? "your account belongs to no team; ask an administrator"
                : "you belong to several teams; say which one");
    }

    /**
     * The caller's work e-mail address as the token states it (claim {@code email}), for
     * notifications; empty if absent, unverified ({@code email_verified: false}) or not an address.
     */
    public Optional<String> email() {
        Object claim = token.getClaim("email");
        if (claim == null || Boolean.FALSE.equals(booleanClaim("email_verified"))) {
            return Optional.empty();
        }
        String email = unquote(String.valueOf(claim));
        boolean plausible = email.length() <= 320 && PlainText.isPlain(email) && !email.contains(" ")
                && email.indexOf('@') > 0 && email.indexOf('@') == email.lastIndexOf('@')
                && email.lastIndexOf('@') < email.length() - 1;
        return plausible ? Optional.of(email) : Optional.empty();
    }

    private Boolean booleanClaim(String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return null;
        }
        return Boolean.valueOf(unquote(String.valueOf(value)));
    }

    /** Whose records the caller may see: auditors everything; everyone else their teams (+ own cases). */
    public AccessScope scope() {
        Actor actor = get();
        if (actor.hasRole(Roles.AUDITOR)) {
            return AccessScope.everything(actor.subject());
        }
        return new AccessScope(false, teams(), actor.subject());
    }

    /** For the registry: admins (who erase) and auditors see every defender; others their teams. */
    public AccessScope registryScope() {
        Actor actor = get();
        if (actor.hasRole(Roles.ADMIN) || actor.hasRole(Roles.AUDITOR)) {
            return AccessScope.everything(actor.subject());
        }
        return new AccessScope(false, teams(), actor.subject());
    }

    private static String unquote(String value) {
        String v = value.trim();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
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
