package org.haven.protection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a KEK rotation did: data keys re-wrapped with {@code primaryKek} by this run, live keys now
 * wrapped with it, and destroyed (shredded) keys, which have nothing left to re-wrap.
 */
public record KeyRotationResult(
        @Schema(pattern = KeyEncryptionKeys.ID_PATTERN, maxLength = KeyEncryptionKeys.ID_MAX_LENGTH) String primaryKek,
        @Schema(minimum = "0", maximum = "9223372036854775807") long rewrapped,
        @Schema(minimum = "0", maximum = "9223372036854775807") long alreadyCurrent,
        @Schema(minimum = "0", maximum = "9223372036854775807") long destroyed) {
}
