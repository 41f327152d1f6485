package org.haven.audit;

import java.time.Instant;

/**
 * A signed statement "the audit chain had {@code seq} entries ending in {@code headHash} at
 * {@code signedAt}". Auditors keep these outside Haven and verify the chain against them later.
 */
public record Checkpoint(long seq, String headHash, Instant signedAt, String algorithm, String keyId,
        String signature) {
}
