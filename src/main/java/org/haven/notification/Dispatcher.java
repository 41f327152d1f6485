package org.haven.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.haven.notification.OutboxRepository.Due;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends what is due. A round claims due deliveries with {@code FOR UPDATE SKIP LOCKED} and holds them
 * until its transaction ends, so two replicas never send the same one; a sent delivery is marked SENT
 * in that same transaction. Several e-mails due for one person at once go as one message (that is how
 * digests and the end of quiet hours arrive). A failure is retried with a doubling wait, then marked
 * FAILED. If a replica dies after the SMTP server accepted a message but before its commit, that
 * message is sent again: at the boundary to another system, "exactly once" means once per commit,
 * and each message carries its delivery id so receivers can recognise a repeat.
 */
@ApplicationScoped
class Dispatcher {

    /**
     * How long one round may spend sending: well inside the transaction timeout (60 s), so that what
     * was sent is always committed as SENT rather than rolled back and sent again.
     */
    private static final Duration ROUND_BUDGET = Duration.ofSeconds(20);

    private final OutboxRepository outbox;
    private final EmailSender email;
    private final WebhookSender webhooks;
    private final NotificationConfig config;
    private final Clock clock;
    private final MeterRegistry metrics;

    Dispatcher(OutboxRepository outbox, EmailSender email, WebhookSender webhooks, NotificationConfig config,
            Clock clock, MeterRegistry metrics) {
        this.outbox = outbox;
        this.email = email;
        this.webhooks = webhooks;
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** One round: the number of deliveries it claimed (sent or not). */
    @Transactional
    int dispatch() {
        Instant now = clock.instant();
        List<Due> due = outbox.claimDue(now, config.jobs().batchSize());
        Map<String, List<Due>> byTarget = new LinkedHashMap<>();
        due.forEach(d -> byTarget.computeIfAbsent(d.channel() + " " + d.target(), k -> new ArrayList<>()).add(d));
        for (List<Due> group : byTarget.values()) {
            if (Duration.between(now, clock.instant()).compareTo(ROUND_BUDGET) > 0) {
                break; // a slow relay: commit what was sent; the rest stays PENDING for the next round
            }
            List<UUID> ids = group.stream().map(Due::id).toList();
            String error = group.get(0).channel() == Outbox.Channel.EMAIL ? email.send(group) : webhooks.send(group);
            if (error == null) {
                outbox.markSent(ids, now);
                metrics.counter("haven.notifications.sent", "channel", group.get(0).channel().name())
                        .increment(ids.size());
                continue;
            }
            int attempts = group.stream().mapToInt(Due::attempts).max().orElse(0) + 1;
            metrics.counter("haven.notifications.failed", "channel", group.get(0).channel().name())
                    .increment(ids.size());
            if (attempts >= config.jobs().maxAttempts()) {
                outbox.markFailed(ids, error);
            } else {
                outbox.markRetry(ids, error, now.plus(backoff(attempts)));
            }
        }
        return due.size();
    }

    /** The wait after {@code attempts} failed attempts: doubling from retry-after, at most retry-at-most. */
    Duration backoff(int attempts) {
        Duration first = config.jobs().retryAfter();
        Duration most = config.jobs().retryAtMost();
        Duration wait = first.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(most) > 0 ? most : wait;
    }
}
