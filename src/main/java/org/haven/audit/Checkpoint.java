package org.haven.audit;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.web.ApiFormats;

/**
 * A signed statement "the audit chain had {@code seq} entries ending in {@code headHash} at
 * {@code signedAt}". Auditors keep these outside Haven and verify the chain against them later.
 * {@code signedAt} is exactly the text that was signed (UTC, six fractional digits).
 */
public record Checkpoint(
        @Schema(minimum = "0", maximum = "9223372036854775807") long seq,
        @Schema(pattern = ApiFormats.SHA256_HEX_PATTERN, maxLength = 64) String headHash,
        @Schema(format = "date-time", maxLength = ApiFormats.INSTANT_MAX_LENGTH) String signedAt,
        @Schema(enumeration = CheckpointSigner.ALGORITHM) String algorithm,
        @Schema(pattern = CheckpointSigner.KEY_ID_PATTERN, maxLength = CheckpointSigner.KEY_ID_LENGTH) String keyId,
        @Schema(pattern = CheckpointSigner.SIGNATURE_PATTERN, maxLength = CheckpointSigner.SIGNATURE_LENGTH)
        String signature) {

    static Checkpoint of(long seq, String headHash, Instant signedAt, String keyId, String signature) {
        return new Checkpoint(seq, headHash, AuditHash.time(signedAt), CheckpointSigner.ALGORITHM, keyId, signature);
    }

    Instant signedAtInstant() {
        return Instant.parse(signedAt);
    }
}
