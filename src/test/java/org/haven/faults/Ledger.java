package org.haven.faults;

import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the clients were told, kept in the test JVM only to check the service afterwards: every write the
 * service acknowledged (or that a client found applied after an answer it never got), every answer by
 * status, every doubt. Nothing the service does depends on it.
 */
final class Ledger {

    /** One audited change the service confirmed: the audit log must hold exactly one entry for it. */
    record Write(String entityType, String entityId, String action) {
    }

    /** A keyed request first sent on a connection the client reset, then retried with the same key. */
    record Dropped(String entityType, String entityId, String action, java.time.Instant retriedAt) {
    }

    final Queue<Write> acknowledged = new ConcurrentLinkedQueue<>();
    final Queue<Dropped> dropped = new ConcurrentLinkedQueue<>();
    /** Writes whose answer was lost (connection dropped, process killed, 503) but found applied on a re-read. */
    final LongAdder appliedDespiteNoAnswer = new LongAdder();
    /** Answers by kind: "201", "503", "no-answer" (refused, reset), "timeout", "dropped" (the client hung up). */
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    /** Retries of a keyed request with the same key (after no answer, a 503 or a dropped connection). */
    final LongAdder keyedRetries = new LongAdder();
    final LongAdder cycles = new LongAdder();
    /** Answers nothing in the fault plan explains: 500s, 4xx after a retry, 503s without problem+json. */
    final Queue<String> unexpected = new ConcurrentLinkedQueue<>();

    void answered(String kind) {
        answers.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    long count(String kind) {
        LongAdder adder = answers.get(kind);
        return adder == null ? 0 : adder.sum();
    }

    Map<String, Long> answers() {
        Map<String, Long> sorted = new TreeMap<>();
        answers.forEach((k, v) -> sorted.put(k, v.sum()));
        return sorted;
    }

    void acknowledge(String entityType, String entityId, String action) {
        acknowledged.add(new Write(entityType, entityId, action));
    }
}
