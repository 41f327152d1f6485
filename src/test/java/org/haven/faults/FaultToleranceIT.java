package org.haven.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost (issue 21, the short version; src/bench/faults.sh is the long one): six
 * clients do whole cases against the packaged service while it is killed with SIGKILL three times and
 * PostgreSQL is stopped immediately twice, with a fifth of the keyed requests first sent on a connection
 * the client drops. Afterwards every acknowledged write is in the database with exactly one audit entry,
 * nothing was created twice, the chain verifies, and while PostgreSQL was down the service answered 503
 * problem+json (never a 500, never a hang) and came back by itself.
 */
class FaultToleranceIT {

    @Test
    void nothingAcknowledgedIsLostOrDoneTwiceThroughKillsAndDatabaseCrashes() throws Exception {
        FaultRun.Plan plan = new FaultRun.Plan(6, 3, 2, Duration.ofSeconds(5), Duration.ofSeconds(3), 20);
        try (Deployment deployment = Deployment.start()) {
            FaultRun.Outcome outcome = FaultRun.run(deployment, plan, System.out);
            Reconciliation.Result result = outcome.result();

            assertTrue(result.acknowledged() > 50, "enough work was acknowledged to mean something: "
                    + result.summary());
            assertTrue(result.dropped() > 0 && result.droppedAppliedBeforeRetry() > 0,
                    "some keyed requests were applied although their client had hung up, and then retried: "
                            + result.summary());
            assertEquals(0, result.missing(), "acknowledged writes lost: " + result.problems());
            assertEquals(0, result.withTwoAuditEntries(), "writes audited twice: " + result.problems());
            assertEquals(0, result.duplicateRecords(), "creations applied twice: " + result.problems());
            assertTrue(result.chainValid(), "the audit chain verifies: " + result.problems());
            assertEquals(result.acknowledged(), result.found());

            assertTrue(outcome.ledger().unexpected.isEmpty(), "no 500, no unexplained 4xx, no hang: "
                    + outcome.ledger().unexpected);
            for (FaultRun.DatabaseOutage outage : outcome.databaseOutages()) {
                assertTrue(outage.answered503() > 0 && outage.otherAnswers() == 0 && outage.noAnswer() == 0,
                        "while PostgreSQL is down the service answers 503 problem+json, and only that: " + outage);
                assertTrue(outage.slowestProbeMillis() < HavenClient.TIMEOUT.toMillis(), "no probe hung: " + outage);
            }
            assertEquals(3, outcome.appRestarts().size());
            assertEquals(2, outcome.databaseOutages().size());
        }
    }
}
