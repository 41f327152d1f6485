package org.haven.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The signing key rules, without Quarkus: keys must be present, valid and belong together. */
class CheckpointSignerTest {

    private static AuditConfig config(String privateKey, String publicKey, boolean generate) {
        return () -> new AuditConfig.Signing() {
            @Override
            public Optional<String> privateKey() {
                return Optional.ofNullable(privateKey);
            }

            @Override
            public Optional<String> publicKey() {
                return Optional.ofNullable(publicKey);
            }

            @Override
            public boolean generateIfMissing() {
                return generate;
            }

            @Override
            public String devKeyFile() {
                return "target/unused-key-file.properties";
            }
        };
    }

    private static KeyPair pair() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private static String b64(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }

    @Test
    void missingKeysStopTheStartInProduction() {
        assertThrows(IllegalStateException.class, () -> new CheckpointSigner(config(null, null, false)));
    }

    @Test
    void halfAKeyPairIsRefused() throws Exception {
        KeyPair pair = pair();
        assertThrows(IllegalStateException.class,
                () -> new CheckpointSigner(config(b64(pair.getPrivate().getEncoded()), null, false)));
    }

    @Test
    void keysThatDoNotBelongTogetherAreRefused() throws Exception {
        KeyPair one = pair();
        KeyPair other = pair();
        assertThrows(IllegalStateException.class, () -> new CheckpointSigner(
                config(b64(one.getPrivate().getEncoded()), b64(other.getPublic().getEncoded()), false)));
    }

    @Test
    void garbageKeysAreRefused() {
        assertThrows(IllegalStateException.class, () -> new CheckpointSigner(config("bm90IGEga2V5", "bm90IGEga2V5",
                false)));
    }

    @Test
    void aConfiguredPairSignsAndVerifies() throws Exception {
        KeyPair pair = pair();
        CheckpointSigner signer = new CheckpointSigner(
                config(b64(pair.getPrivate().getEncoded()), b64(pair.getPublic().getEncoded()), false));
        Instant at = Instant.parse("2026-02-01T00:00:00Z");
        String signature = signer.sign(5, AuditHash.GENESIS, at);
        assertTrue(signer.verify(5, AuditHash.GENESIS, at, signature));
        assertFalse(signer.verify(6, AuditHash.GENESIS, at, signature));
        assertFalse(signer.verify(5, AuditHash.GENESIS, at.plusSeconds(1), signature));
    }

    @Test
    void signaturesKeyIdsAndPublicKeysHaveThePublishedForm() throws Exception {
        for (int i = 0; i < 20; i++) {
            KeyPair pair = pair();
            CheckpointSigner signer = new CheckpointSigner(
                    config(b64(pair.getPrivate().getEncoded()), b64(pair.getPublic().getEncoded()), false));
            String signature = signer.sign(i, AuditHash.GENESIS, Instant.parse("2026-02-01T00:00:00Z"));
            assertTrue(signature.matches(CheckpointSigner.SIGNATURE_PATTERN), signature);
            assertEquals(CheckpointSigner.SIGNATURE_LENGTH, signature.length());
            assertTrue(signer.keyId().matches(CheckpointSigner.KEY_ID_PATTERN), signer.keyId());
            assertEquals(CheckpointSigner.KEY_ID_LENGTH, signer.keyId().length());
            String pem = signer.publicKeyPem();
            assertTrue(java.util.regex.Pattern.compile(CheckpointSigner.PUBLIC_KEY_PEM_PATTERN).matcher(pem).matches(),
                    pem);
            assertEquals(CheckpointSigner.PUBLIC_KEY_PEM_LENGTH, pem.length());
        }
    }
}
