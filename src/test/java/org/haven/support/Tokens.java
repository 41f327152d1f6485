package org.haven.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Mints real signed access tokens, shaped like Keycloak's, that quarkus-oidc validates against the
 * test provider's published keys. Subjects are synthetic.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "haven-api";
    /** The team every test user belongs to unless a test says otherwise (need-to-know tests use others). */
    public static final String DEFAULT_TEAM = "team-kabul-desk";

    private Tokens() {
    }

    /** A token for a fresh synthetic person holding one role. */
    public static String of(String role) {
        return forUser(role + "-" + UUID.randomUUID().toString().substring(0, 8), role);
    }

    /** A token for a named synthetic person holding the given realm roles. */
    public static String forUser(String subject, String... roles) {
        return sign(claims(subject, roles));
    }

    public static JwtClaimsBuilder claims(String subject, String... roles) {
        return claimsInTeams(subject, List.of(DEFAULT_TEAM), roles);
    }

    /** A token for a person in the given teams. */
    public static String inTeams(String subject, List<String> teams, String... roles) {
        return sign(claimsInTeams(subject, teams, roles));
    }

    public static JwtClaimsBuilder claimsInTeams(String subject, List<String> teams, String... roles) {
        return Jwt.issuer(ISSUER)
                .claim("teams", teams)
                .audience(AUDIENCE)
                .subject(subject)
                .claim("preferred_username", subject)
                .claim("name", "Test " + subject)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(Duration.ofMinutes(10));
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign();
    }
}
