package org.haven.protection;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;

/**
 * Field-level envelope encryption of a defender's sensitive values, and their erasure by key
 * destruction. The one entry point other features use (see docs/security-keys.md).
 *
 * <ul>
 * <li>Each defender has one data key (AES-256-GCM), created on first {@link #seal} and stored
 * only wrapped by the primary key-encryption key.</li>
 * <li>A ciphertext is bound to its defender and field name: it does not open anywhere else, and
 * any change to it is detected.</li>
 * <li>{@link #shred} destroys the data key: every value sealed for that defender, in the database
 * and in exports or caches of ciphertext, becomes unreadable.</li>
 * </ul>
 *
 * <p>Writes ({@code seal}, {@code shred}) join the caller's transaction and refuse to run without
 * one, so a new or destroyed key commits or rolls back with the change that needed it; the
 * caller's audit entry for that change covers it. A {@link DataErasedException} does not doom the
 * caller's transaction by itself: a feature may catch it and show the record as erased. Unwrapped keys are cached for the current
 * transaction only, so a key shredded on another replica is never used by a later request.
 */
@ApplicationScoped
public class SensitiveVault {

    /** Transaction-scoped cache of unwrapped data keys (TransactionSynchronizationRegistry resource). */
    private static final String OPEN_KEYS = SensitiveVault.class.getName() + ".openKeys";

    private final DefenderKeyRepository keys;
    private final KeyEncryptionKeys keks;
    private final TransactionSynchronizationRegistry transaction;
    private final Clock clock;

    SensitiveVault(DefenderKeyRepository keys, KeyEncryptionKeys keks, TransactionSynchronizationRegistry transaction,
            Clock clock) {
        this.keys = keys;
        this.keks = keks;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Encrypts one field value for a defender, creating the defender's data key on first use.
     * Null stays null. Two seals of the same value differ (random nonce).
     *
     * @throws DataErasedException if the defender's key was destroyed
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DataErasedException.class)
    public byte[] seal(UUID defenderId, String field, String plaintext) {
        requireTarget(defenderId, field);
        if (plaintext == null) {
            return null;
        }
        return Envelope.seal(dataKey(defenderId, true), defenderId, field, plaintext);
    }

    /**
     * Decrypts a value sealed for this defender and field. Null stays null.
     *
     * @throws DataErasedException if the defender's key was destroyed
     * @throws IllegalStateException if the ciphertext was altered or sealed for another field or
     *         defender, or its KEK is no longer configured (both are operations errors)
     */
    @Transactional(dontRollbackOn = DataErasedException.class)
    public String open(UUID defenderId, String field, byte[] ciphertext) {
        requireTarget(defenderId, field);
        if (ciphertext == null) {
            return null;
        }
        return Envelope.open(dataKey(defenderId, false), defenderId, field, ciphertext);
    }

    /**
     * Crypto-shredding: destroys the defender's data key, leaving only the time of destruction.
     * Idempotent. Works for a defender who never had a key, so that nothing is sealed for them later.
     * Record the erasure (with its reason) in the audit log in the same transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void shred(UUID defenderId) {
        Objects.requireNonNull(defenderId, "defenderId");
        DefenderKey key = keys.lock(defenderId);
        if (key == null) {
            keys.insertDestroyedIfAbsent(defenderId, clock.instant());
            key = keys.lock(defenderId);
        }
        key.destroy(clock.instant());
        keys.flush();
        openKeys().remove(defenderId);
    }

    /** Whether the defender's data key was destroyed. */
    @Transactional
    public boolean isShredded(UUID defenderId) {
        Objects.requireNonNull(defenderId, "defenderId");
        DefenderKey key = keys.findById(defenderId);
        return key != null && key.isDestroyed();
    }

    private Aead dataKey(UUID defenderId, boolean createIfMissing) {
        Map<UUID, Aead> cache = openKeys();
        Aead cached = cache.get(defenderId);
        if (cached != null) {
            return cached;
        }
        DefenderKey key = keys.findById(defenderId);
        if (key == null && createIfMissing) {
            String kekId = keks.primaryId();
            KeysetHandle fresh = Envelope.newDataKey();
            keys.insertIfAbsent(defenderId, kekId, Envelope.wrap(fresh, keks.primary(), defenderId), clock.instant());
            key = keys.findById(defenderId);
        }
        if (key == null) {
            throw new IllegalStateException("a sealed value exists for a defender without a data key");
        }
        if (key.isDestroyed()) {
            throw new DataErasedException();
        }
        Aead aead = Envelope.aead(Envelope.unwrap(key.wrappedKey(), keks.kek(key.kekId()), defenderId));
        cache.put(defenderId, aead);
        return aead;
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, Aead> openKeys() {
        Map<UUID, Aead> cache = (Map<UUID, Aead>) transaction.getResource(OPEN_KEYS);
        if (cache == null) {
            cache = new HashMap<>();
            transaction.putResource(OPEN_KEYS, cache);
        }
        return cache;
    }

    private static void requireTarget(UUID defenderId, String field) {
        Objects.requireNonNull(defenderId, "defenderId");
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("a sealed value needs the name of its field");
        }
    }
}
