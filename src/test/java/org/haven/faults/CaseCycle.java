package org.haven.faults;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.haven.faults.HavenClient.Answer;
import org.haven.shared.security.Roles;
import org.haven.support.DefenderFixtures;
import org.haven.support.GrantFixtures;
import org.haven.support.RequestFixtures;
import org.haven.support.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One client's work, over and over: register a defender, open a request (Idempotency-Key), move it to
 * assessment, assess it, propose a grant, approve it (two managers above the threshold) and pay it
 * (Idempotency-Key). Whenever an answer is lost (no answer, a 503, a connection the client dropped), a
 * keyed request is sent again with the same key and body; an unkeyed one is first looked up and sent
 * again only if it did not happen, which is what a careful client of this API does.
 */
final class CaseCycle implements Runnable {

    /** How long one step may go unanswered before the client gives up: far beyond any planned outage. */
    private static final long PATIENCE_NANOS = 240_000_000_000L;

    private final HavenClient client;
    private final Ledger ledger;
    private final String fundId;
    private final int droppedPercent;
    private final BooleanSupplier stop;
    private final String officer;
    private final String managerA;
    private final String managerB;
    private final boolean reads;

    CaseCycle(int number, HavenClient client, Ledger ledger, String fundId, int droppedPercent, boolean reads,
            BooleanSupplier stop) {
        this.client = client;
        this.ledger = ledger;
        this.fundId = fundId;
        this.droppedPercent = droppedPercent;
        this.reads = reads;
        this.stop = stop;
        this.officer = "fault-officer-" + number;
        this.managerA = "fault-manager-a-" + number;
        this.managerB = "fault-manager-b-" + number;
    }

