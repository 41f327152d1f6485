package org.haven.notification;

import java.sql.Time;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/** Each person's notifications and e-mail preferences, in SQL. Every query names the recipient. */
@ApplicationScoped
class Inbox {

    private final EntityManager em;

    Inbox(EntityManager em) {
        this.em = em;
    }

    /** The recipient's notifications, newest first; only unread ones if asked. */
    @SuppressWarnings("unchecked")
    Page<NotificationView> list(String recipient, boolean unreadOnly, PageRequest page) {
        String where = " where n.recipient = ?1" + (unreadOnly ? " and n.read_at is null" : "");
        long total = ((Number) em.createNativeQuery("select count(*) from notification n" + where)
                .setParameter(1, recipient).getSingleResult()).longValue();
        List<Object[]> rows = em.createNativeQuery("""
                select n.id, e.kind, e.reference, e.link, e.deadline, n.created_at, n.read_at
                from notification n join notification_event e on e.id = n.event_id""" + where
                + " order by n.created_at desc, n.id limit ?2 offset ?3")
                .setParameter(1, recipient).setParameter(2, page.size()).setParameter(3, page.offset())
                .getResultList();
        return Page.of(rows.stream().map(Inbox::view).toList(), page, total);
    }

    long unreadCount(String recipient) {
        return ((Number) em.createNativeQuery(
                "select count(*) from notification where recipient = ?1 and read_at is null")
                .setParameter(1, recipient).getSingleResult()).longValue();
    }

    /** The recipient's notification, or empty if there is none with this id for them. */
    @SuppressWarnings("unchecked")
    Optional<NotificationView> find(UUID id, String recipient) {
        List<Object[]> rows = em.createNativeQuery("""
                select n.id, e.kind, e.reference, e.link, e.deadline, n.created_at, n.read_at
                from notification n join notification_event e on e.id = n.event_id
                where n.id = ?1 and n.recipient = ?2""").setParameter(1, id).setParameter(2, recipient)
                .getResultList();
        return rows.stream().findFirst().map(Inbox::view);
    }

    /** Marks one of the recipient's notifications read (the first time only). */
    void markRead(UUID id, String recipient, Instant now) {
        em.createNativeQuery("update notification set read_at = ?1 where id = ?2 and recipient = ?3 and read_at is null")
                .setParameter(1, OutboxRepository.at(now)).setParameter(2, id).setParameter(3, recipient)
                .executeUpdate();
    }

    int markAllRead(String recipient, Instant now) {
        return em.createNativeQuery("update notification set read_at = ?1 where recipient = ?2 and read_at is null")
                .setParameter(1, OutboxRepository.at(now)).setParameter(2, recipient).executeUpdate();
    }

    /** The preferences of those who set them; others have {@link Preferences#DEFAULT}. */
    @SuppressWarnings("unchecked")
    Map<String, Preferences> preferencesOf(Collection<String> subjects) {
        Map<String, Preferences> found = new HashMap<>();
        if (subjects.isEmpty()) {
            return found;
        }
        List<Object[]> rows = em.createNativeQuery("""
                select subject, email_enabled, time_zone, quiet_from, quiet_until, digest_hour
                from notification_preference where subject in (?1)""").setParameter(1, subjects).getResultList();
        rows.forEach(r -> found.put((String) r[0], new Preferences((Boolean) r[1], Preferences.zone((String) r[2]),
                time(r[3]), time(r[4]), r[5] == null ? null : ((Number) r[5]).intValue())));
        return found;
    }

    Preferences preferences(String subject) {
        return preferencesOf(List.of(subject)).getOrDefault(subject, Preferences.DEFAULT);
    }

    void save(String subject, Preferences preferences, Instant now) {
        em.createNativeQuery("""
                insert into notification_preference (subject, version, email_enabled, time_zone, quiet_from,
                    quiet_until, digest_hour, updated_at)
                values (?1, 0, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (subject) do update set version = notification_preference.version + 1,
                    email_enabled = excluded.email_enabled, time_zone = excluded.time_zone,
                    quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until,
                    digest_hour = excluded.digest_hour, updated_at = excluded.updated_at""")
                .unwrap(NativeQuery.class)
                .setParameter(1, subject).setParameter(2, preferences.emailEnabled())
                .setParameter(3, preferences.zone().getId())
                .setParameter(4, preferences.quietFrom(), StandardBasicTypes.LOCAL_TIME)
                .setParameter(5, preferences.quietUntil(), StandardBasicTypes.LOCAL_TIME)
                .setParameter(6, preferences.digestHour() == null ? null : preferences.digestHour().shortValue(),
                        StandardBasicTypes.SHORT)
                .setParameter(7, OutboxRepository.at(now)).executeUpdate();
    }

    private static NotificationView view(Object[] r) {
        NotificationKind kind = NotificationKind.valueOf((String) r[1]);
        return new NotificationView((UUID) r[0], kind, kind.title(), (String) r[2], (String) r[3],
                OutboxRepository.instant(r[4]), OutboxRepository.instant(r[5]), r[6] != null);
    }

    private static LocalTime time(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalTime t ? t : ((Time) value).toLocalTime();
    }
}
