package org.haven.notification;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.haven.shared.error.Refusal;
import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.CurrentActor;

/**
 * A person's own notifications and preferences, for the API and the console alike. Nobody reads or
 * marks anyone else's: every query is by the caller's subject, and another's notification is 404.
 * Reading a notification or changing one's preferences is not a case decision and is not audited.
 */
@ApplicationScoped
public class NotificationService {

    private final Inbox inbox;
    private final CurrentActor currentActor;
    private final Clock clock;

    NotificationService(Inbox inbox, CurrentActor currentActor, Clock clock) {
        this.inbox = inbox;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Transactional
    public Page<NotificationView> mine(boolean unreadOnly, PageRequest page) {
        return inbox.list(me(), unreadOnly, page);
    }

    @Transactional
    public long unreadCount() {
        return inbox.unreadCount(me());
    }

    @Transactional
    public NotificationView markRead(UUID id) {
        String me = me();
        inbox.find(id, me).orElseThrow(() -> Refusal.notFound("Notification"));
        inbox.markRead(id, me, clock.instant());
        return inbox.find(id, me).orElseThrow();
    }

    @Transactional
    public int markAllRead() {
        return inbox.markAllRead(me(), clock.instant());
    }

    @Transactional
    public NotificationPreferences preferences() {
        return NotificationPreferences.of(inbox.preferences(me()));
    }

    @Transactional
    public NotificationPreferences changePreferences(NotificationPreferences wanted) {
        ZoneId zone;
        try {
            zone = ZoneId.of(wanted.timeZone().trim());
        } catch (DateTimeException e) {
            throw Refusal.rule("unknown-time-zone", "timeZone", "must be an IANA time zone such as Asia/Kabul");
        }
        if ((wanted.quietFrom() == null) != (wanted.quietUntil() == null)) {
            throw Refusal.rule("quiet-hours-incomplete", wanted.quietFrom() == null ? "quietFrom" : "quietUntil",
                    "quiet hours need both a start and an end");
        }
        Preferences preferences = new Preferences(wanted.emailEnabled(), zone, wanted.quietFromTime(),
                wanted.quietUntilTime(), wanted.digestHour());
        inbox.save(me(), preferences, clock.instant());
        return NotificationPreferences.of(preferences);
    }

    private String me() {
        return currentActor.get().subject();
    }
}