    /** Thrown when the service stayed unavailable beyond all patience, or refused what it should take. */
    static final class Failed extends RuntimeException {
        Failed(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public void run() {
        while (!stop.getAsBoolean()) {
            try {
                cycle();
                ledger.cycles.increment();
            } catch (Failed e) {
                ledger.unexpected.add(e.getMessage());
                return;
            }
        }
    }

    /** Tokens of this cycle's three people (valid ten minutes, longer than any cycle's patience). */
    private final Map<String, String> tokens = new HashMap<>();

    private String officer() {
        return tokens.computeIfAbsent(officer, s -> Tokens.forUser(s, Roles.PROTECTION_OFFICER));
    }

    private String manager(String subject) {
        return tokens.computeIfAbsent(subject, s -> Tokens.forUser(s, Roles.PROGRAMME_MANAGER));
    }

    void cycle() {
        tokens.clear();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        boolean twoManagers = random.nextBoolean();
        BigDecimal amount = new BigDecimal(twoManagers ? "6000.00" : "3000.00");

        // 1. Registration: no key in the API, so a lost answer means a new registration (a new defender).
        String defender = null;
        while (defender == null) {
            Answer registered = attempt("register", () -> client.send("POST", "/defenders", officer(),
                    DefenderFixtures.aDefender().body(), Map.of()));
            if (registered != null) {
                defender = registered.body().path("id").asText();
            }
        }
        ledger.acknowledge("defender", defender, "DEFENDER_REGISTERED");

        // 2. The request, keyed: the same key and body until it is acknowledged.
        Map<String, Object> request = RequestFixtures.aRequest(defender)
                .with("requestedAmount", Map.of("amount", amount, "currency", "EUR")).body();
        Keyed opened = keyed("POST", "/requests", this::officer, request);
        String requestId = opened.answer().body().path("id").asText();
        ledger.acknowledge("request", requestId, "REQUEST_CREATED");
        opened.dropped("request", requestId, "REQUEST_CREATED");

        // 3. Into assessment, unless a lost answer had already moved it.
        String path = "/requests/" + requestId;
        applyOnce("transition", () -> {
            JsonNode now = read(path, officer());
            return "IN_ASSESSMENT".equals(now.path("status").asText());
        }, etag -> client.send("POST", path + "/transitions", officer(), Map.of("target", "IN_ASSESSMENT"),
                Map.of("If-Match", etag)), () -> etagOf(path, officer()));
        ledger.acknowledge("request", requestId, Reconciliation.FROM_RECEIVED);

        // 4. The assessment.
        applyOnce("assess", () -> read(path, officer()).path("assessment").isObject(),
                etag -> client.send("PUT", path + "/assessment", officer(), RequestFixtures.anAssessment(),
                        Map.of("If-Match", etag)), () -> etagOf(path, officer()));
        ledger.acknowledge("request", requestId, "REQUEST_ASSESSED");

        // 5. The grant proposal: looked up by its request before it is sent again.
        Map<String, Object> proposal = GrantFixtures.aProposal(requestId, fundId, amount, "EUR");
        String[] grant = new String[1];
        applyOnce("propose", () -> {
            JsonNode found = read("/grants?requestId=" + requestId, officer());
            if (found.path("totalItems").asInt() > 0) {
                grant[0] = found.path("items").get(0).path("id").asText();
                return true;
            }
            return false;
        }, ignored -> {
            Answer proposed = client.send("POST", "/grants", officer(), proposal, Map.of());
            if (proposed != null && proposed.ok()) {
                grant[0] = proposed.body().path("id").asText();
            }
            return proposed;
        }, () -> "");
        String grantId = grant[0];
        ledger.acknowledge("grant", grantId, "GRANT_PROPOSED");

        // 6. Approval by one manager, or two above the threshold.
        approve(grantId, managerA, twoManagers ? "GRANT_APPROVAL_RECORDED" : "GRANT_APPROVED");
        if (twoManagers) {
            approve(grantId, managerB, "GRANT_APPROVED");
        }

        // 7. The payment, keyed.
        Map<String, Object> payment = new HashMap<>(GrantFixtures.aDisbursement(amount));
        keyed("POST", "/grants/" + grantId + "/disbursements", () -> manager(managerA), payment)
                .dropped("grant", grantId, "GRANT_DISBURSED");
        ledger.acknowledge("grant", grantId, "GRANT_DISBURSED");

        if (reads) {
            read("/requests?size=20", officer());
            read("/grants/" + grantId, manager(managerB));
            read("/defenders/" + defender, officer());
        }
    }

    private void approve(String grantId, String manager, String action) {
        String path = "/grants/" + grantId;
        applyOnce("approve", () -> {
            for (JsonNode approval : read(path, manager(manager)).path("approvals")) {
                if (manager.equals(approval.path("approver").asText())) {
                    return true;
                }
            }
            return false;
        }, ignored -> client.send("POST", path + "/decisions", manager(manager), GrantFixtures.approval("Meets the criteria"),
                Map.of()), () -> "");
        ledger.acknowledge("grant", grantId, action);
    }

    /** A keyed creation's answer, and when it was first retried if it went out on a dropped connection. */
    private final class Keyed {
        private final Answer answer;
        private final Instant retriedAt;

        Keyed(Answer answer, Instant retriedAt) {
            this.answer = answer;
            this.retriedAt = retriedAt;
        }

        Answer answer() {
            return answer;
        }

        void dropped(String entityType, String id, String action) {
            if (retriedAt != null) {
                ledger.dropped.add(new Ledger.Dropped(entityType, id, action, retriedAt));
            }
        }
    }

    /** A keyed creation: sometimes sent first on a connection the client drops; retried with the same key. */
    private Keyed keyed(String method, String path, Supplier<String> token, Map<String, Object> body) {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Instant retriedAt = null;
        if (ThreadLocalRandom.current().nextInt(100) < droppedPercent) {
            client.sendAndHangUp(method, path, token.get(), body, key);
            ledger.keyedRetries.increment();
            pause(Long.MAX_VALUE, method); // the service may still be working on it, or may never have read it
            retriedAt = Instant.now();
        }
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (true) {
            Answer answer = client.send(method, path, token.get(), body, key);
            if (answer != null && answer.ok()) {
                return new Keyed(answer, retriedAt);
            }
            refuseClientErrors(method, path, answer);
            ledger.keyedRetries.increment();
            pause(deadline, method + " " + HavenClient.template(path));
        }
    }

    /**
     * An unkeyed change: sent; if its answer is lost, re-read to see whether it happened, and sent again
     * (with a fresh ETag) only if it did not.
     */
    private void applyOnce(String what, BooleanSupplier applied, java.util.function.Function<String, Answer> send,
            Supplier<String> precondition) {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (true) {
            Answer answer = send.apply(precondition.get());
            if (answer != null && answer.ok()) {
                return;
            }
            refuseClientErrors("POST", what, answer);
            pause(deadline, what);
            if (applied.getAsBoolean()) {
                ledger.appliedDespiteNoAnswer.increment();
                return;
            }
        }
    }

    /** Any attempt whose answer counts only when acknowledged; null (and a pause) otherwise. */
    private Answer attempt(String what, Supplier<Answer> send) {
        Answer answer = send.get();
        if (answer != null && answer.ok()) {
            return answer;
        }
        refuseClientErrors("POST", what, answer);
        pause(System.nanoTime() + PATIENCE_NANOS, what);
        return null;
    }

    private JsonNode read(String path, String token) {
        return readAnswer(path, token).body();
    }

    private String etagOf(String path, String token) {
        return readAnswer(path, token).etag();
    }

    private Answer readAnswer(String path, String token) {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (true) {
            Answer answer = client.send("GET", path, token, null, Map.of());
            if (answer != null && answer.ok()) {
                return answer;
            }
            refuseClientErrors("GET", path, answer);
            pause(deadline, "GET " + HavenClient.template(path));
        }
    }

    /** A 4xx is never part of the plan: every step is valid and each client owns its records. */
    private static void refuseClientErrors(String method, String what, Answer answer) {
        if (answer != null && answer.status() < 500) {
            throw new Failed(method + " " + HavenClient.template(what) + " refused with " + answer.status() + " "
                    + (answer.body() == null ? "" : answer.body().path("code").asText()));
        }
    }

    private void pause(long deadline, String what) {
        if (System.nanoTime() > deadline) {
            throw new Failed(what + " still unanswered after " + PATIENCE_NANOS / 1_000_000_000L + " s");
        }
        try {
            Thread.sleep(200 + ThreadLocalRandom.current().nextInt(300));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted");
        }
    }
}
