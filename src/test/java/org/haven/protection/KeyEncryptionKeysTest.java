package org.haven.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The KEK rules, without Quarkus: a valid primary KEK is required, or the service does not start. */
class KeyEncryptionKeysTest {

    @TempDir
    Path dir;

    static ProtectionConfig config(Map<String, String> keks, String primary, boolean generate, Path devFile) {
        return new ProtectionConfig() {
            @Override
            public Map<String, String> keks() {
                return keks;
            }

            @Override
            public Optional<String> primaryKek() {
                return Optional.ofNullable(primary);
            }

            @Override
            public boolean generateIfMissing() {
                return generate;
            }

            @Override
            public String devKeyFile() {
                return devFile == null ? "target/unused-protection-kek.properties" : devFile.toString();
            }

            @Override
            public int rotationBatchSize() {
                return 2;
            }
        };
    }

    static ProtectionConfig config(Map<String, String> keks, String primary) {
        return config(keks, primary, false, null);
    }

    static String randomKek(int bytes) {
        byte[] raw = new byte[bytes];
        new SecureRandom().nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    @Test
    void nothingConfiguredStopsTheStartInProduction() {
        var refused = assertThrows(IllegalStateException.class, () -> new KeyEncryptionKeys(config(Map.of(), null)));
        assertTrue(refused.getMessage().contains("HAVEN_PROTECTION_PRIMARY_KEK"));
    }

    @Test
    void keksWithoutAPrimaryAreRefused() {
        assertThrows(IllegalStateException.class, () -> new KeyEncryptionKeys(config(Map.of("a", randomKek(32)), null)));
        assertThrows(IllegalStateException.class, () -> new KeyEncryptionKeys(config(Map.of("a", randomKek(32)), " ")));
    }

    @Test
    void aPrimaryThatIsNotAmongTheKeksIsRefused() {
        assertThrows(IllegalStateException.class,
                () -> new KeyEncryptionKeys(config(Map.of("a", randomKek(32)), "b")));
        assertThrows(IllegalStateException.class, () -> new KeyEncryptionKeys(config(Map.of(), "b", true, null)));
    }

    @Test
    void aKekThatIsNot32BytesIsRefused() {
        for (int size : new int[] { 0, 16, 24, 31, 33, 64 }) {
            var refused = assertThrows(IllegalStateException.class,
                    () -> new KeyEncryptionKeys(config(Map.of("a", randomKek(size)), "a")), "size " + size);
            assertTrue(refused.getMessage().contains("32"));
        }
    }

    @Test
    void aKekThatIsNotBase64IsRefusedWithoutEchoingIt() {
        var refused = assertThrows(IllegalStateException.class,
                () -> new KeyEncryptionKeys(config(Map.of("a", "not*base64*Secret!"), "a")));
        assertTrue(!refused.getMessage().contains("Secret"));
    }

    @Test
    void anOldKekThatIsBrokenIsRefusedToo() {
        assertThrows(IllegalStateException.class, () -> new KeyEncryptionKeys(
                config(Map.of("a", randomKek(32), "old", randomKek(16)), "a")));
    }

    @Test
    void idsThatCannotPassThroughEnvironmentVariablesAreRefused() {
        for (String id : new String[] { "Kek", "kek-1", "kek_1", "kek.1", "k".repeat(33) }) {
            assertThrows(IllegalStateException.class,
                    () -> new KeyEncryptionKeys(config(Map.of(id, randomKek(32)), id)), id);
        }
    }

    @Test
    void validKeksLoadWithTheirPrimary() {
        KeyEncryptionKeys keks = new KeyEncryptionKeys(config(Map.of("k2026a", randomKek(32), "k2026b",
                randomKek(32)), "k2026b"));
        assertEquals("k2026b", keks.primaryId());
        assertTrue(keks.isConfigured("k2026a"));
        UUID defender = UUID.randomUUID();
        var dataKey = Envelope.newDataKey();
        var back = Envelope.unwrap(Envelope.wrap(dataKey, keks.primary(), defender), keks.kek("k2026b"), defender);
        assertTrue(back.getPrimary().getKey().equalsKey(dataKey.getPrimary().getKey()));
        assertThrows(IllegalStateException.class, () -> keks.kek("unknown"));
    }

    @Test
    void developmentGeneratesAMarkedKeyOnceAndKeepsIt() throws Exception {
        Path file = dir.resolve("dev/protection-kek.properties");
        KeyEncryptionKeys first = new KeyEncryptionKeys(config(Map.of(), null, true, file));
        String content = Files.readString(file);
        assertTrue(content.contains("NOT FOR PRODUCTION"));
        assertEquals(KeyEncryptionKeys.DEVELOPMENT_ID, first.primaryId());
        KeyEncryptionKeys again = new KeyEncryptionKeys(config(Map.of(), null, true, file));
        assertEquals(content, Files.readString(file), "the key is generated once");
        UUID defender = UUID.randomUUID();
        var dataKey = Envelope.newDataKey();
        Envelope.unwrap(Envelope.wrap(dataKey, first.primary(), defender), again.primary(), defender);
    }

    @Test
    void configuredKeksWinOverTheDevelopmentKey() {
        Path file = dir.resolve("never-written.properties");
        KeyEncryptionKeys keks = new KeyEncryptionKeys(config(Map.of("a", randomKek(32)), "a", true, file));
        assertEquals("a", keks.primaryId());
        assertTrue(!Files.exists(file));
        assertNotEquals(KeyEncryptionKeys.DEVELOPMENT_ID, keks.primaryId());
    }
}
