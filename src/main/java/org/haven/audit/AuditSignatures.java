package org.haven.audit;

import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The service's Ed25519 signing key, for other features that sign what they hand out (exports).
 * The same key signs checkpoints; its public key is at {@code GET /audit/public-key}.
 */
@ApplicationScoped
public class AuditSignatures {

    /** The head of the audit chain: sequence number and hash of the newest entry. */
    public record Head(long seq, String hash) {
    }

    private final CheckpointSigner signer;
    private final AuditRepository entries;

    AuditSignatures(CheckpointSigner signer, AuditRepository entries) {
        this.signer = signer;
        this.entries = entries;
    }

    public String sign(byte[] message) {
        return Base64.getEncoder().encodeToString(signer.signBytes(message));
    }

    public String keyId() {
        return signer.keyId();
    }

    public String algorithm() {
        return CheckpointSigner.ALGORITHM;
    }

    public String publicKeyPem() {
        return signer.publicKeyPem();
    }

    @Transactional
    public Head head() {
        List<AuditEntry> last = entries.find("order by seq desc").page(0, 1).list();
        return last.isEmpty() ? new Head(0, AuditHash.GENESIS) : new Head(last.get(0).seq(), last.get(0).hash());
    }
}
