package org.haven.protection;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A defender's data key, wrapped by a KEK; or, once destroyed, only the fact and time of its
 * destruction. Rows are created by {@link DefenderKeyRepository} (insert ... on conflict, so that
 * concurrent first use on several replicas creates exactly one key) and change only here, under a
 * row lock. The database refuses to bring a destroyed key back.
 */
@Entity
@Table(name = "defender_key")
class DefenderKey {

    @Id
    @Column(name = "defender_id")
    private UUID defenderId;

    @Column(name = "kek_id", length = 32)
    private String kekId;

    @Column(name = "wrapped_key")
    private byte[] wrappedKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "rotated_at")
    private Instant rotatedAt;

    @Column(name = "destroyed_at")
    private Instant destroyedAt;

    protected DefenderKey() {
    }

    UUID defenderId() {
        return defenderId;
    }

    String kekId() {
        return kekId;
    }

    byte[] wrappedKey() {
        return wrappedKey;
    }

    boolean isDestroyed() {
        return destroyedAt != null;
    }

    /** The same data key, now wrapped by another KEK (rotation). */
    void rewrap(String newKekId, byte[] newWrappedKey, Instant at) {
        if (isDestroyed()) {
            throw new IllegalStateException("a destroyed data key cannot be re-wrapped");
        }
        this.kekId = newKekId;
        this.wrappedKey = newWrappedKey;
        this.rotatedAt = at;
    }

    /** Crypto-shredding: forget the wrapped key and its KEK. Idempotent; keeps the first time. */
    void destroy(Instant at) {
        if (isDestroyed()) {
            return;
        }
        this.wrappedKey = null;
        this.kekId = null;
        this.destroyedAt = at;
    }
}
