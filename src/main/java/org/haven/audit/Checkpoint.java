package org.haven.audit;

import java.time.Instant;

/**
 * A signed statement "the audit chain had {@code seq} entries ending in {@code headHash} at
 * {@code signedAt}". Auditors keep these outside Haven and verify the chain against them later.
 * {@code signedAt} is exactly the text that was signed (UTC, six fractional digits).
 */
public record Checkpoint(long seq, String headHash, String signedAt, String algorithm, String keyId,
        String signature) {

    static Checkpoint of(long seq, String headHash, Instant signedAt, String keyId, String signature) {
        return new Checkpoint(seq, headHash, AuditHash.time(signedAt), CheckpointSigner.ALGORITHM, keyId, signature);
    }

    Instant signedAtInstant() {
        return Instant.parse(signedAt);
    }
}
