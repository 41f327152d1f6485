package org.haven.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Writes notices into the outbox, in the caller's transaction: the event (once per key), one
 * in-console notification per recipient, one e-mail delivery per recipient who has an address and
 * wants e-mail (due when their quiet hours or digest allow), one call per configured webhook. If the
 * change that caused the notice rolls back, so does all of this.
 */
@ApplicationScoped
class Outbox {

    private final OutboxRepository outbox;
    private final StaffDirectory staff;
    private final Inbox inbox;
    private final NotificationConfig config;
    private final Clock clock;

    Outbox(OutboxRepository outbox, StaffDirectory staff, Inbox inbox, NotificationConfig config, Clock clock) {
        this.outbox = outbox;
        this.staff = staff;
        this.inbox = inbox;
        this.config = config;
        this.clock = clock;
    }

    /** Raises the notice; false if one with its key was raised before (nothing is written then). */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean raise(Notice notice) {
        Instant now = clock.instant();
        UUID eventId = UUID.randomUUID();
        if (!outbox.insertEvent(eventId, notice, now)) {
            return false;
        }
        Set<String> recipients = new TreeSet<>(notice.audience().people());
        recipients.addAll(staff.holdersOf(notice.team(), notice.audience().teamRoles()));
        recipients.removeAll(notice.audience().excluded());
        Map<String, String> emails = config.emailEnabled() ? staff.emailsOf(recipients) : Map.of();
        Map<String, Preferences> preferences = inbox.preferencesOf(emails.keySet());
        boolean bypass = config.quietHoursBypass().contains(notice.kind());
        Map<String, UUID> notifications = outbox.insertNotifications(eventId, recipients, now);
        emails.forEach((recipient, address) -> {
            Preferences mine = preferences.getOrDefault(recipient, Preferences.DEFAULT);
            if (mine.emailEnabled() && notifications.containsKey(recipient)) {
                outbox.insertDelivery(eventId, notifications.get(recipient), Channel.EMAIL, address,
                        mine.sendAt(now, bypass), now);
            }
        });
        config.webhooks().forEach((name, webhook) -> {
            if (webhook.kinds().map(kinds -> kinds.contains(notice.kind())).orElse(true)) {
                outbox.insertDelivery(eventId, null, Channel.WEBHOOK, name, now, now);
            }
        });
        return true;
    }

    enum Channel {
        EMAIL, WEBHOOK
    }
}
