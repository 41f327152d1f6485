package org.haven.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (its name does not end in Test or IT): the long fault run of issue 21, run by
 * src/bench/faults.sh. The same harness as FaultToleranceIT with many more faults; prints its counts
 * and fails at the end if anything acknowledged was lost or done twice, the chain broke, or the
 * service answered anything but 503 problem+json while PostgreSQL was down.
 */
class FaultsBenchmark {

    @Test
    void run() throws Exception {
        FaultRun.Plan plan = new FaultRun.Plan(Integer.getInteger("haven.bench.clients", 8),
                Integer.getInteger("haven.bench.kills", 50), Integer.getInteger("haven.bench.restarts", 20),
                Duration.ofSeconds(Integer.getInteger("haven.bench.load-seconds", 5)),
                Duration.ofSeconds(Integer.getInteger("haven.bench.db-down-seconds", 3)),
                Integer.getInteger("haven.bench.dropped-percent", 20));
        System.out.printf("FAULTS plan: %s, %d cores%n", plan, Runtime.getRuntime().availableProcessors());
        try (Deployment deployment = Deployment.start()) {
            FaultRun.Outcome outcome = FaultRun.run(deployment, plan, System.out);
            long restartMs = outcome.appRestarts().stream().mapToLong(Duration::toMillis).max().orElse(0);
            long recoveryMs = outcome.databaseOutages().stream().mapToLong(FaultRun.DatabaseOutage::recoveryMillis)
                    .max().orElse(0);
            long slowestProbe = outcome.databaseOutages().stream()
                    .mapToLong(FaultRun.DatabaseOutage::slowestProbeMillis).max().orElse(0);
            long probes503 = outcome.databaseOutages().stream().mapToLong(FaultRun.DatabaseOutage::answered503).sum();
            long probesOther = outcome.databaseOutages().stream()
                    .mapToLong(o -> o.otherAnswers() + o.noAnswer()).sum();
            System.out.printf("FAULTS slowest restart after kill -9 %d ms; while PostgreSQL was down: %d probes "
                    + "answered 503, %d otherwise, slowest %d ms; slowest recovery after its restart %d ms%n",
                    restartMs, probes503, probesOther, slowestProbe, recoveryMs);
            System.out.printf("FAULTS verdict: %s%n", outcome.result().clean() && outcome.ledger().unexpected.isEmpty()
                    && probesOther == 0 ? "nothing acknowledged lost, nothing done twice, chain valid" : "FAILED");
            assertTrue(outcome.result().clean(), outcome.result().problems().toString());
            assertTrue(outcome.ledger().unexpected.isEmpty(), outcome.ledger().unexpected.toString());
            assertTrue(probesOther == 0, "only 503 while PostgreSQL was down");
        }
    }
}
