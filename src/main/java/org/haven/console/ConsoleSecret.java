package org.haven.console;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The secret the console's own stamps are keyed from (CSRF tokens, idle-time stamps): the session
 * cookie's encryption secret, so that one setting ({@code HAVEN_CONSOLE_SESSION_SECRET}) serves every
 * replica. Unset, a random per-instance secret, like the one Quarkus then makes for the session itself.
 * Each use derives its own key from it (HMAC with a label), so no key serves two purposes.
 */
@ApplicationScoped
class ConsoleSecret {

    private final byte[] secret;

    ConsoleSecret(@ConfigProperty(name = "quarkus.oidc.console.token-state-manager.encryption-secret")
            Optional<String> configured) {
        this.secret = configured.filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        });
    }

    byte[] bytes() {
        return secret.clone();
    }
}
