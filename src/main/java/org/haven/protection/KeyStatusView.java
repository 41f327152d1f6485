package org.haven.protection;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How many data keys each KEK wraps, and whether this service has that KEK. Never key material.
 * {@code rotationPending} is true while any live key is wrapped with a KEK other than the primary.
 * KEK ids are checked at start ({@link KeyEncryptionKeys#ID}); stored keys name only ids that were
 * configured when they were wrapped. {@code keks} has no bound: it lists every KEK configured or
 * still named by a stored key.
 */
public record KeyStatusView(
        @Schema(pattern = KeyEncryptionKeys.ID_PATTERN, maxLength = KeyEncryptionKeys.ID_MAX_LENGTH) String primaryKek,
        List<KekUsage> keks,
        @Schema(minimum = "0", maximum = "9223372036854775807") long destroyed,
        boolean rotationPending) {

    /** One KEK id: configured here or only named by stored keys, and how many live keys it wraps. */
    public record KekUsage(
            @Schema(pattern = KeyEncryptionKeys.ID_PATTERN, maxLength = KeyEncryptionKeys.ID_MAX_LENGTH) String kekId,
            boolean primary,
            boolean configured,
            @Schema(minimum = "0", maximum = "9223372036854775807") long dataKeys) {
    }
}
