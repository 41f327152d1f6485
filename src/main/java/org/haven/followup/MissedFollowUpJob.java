package org.haven.followup;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Marks follow-ups MISSED after the grace period. Runs on every replica on schedule; PostgreSQL
 * lets only one of them work at a time (see {@link FollowUpService#markMissed()}).
 */
@ApplicationScoped
class MissedFollowUpJob {

    private final FollowUpService followUps;

    MissedFollowUpJob(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Scheduled(identity = "missed-follow-ups", every = "${haven.followups.missed-job-every:1h}",
            delayed = "${haven.followups.missed-job-delay:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int marked = followUps.markMissed();
        if (marked > 0) {
            Log.infof("Marked %d follow-up(s) missed", marked);
        }
    }
}
