package org.haven.audit;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the audit log ({@code haven.audit.*}). */
@ConfigMapping(prefix = "haven.audit")
interface AuditConfig {

    Signing signing();

    interface Signing {

        /** Ed25519 private key, base64 of its PKCS#8 DER (or PEM). From a secret in production. */
        Optional<String> privateKey();

        /** The matching public key, base64 of its X.509 SubjectPublicKeyInfo DER (or PEM). */
        Optional<String> publicKey();

        /**
         * Development and tests only: when no key is configured, generate one and keep it in
         * {@link #devKeyFile()}. Never enabled in production, where a missing key stops the start.
         */
        @WithDefault("false")
        boolean generateIfMissing();

        @WithDefault(".haven-dev/audit-signing-key.properties")
        String devKeyFile();
    }
}
