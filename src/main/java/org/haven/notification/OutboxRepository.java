package org.haven.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hibernate.type.StandardBasicTypes;

/** The outbox tables, in SQL: inserts that tolerate a second raise, and claims that skip what another replica holds. */
@ApplicationScoped
class OutboxRepository {

    /** A delivery that is due, with what its message says. */
    record Due(UUID id, Outbox.Channel channel, String target, int attempts, UUID eventId, NotificationKind kind,
            String reference, String link, Instant deadline, Instant occurredAt) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final EntityManager em;

    OutboxRepository(EntityManager em) {
        this.em = em;
    }

    /** False if an event with this key exists already (raised by this or another replica). */
    boolean insertEvent(UUID id, Notice notice, Instant now) {
        int inserted = em.createNativeQuery("""
                insert into notification_event (id, event_key, kind, reference, link, team, deadline, occurred_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict (event_key) do nothing""")
                .unwrap(NativeQuery.class)
                .setParameter(1, id).setParameter(2, notice.eventKey()).setParameter(3, notice.kind().name())
                .setParameter(4, notice.reference()).setParameter(5, notice.link())
                .setParameter(6, notice.team(), StandardBasicTypes.STRING)
                .setParameter(7, at(notice.deadline()), StandardBasicTypes.OFFSET_DATE_TIME)
                .setParameter(8, at(now)).executeUpdate();
        return inserted == 1;
    }

    /**
     * One notification per recipient, in one statement (a team can be large); their ids by recipient.
     */
    @SuppressWarnings("unchecked")
    Map<String, UUID> insertNotifications(UUID eventId, Collection<String> recipients, Instant now) {
        Map<String, UUID> ids = new HashMap<>();
        if (recipients.isEmpty()) {
            return ids;
        }
        String list;
        try {
            list = json.writeValueAsString(recipients);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("recipients could not be listed", e);
        }
        List<Object[]> rows = em.createNativeQuery("""
                insert into notification (id, event_id, recipient, created_at)
                select gen_random_uuid(), ?1, r, ?2 from jsonb_array_elements_text(cast(?3 as jsonb)) r
                returning recipient, id""").setParameter(1, eventId).setParameter(2, at(now))
                .setParameter(3, list).getResultList();
        rows.forEach(r -> ids.put((String) r[0], (UUID) r[1]));
        return ids;
    }

    void insertDelivery(UUID eventId, UUID notificationId, Outbox.Channel channel, String target, Instant notBefore,
            Instant now) {
        em.createNativeQuery("""
                insert into notification_delivery (id, event_id, notification_id, channel, target, status, attempts,
                    not_before, created_at)
                values (?1, ?2, ?3, ?4, ?5, 'PENDING', 0, ?6, ?7)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, eventId).setParameter(3, notificationId)
                .setParameter(4, channel.name()).setParameter(5, target).setParameter(6, at(notBefore))
                .setParameter(7, at(now)).executeUpdate();
    }

    /**
     * Locks up to {@code limit} due deliveries for this transaction, skipping rows another replica
     * has locked: each delivery is in the hands of one dispatcher at a time.
     */
    @SuppressWarnings("unchecked")
    List<Due> claimDue(Instant now, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select d.id, d.channel, d.target, d.attempts, e.id as event_id, e.kind, e.reference, e.link,
                    e.deadline, e.occurred_at
                from notification_delivery d join notification_event e on e.id = d.event_id
                where d.status = 'PENDING' and d.not_before <= ?1
                order by d.not_before, d.target, d.id
                limit ?2
                for update of d skip locked""")
                .setParameter(1, at(now)).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new Due((UUID) r[0], Outbox.Channel.valueOf((String) r[1]), (String) r[2],
                ((Number) r[3]).intValue(), (UUID) r[4], NotificationKind.valueOf((String) r[5]), (String) r[6],
                (String) r[7], instant(r[8]), instant(r[9]))).toList();
    }

    void markSent(List<UUID> ids, Instant now) {
        em.createNativeQuery("""
                update notification_delivery set status = 'SENT', attempts = attempts + 1, sent_at = ?1,
                    last_error = null
                where id in (?2)""").setParameter(1, at(now)).setParameter(2, ids).executeUpdate();
    }

    /** One more failed attempt; tried again from {@code retryAt}. */
    void markRetry(List<UUID> ids, String error, Instant retryAt) {
        em.createNativeQuery("""
                update notification_delivery set attempts = attempts + 1, last_error = ?1, not_before = ?2
                where id in (?3)""").setParameter(1, error).setParameter(2, at(retryAt)).setParameter(3, ids)
                .executeUpdate();
    }

    /** The last attempt failed: the delivery stays FAILED, for operators to see (docs/operations.md). */
    void markFailed(List<UUID> ids, String error) {
        em.createNativeQuery("""
                update notification_delivery set attempts = attempts + 1, last_error = ?1, status = 'FAILED'
                where id in (?2)""").setParameter(1, error).setParameter(2, ids).executeUpdate();
    }

    /** A case's reference (EA-...), for notices about records that hang off a case. */
    String caseReference(UUID requestId) {
        return (String) em.createNativeQuery("select reference from assistance_request where id = ?1")
                .setParameter(1, requestId).getSingleResult();
    }

    /** The grant's reference: what a notice of a follow-up without a case names. */
    String grantReference(UUID grantId) {
        return (String) em.createNativeQuery("select reference from assistance_grant where id = ?1")
                .setParameter(1, grantId).getSingleResult();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getSimpleName());
    }
}
