package org.haven.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;

/**
 * Reading, verifying and checkpointing the audit chain (for auditors and admins): the doors of
 * {@code /audit} and of the console's audit pages.
 */
@ApplicationScoped
public class AuditService {

    private static final int BATCH = 1000;

    private final AuditRepository entries;
    private final CheckpointSigner signer;
    private final Clock clock;

    AuditService(AuditRepository entries, CheckpointSigner signer, Clock clock) {
        this.entries = entries;
        this.signer = signer;
        this.clock = clock;
    }

    @Transactional
    public Page<AuditEntryView> list(AuditFilter filter, boolean newestFirst, PageRequest page) {
        return entries.search(filter, newestFirst, page).map(AuditEntryView::of);
    }

    /** Walks the whole chain in bounded memory. */
    @Transactional
    public ChainVerification verify() {
        return walk(Long.MAX_VALUE);
    }

    @Transactional
    public Checkpoint checkpoint() {
        List<AuditEntry> last = entries.find("order by seq desc").page(0, 1).list();
        long seq = last.isEmpty() ? 0 : last.get(0).seq();
        String head = last.isEmpty() ? AuditHash.GENESIS : last.get(0).hash();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return Checkpoint.of(seq, head, now, signer.keyId(), signer.sign(seq, head, now));
    }

    /**
     * Checks a checkpoint an auditor kept: our signature must be valid, and the chain up to its
     * sequence number must still verify and still end in its head hash. Changing, removing or
     * re-hashing any entry up to that point makes this fail.
     */
    @Transactional
    ChainVerification verifyAgainst(Checkpoint checkpoint) {
        if (!signer.keyId().equals(checkpoint.keyId())
                || !signer.verify(checkpoint.seq(), checkpoint.headHash(), checkpoint.signedAtInstant(),
                        checkpoint.signature())) {
            return ChainVerification.broken(0, 0, null, checkpoint.seq(),
                    "the checkpoint's signature is not valid for this service's audit key");
        }
        ChainVerification walked = walk(checkpoint.seq());
        if (!walked.valid()) {
            return walked;
        }
        if (walked.headSeq() < checkpoint.seq()) {
            return ChainVerification.broken(walked.entries(), walked.headSeq(), walked.headHash(),
                    walked.headSeq() + 1, "entries up to the checkpoint are missing");
        }
        if (!walked.headHash().equals(checkpoint.headHash())) {
            return ChainVerification.broken(walked.entries(), walked.headSeq(), walked.headHash(), checkpoint.seq(),
                    "the chain up to the checkpoint was rebuilt: its head hash differs from the signed one");
        }
        return walked;
    }

    private ChainVerification walk(long upTo) {
        long expected = 1;
        String previous = AuditHash.GENESIS;
        long count = 0;
        long lastSeq = 0;
        while (lastSeq < upTo) {
            List<AuditEntry> batch = entries.batchAfter(lastSeq, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEntry entry : batch) {
                if (entry.seq() > upTo) {
                    return ChainVerification.ok(count, lastSeq, previous);
                }
                if (entry.seq() != expected) {
                    return ChainVerification.broken(count, lastSeq, previous, expected,
                            "entry " + expected + " is missing");
                }
                if (!entry.prevHash().equals(previous)) {
                    return ChainVerification.broken(count, lastSeq, previous, entry.seq(),
                            "prev_hash does not match the hash of entry " + (entry.seq() - 1));
                }
                if (!entry.computeHash().equals(entry.hash())) {
                    return ChainVerification.broken(count, lastSeq, previous, entry.seq(),
                            "the entry's content does not match its hash (altered)");
                }
                previous = entry.hash();
                lastSeq = entry.seq();
                expected++;
                count++;
            }
            entries.getEntityManager().clear();
        }
        return ChainVerification.ok(count, lastSeq, previous);
    }

    /** The key that verifies checkpoints and export manifests, with its id. */
    public PublicKeyView publicKey() {
        return new PublicKeyView(CheckpointSigner.ALGORITHM, keyId(), publicKeyPem());
    }

    String publicKeyPem() {
        return signer.publicKeyPem();
    }

    String keyId() {
        return signer.keyId();
    }
}
