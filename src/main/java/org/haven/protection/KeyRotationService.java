package org.haven.protection;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.audit.Changes;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.Actor;
import org.haven.shared.security.CurrentActor;

import com.google.crypto.tink.Aead;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * KEK rotation without downtime: re-wraps every live data key that is not wrapped with the primary
 * KEK. The data keys themselves do not change, so every ciphertext stays valid and readable before,
 * during and after the run, as long as the old KEK stays configured until the run has finished.
 *
 * <p>Each batch is its own transaction (keys locked, unwrapped with their KEK, wrapped with the
 * primary, written), walked in key order, so a long run holds no lock for long and an interrupted
 * run can simply be repeated. The run is recorded once in the audit log (entity type {@code kek},
 * id {@link #entityIdOf}), also when it is interrupted, with the counts reached.
 *
 * <p>Public for the console's keys page, which shows the same status and runs the same rotation as
 * {@code /admin/keys}.
 */
@ApplicationScoped
public class KeyRotationService {

    static final String ENTITY = "kek";

    private final DefenderKeyRepository keys;
    private final KeyEncryptionKeys keks;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final int batchSize;

    KeyRotationService(DefenderKeyRepository keys, KeyEncryptionKeys keks, AuditLog audit, CurrentActor currentActor,
            Clock clock, ProtectionConfig config) {
        this.keys = keys;
        this.keks = keks;
        this.audit = audit;
        this.currentActor = currentActor;
        this.clock = clock;
        this.batchSize = config.rotationBatchSize();
        if (batchSize < 1) {
            throw new IllegalStateException("haven.protection.rotation-batch-size must be at least 1");
        }
    }

    /** The audit entity id of a KEK: stable, derived from its id (UUID v3 of "kek:" + id). */
    static UUID entityIdOf(String kekId) {
        return UUID.nameUUIDFromBytes(("kek:" + kekId).getBytes(StandardCharsets.UTF_8));
    }

    /** Re-wraps every data key not wrapped with the primary KEK; not one transaction but many. */
    @Transactional(Transactional.TxType.NEVER)
    public KeyRotationResult rotate() {
        Actor actor = currentActor.get();
        String primary = keks.primaryId();
        Aead primaryKek = keks.primary();
        requireEveryKekConfigured();
        long rewrapped = 0;
        int batches = 0;
        UUID after = null;
        try {
            while (true) {
                UUID from = after;
                Batch batch = QuarkusTransaction.requiringNew().call(() -> rewrapBatch(primary, primaryKek, from));
                rewrapped += batch.rewrapped();
                batches++;
                if (batch.rewrapped() < batchSize) {
                    break;
                }
                after = batch.last();
            }
        } catch (RuntimeException e) {
            long done = rewrapped;
            try {
                QuarkusTransaction.requiringNew().run(() -> record(actor, primary, done,
                        "rotation interrupted after " + done + " re-wrapped data keys; run it again"));
            } catch (RuntimeException auditFailure) {
                e.addSuppressed(auditFailure);
            }
            throw e;
        }
        long total = rewrapped;
        KeyRotationResult result = QuarkusTransaction.requiringNew().call(() -> record(actor, primary, total, null));
        Log.infof("KEK rotation to '%s': %d data keys re-wrapped in %d batches, %d current, %d destroyed", primary,
                result.rewrapped(), batches, result.alreadyCurrent(), result.destroyed());
        return result;
    }

    @Transactional
    public KeyStatusView status() {
        Map<String, Long> counts = keys.countByKek();
        Set<String> ids = new TreeSet<>(counts.keySet());
        ids.addAll(keks.ids());
        List<KeyStatusView.KekUsage> usages = new ArrayList<>();
        boolean pending = false;
        for (String id : ids) {
            long count = counts.getOrDefault(id, 0L);
            boolean primary = id.equals(keks.primaryId());
            pending |= !primary && count > 0;
            usages.add(new KeyStatusView.KekUsage(id, primary, keks.isConfigured(id), count));
        }
        return new KeyStatusView(keks.primaryId(), usages, keys.countDestroyed(), pending);
    }

    private record Batch(int rewrapped, UUID last) {
    }

    private Batch rewrapBatch(String primary, Aead primaryKek, UUID after) {
        List<DefenderKey> batch = keys.lockNotWrappedWith(primary, after, batchSize);
        for (DefenderKey key : batch) {
            UUID defender = key.defenderId();
            var dataKey = Envelope.unwrap(key.wrappedKey(), keks.kek(key.kekId()), defender);
            key.rewrap(primary, Envelope.wrap(dataKey, primaryKek, defender), clock.instant());
        }
        keys.flush();
        return new Batch(batch.size(), batch.isEmpty() ? after : batch.get(batch.size() - 1).defenderId());
    }

    /** Refuses before changing anything if stored keys name a KEK this service does not have. */
    private void requireEveryKekConfigured() {
        Set<String> missing = QuarkusTransaction.requiringNew().call(() -> {
            Set<String> named = new TreeSet<>(keys.countByKek().keySet());
            named.removeIf(keks::isConfigured);
            return named;
        });
        if (!missing.isEmpty()) {
            throw Refusal.conflict("kek-not-configured", "Data keys are wrapped with KEKs this service "
                    + "does not have: " + missing + ". Configure them (as non-primary KEKs) and run the rotation again.");
        }
    }

    private KeyRotationResult record(Actor actor, String primary, long rewrapped, String reason) {
        long current = keys.countByKek().getOrDefault(primary, 0L);
        // A key re-wrapped here and destroyed by an erasure meanwhile is no longer counted in current.
        long alreadyCurrent = Math.max(0, current - rewrapped);
        long destroyed = keys.countDestroyed();
        audit.record(AuditEvent.of(actor, AuditAction.KEYS_REWRAPPED, ENTITY, entityIdOf(primary)).because(reason)
                .with(Changes.none().field("primaryKek", null, primary).field("rewrapped", null, rewrapped)
                        .field("alreadyCurrent", null, alreadyCurrent).field("destroyed", null, destroyed)));
        return new KeyRotationResult(primary, rewrapped, alreadyCurrent, destroyed);
    }
}
