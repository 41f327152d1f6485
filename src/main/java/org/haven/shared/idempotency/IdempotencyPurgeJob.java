package org.haven.shared.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Removes idempotency keys past their retention. Safe on every replica at once: the delete is
 * idempotent and touches only expired rows.
 */
@ApplicationScoped
class IdempotencyPurgeJob {

    private final EntityManager em;

    IdempotencyPurgeJob(EntityManager em) {
        this.em = em;
    }

    @Scheduled(identity = "idempotency-purge", every = "1h", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        int removed = em.createNativeQuery("delete from idempotency_key where expires_at < now()").executeUpdate();
        if (removed > 0) {
            Log.infof("Purged %d expired idempotency key(s)", removed);
        }
    }
}
