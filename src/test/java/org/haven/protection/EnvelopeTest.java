package org.haven.protection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AesGcmKey;

/** The cryptographic properties, without Quarkus or a database. */
class EnvelopeTest {

    private final UUID defender = UUID.randomUUID();
    private final Aead dataKey = Envelope.aead(Envelope.newDataKey());

    static Aead randomKek() throws GeneralSecurityException {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        return Envelope.kek(raw);
    }

    /** The raw AES key inside a data keyset (tests only). */
    static byte[] rawAesKey(KeysetHandle dataKey) {
        return ((AesGcmKey) dataKey.getPrimary().getKey()).getKeyBytes().toByteArray(InsecureSecretKeyAccess.get());
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void aSealedValueOpensToItself() {
        byte[] sealed = Envelope.seal(dataKey, defender, "legalName", "Synthetic Näme — مثال");
        assertEquals("Synthetic Näme — مثال", Envelope.open(dataKey, defender, "legalName", sealed));
        assertFalse(contains(sealed, "Synthetic".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sealingTheSameValueTwiceGivesDifferentCiphertexts() {
        assertNotEquals(new String(Envelope.seal(dataKey, defender, "f", "same"), StandardCharsets.ISO_8859_1),
                new String(Envelope.seal(dataKey, defender, "f", "same"), StandardCharsets.ISO_8859_1));
    }

    @Test
    void aCiphertextDoesNotOpenForAnotherFieldOrDefenderEvenWithTheSameKey() {
        byte[] sealed = Envelope.seal(dataKey, defender, "legalName", "Synthetic");
        assertThrows(IllegalStateException.class, () -> Envelope.open(dataKey, defender, "currentCity", sealed));
        assertThrows(IllegalStateException.class, () -> Envelope.open(dataKey, defender, "legalNam", sealed));
        assertThrows(IllegalStateException.class, () -> Envelope.open(dataKey, UUID.randomUUID(), "legalName", sealed));
    }

    @Test
    void everyAlteredByteIsDetected() {
        byte[] sealed = Envelope.seal(dataKey, defender, "f", "Synthetic value");
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThrows(IllegalStateException.class, () -> Envelope.open(dataKey, defender, "f", tampered), "byte " + i);
        }
        byte[] truncated = java.util.Arrays.copyOf(sealed, sealed.length - 1);
        assertThrows(IllegalStateException.class, () -> Envelope.open(dataKey, defender, "f", truncated));
    }

    @Test
    void aWrappedKeyHoldsNoKeyMaterialInClear() throws Exception {
        KeysetHandle key = Envelope.newDataKey();
        byte[] wrapped = Envelope.wrap(key, randomKek(), defender);
        assertFalse(contains(wrapped, rawAesKey(key)), "the AES key bytes do not appear in the wrapped key");
        assertFalse(contains(wrapped, TinkProtoKeysetFormat.serializeKeyset(key, InsecureSecretKeyAccess.get())));
        assertThrows(GeneralSecurityException.class,
                () -> TinkProtoKeysetFormat.parseKeyset(wrapped, InsecureSecretKeyAccess.get()));
    }

    @Test
    void aWrappedKeyOpensOnlyWithItsKekAndForItsDefender() throws Exception {
        Aead kek = randomKek();
        KeysetHandle key = Envelope.newDataKey();
        byte[] wrapped = Envelope.wrap(key, kek, defender);
        assertArrayEquals(rawAesKey(key), rawAesKey(Envelope.unwrap(wrapped, kek, defender)));
        assertThrows(IllegalStateException.class, () -> Envelope.unwrap(wrapped, randomKek(), defender));
        assertThrows(IllegalStateException.class, () -> Envelope.unwrap(wrapped, kek, UUID.randomUUID()));
    }

    @Test
    void aKekMustBe32Bytes() {
        assertThrows(GeneralSecurityException.class, () -> Envelope.kek(new byte[16]));
        assertThrows(GeneralSecurityException.class, () -> Envelope.kek(null));
    }
}
