package org.haven.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.util.SecretBytes;

/**
 * The cryptography of envelope encryption, all of it through Tink, without Quarkus or a database.
 *
 * <ul>
 * <li>A <b>data key</b> is a Tink keyset holding one AES-256-GCM key ({@code AES256_GCM}); each
 * defender has one. Field values are sealed with it, with associated data that names the defender
 * and the field, so a ciphertext opens only where it was written.</li>
 * <li>A <b>key-encryption key</b> (KEK) is 32 raw bytes from configuration, imported into Tink as
 * an AES-256-GCM key. It wraps data keys ({@link TinkProtoKeysetFormat#serializeEncryptedKeyset})
 * with associated data that names the defender, so a wrapped key cannot be moved to another
 * defender's row.</li>
 * </ul>
 *
 * Failures never carry values or key material in their messages.
 */
final class Envelope {

    /** Size of a KEK and of a data key's AES key. */
    static final int KEY_BYTES = 32;

    private static final byte[] WRAP_CONTEXT = "haven/data-key/v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FIELD_CONTEXT = "haven/field/v1".getBytes(StandardCharsets.US_ASCII);
    private static final AesGcmParameters KEK_PARAMETERS;

    static {
        try {
            AeadConfig.register();
            KEK_PARAMETERS = AesGcmParameters.builder().setKeySizeBytes(KEY_BYTES).setIvSizeBytes(12)
                    .setTagSizeBytes(16).setVariant(AesGcmParameters.Variant.NO_PREFIX).build();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Envelope() {
    }

    /** A KEK as a Tink AEAD, from its 32 raw bytes (random AES-GCM nonces, 16-byte tags). */
    static Aead kek(byte[] raw) throws GeneralSecurityException {
        if (raw == null || raw.length != KEY_BYTES) {
            throw new GeneralSecurityException("a KEK must be exactly " + KEY_BYTES + " bytes");
        }
        AesGcmKey key = AesGcmKey.builder().setParameters(KEK_PARAMETERS)
                .setKeyBytes(SecretBytes.copyFrom(raw, InsecureSecretKeyAccess.get())).build();
        KeysetHandle handle = KeysetHandle.newBuilder()
                .addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary()).build();
        return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    /** A fresh data key: a Tink keyset with one new AES-256-GCM key. */
    static KeysetHandle newDataKey() {
        try {
            return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a data key", e);
        }
    }

    /** The data key encrypted by the KEK, bound to the defender. Contains no key material in clear. */
    static byte[] wrap(KeysetHandle dataKey, Aead kek, UUID defenderId) {
        try {
            return TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, kek, wrapContext(defenderId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap a data key", e);
        }
    }

    /** Decrypts a wrapped data key; fails if the KEK is wrong or the bytes or the defender do not match. */
    static KeysetHandle unwrap(byte[] wrapped, Aead kek, UUID defenderId) {
        try {
            return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, kek, wrapContext(defenderId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a wrapped data key failed to decrypt (wrong KEK, or altered)", e);
        }
    }

    static Aead aead(KeysetHandle dataKey) {
        try {
            return dataKey.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a data key is not an AEAD keyset", e);
        }
    }

    static byte[] seal(Aead dataKey, UUID defenderId, String field, String plaintext) {
        try {
            return dataKey.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), fieldContext(defenderId, field));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing a value failed", e);
        }
    }

    /** Opens a sealed value; fails if it was altered or written for another field or defender. */
    static String open(Aead dataKey, UUID defenderId, String field, byte[] ciphertext) {
        try {
            return new String(dataKey.decrypt(ciphertext, fieldContext(defenderId, field)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed value of field '" + field
                    + "' failed authentication (altered, or written for another field or defender)");
        }
    }

    /** "haven/data-key/v1" 0x00 defender-id: binds a wrapped key to its defender. */
    static byte[] wrapContext(UUID defenderId) {
        return concat(WRAP_CONTEXT, defenderId.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * "haven/field/v1" 0x00 defender-id 0x00 field: binds a ciphertext to its defender and field.
     * The id has a fixed length and the field name comes last, so the encoding is unambiguous.
     */
    static byte[] fieldContext(UUID defenderId, String field) {
        return concat(concat(FIELD_CONTEXT, defenderId.toString().getBytes(StandardCharsets.US_ASCII)),
                field.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] out = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        out[head.length] = 0;
        System.arraycopy(tail, 0, out, head.length + 1, tail.length);
        return out;
    }
}
