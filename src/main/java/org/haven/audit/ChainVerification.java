package org.haven.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.web.ApiFormats;

/**
 * Result of walking the audit chain: how many entries, where it ends, and, if broken, the first
 * sequence number at fault and why. {@code problem} is one of the fixed sentences of
 * {@link AuditService} with at most a sequence number in it.
 */
public record ChainVerification(boolean valid,
        @Schema(minimum = "0", maximum = "9223372036854775807") long entries,
        @Schema(minimum = "0", maximum = "9223372036854775807") long headSeq,
        @Schema(nullable = true, pattern = ApiFormats.SHA256_HEX_PATTERN, maxLength = 64) String headHash,
        @Schema(nullable = true, minimum = "0", maximum = "9223372036854775807") Long firstBrokenSeq,
        @Schema(nullable = true, maxLength = PROBLEM_MAX_LENGTH) String problem) {

    static final int PROBLEM_MAX_LENGTH = 200;

    static ChainVerification ok(long entries, long headSeq, String headHash) {
        return new ChainVerification(true, entries, headSeq, headHash, null, null);
    }

    static ChainVerification broken(long entries, long headSeq, String headHash, long at, String problem) {
        if (problem.length() > PROBLEM_MAX_LENGTH) {
            throw new IllegalArgumentException("verification problems are short fixed sentences");
        }
        return new ChainVerification(false, entries, headSeq, headHash, at, problem);
    }
}
