package org.haven.shared.security;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of who may see what ({@code haven.security.*}). Read once at start: {@link CurrentActor} is
 * created for every request, and resolving an unset property through every configuration source on
 * each one was a measurable part of a read's cost (issue #20).
 */
@ConfigMapping(prefix = "haven.security")
interface SecurityConfig {

    /** The token claim that lists the caller's teams (Keycloak: a group or attribute mapper). */
    @WithDefault("teams")
    String teamClaim();

    /** Development only: the team of users whose token has no team claim. Unset in production. */
    Optional<String> defaultTeam();
}
