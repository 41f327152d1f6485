package org.haven.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The key that verifies checkpoint (and export) signatures. */
public record PublicKeyView(
        @Schema(enumeration = CheckpointSigner.ALGORITHM) String algorithm,
        @Schema(pattern = CheckpointSigner.KEY_ID_PATTERN, maxLength = CheckpointSigner.KEY_ID_LENGTH) String keyId,
        @Schema(pattern = CheckpointSigner.PUBLIC_KEY_PEM_PATTERN, maxLength = CheckpointSigner.PUBLIC_KEY_PEM_LENGTH)
        String publicKeyPem) {
}
