package org.haven.legal;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Flags defenders whose appeal deadline or removal date has come within the warning window. Runs on every
 * replica on schedule; PostgreSQL lets one of them work at a time (see {@link ForcedReturnFlagging#scan()}).
 */
@ApplicationScoped
class ForcedReturnDeadlineJob {

    private final ForcedReturnFlagging flagging;

    ForcedReturnDeadlineJob(ForcedReturnFlagging flagging) {
        this.flagging = flagging;
    }

    @Scheduled(identity = "forced-return-deadlines", every = "${haven.legal.deadline-scan-every:1h}",
            delayed = "${haven.legal.deadline-scan-delay:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int looked = flagging.scan();
        if (looked > 0) {
            Log.infof("Forced-return scan looked at %d defender(s) with deadlines in the window", looked);
        }
    }
}
