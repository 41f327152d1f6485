package org.haven.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * How production passes KEKs through environment variables, checked with SmallRye Config itself
 * (the documented naming in application.properties and docs/security-keys.md relies on this).
 */
class ProtectionConfigEnvTest {

    private static ProtectionConfig fromEnv(Map<String, String> env) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(ProtectionConfig.class)
                .withSources(new EnvConfigSource(env, 300)).build();
        return config.getConfigMapping(ProtectionConfig.class);
    }

    @Test
    void oneVariablePerKekBecomesOneMapEntryWithALowerCaseId() {
        ProtectionConfig config = fromEnv(Map.of("HAVEN_PROTECTION_PRIMARY_KEK", "k2026b",
                "HAVEN_PROTECTION_KEKS_K2026A", "first", "HAVEN_PROTECTION_KEKS_K2026B", "second"));
        assertEquals(Map.of("k2026a", "first", "k2026b", "second"), config.keks());
        assertEquals(Optional.of("k2026b"), config.primaryKek());
    }

    @Test
    void underscoresInAnIdDoNotSurviveTheMappingSoIdsAreLettersAndDigits() {
        ProtectionConfig config = fromEnv(Map.of("HAVEN_PROTECTION_KEKS_KEK_2027", "value"));
        assertEquals(Map.of("kek.2027", "value"), config.keks());
        assertTrue(!KeyEncryptionKeys.ID.matcher("kek.2027").matches(), "such an id is refused at start");
    }

    @Test
    void nothingConfiguredMeansNoKeks() {
        ProtectionConfig config = fromEnv(Map.of());
        assertTrue(config.keks().isEmpty());
        assertTrue(config.primaryKek().isEmpty());
    }
}
