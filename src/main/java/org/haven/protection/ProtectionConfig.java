package org.haven.protection;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of field-level encryption ({@code haven.protection.*}). The key-encryption keys come
 * from a secret in production and never from the repository; see docs/security-keys.md.
 */
@ConfigMapping(prefix = "haven.protection")
interface ProtectionConfig {

    /**
     * Key-encryption keys by id: base64 of exactly 32 random bytes each. Several during a rotation
     * (the new primary and the old ones until every data key is re-wrapped). Ids are lower-case
     * letters and digits, so that they map one-to-one onto environment variable names.
     */
    Map<String, String> keks();

    /** The id of the KEK that wraps new data keys and that rotation re-wraps to. */
    Optional<String> primaryKek();

    /**
     * Development and tests only: when no KEK is configured at all, generate one and keep it in
     * {@link #devKeyFile()}. Never enabled in production, where a missing KEK stops the start.
     */
    @WithDefault("false")
    boolean generateIfMissing();

    @WithDefault(".haven-dev/protection-kek.properties")
    String devKeyFile();

    /** Data keys re-wrapped per transaction during a KEK rotation. */
    @WithDefault("200")
    int rotationBatchSize();
}
