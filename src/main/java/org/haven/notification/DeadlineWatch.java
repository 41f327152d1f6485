package org.haven.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.haven.followup.FollowUpStatus;
import org.haven.grant.GrantStatus;
import org.haven.notification.Notice.Audience;
import org.haven.request.RequestStatus;
import org.haven.request.Urgency;
import org.haven.shared.security.Roles;

/**
 * Finds what nobody announced because nothing happened: deadlines approaching and passed, IMMEDIATE
 * cases not assessed in time, grants waiting too long for a second approval, follow-ups due. A read
 * model over the cases, grants and follow-ups (as the overview and the exports are). Safe with several
 * replicas twice over: one replica at a time works (advisory lock), and every notice's key is unique
 * in the database, so a round that runs again tells nobody twice.
 */
@ApplicationScoped
class DeadlineWatch {

    /** Key of the advisory lock that lets only one replica run the watch at a time ("HAVENDWA"). */
    private static final long WATCH_LOCK = 0x4841_5645_4e44_5741L;
    /** At most this many notices of one rule per round; the next round takes the rest. */
    private static final int PER_RULE = 500;

    private static final List<String> UNDECIDED = List.of(RequestStatus.RECEIVED.name(),
            RequestStatus.IN_ASSESSMENT.name());

    private final EntityManager em;
    private final Outbox outbox;
    private final NotificationConfig config;
    private final Clock clock;

    DeadlineWatch(EntityManager em, Outbox outbox, NotificationConfig config, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** One round; the number of notices raised (0 if another replica holds the watch). */
    @Transactional
    int run() {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, WATCH_LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        Instant now = clock.instant();
        NotificationConfig.Escalation rules = config.escalation();
        Instant lookback = now.minus(rules.lookback());
        int raised = 0;
        for (Object[] r : rows("""
                select id, reference, team, assigned_officer, decision_deadline from assistance_request
                where status in (?1) and decision_deadline > ?2 and decision_deadline <= ?3
                order by decision_deadline limit ?4""", UNDECIDED, at(now), at(now.plus(rules.deadlineWarning())), PER_RULE)) {
            raised += raise(NotificationKind.DEADLINE_NEAR, key(r[0], r[4]), r, Links.caseLink((UUID) r[0]),
                    Audience.personOrTeam((String) r[3], Roles.PROTECTION_OFFICER));
        }
        for (Object[] r : rows("""
                select id, reference, team, assigned_officer, decision_deadline from assistance_request
                where status in (?1) and decision_deadline <= ?2 and decision_deadline > ?3
                order by decision_deadline limit ?4""", UNDECIDED, at(now), at(lookback), PER_RULE)) {
            raised += raise(NotificationKind.DEADLINE_PASSED, key(r[0], r[4]), r, Links.caseLink((UUID) r[0]),
                    Audience.personOrTeam((String) r[3], Roles.PROTECTION_OFFICER).andTeam(Roles.PROGRAMME_MANAGER));
        }
        for (Object[] r : rows("""
                select id, reference, team, assigned_officer, decision_deadline from assistance_request
                where urgency = ?1 and status in (?2) and assessed_at is null and received_at <= ?3 and received_at > ?4
                order by received_at limit ?5""", Urgency.IMMEDIATE.name(), UNDECIDED,
                at(now.minus(rules.immediateUnassessed())), at(lookback), PER_RULE)) {
            raised += raise(NotificationKind.IMMEDIATE_UNASSESSED, key(r[0], null), r, Links.caseLink((UUID) r[0]),
                    Audience.team(Roles.PROGRAMME_MANAGER));
        }
        for (Object[] r : rows("""
                select g.id, g.reference, g.team, null, null from assistance_grant g
                where g.status = ?1 and g.approvals_required = 2
                  and (select count(*) from grant_approval a where a.grant_id = g.id) = 1
                  and (select max(a.approved_at) from grant_approval a where a.grant_id = g.id) between ?3 and ?2
                order by g.proposed_at limit ?4""", GrantStatus.PROPOSED.name(),
                at(now.minus(rules.secondApprovalWaiting())), at(lookback), PER_RULE)) {
            raised += raise(NotificationKind.SECOND_APPROVAL_OVERDUE, key(r[0], null), r, Links.grant((UUID) r[0]),
                    Audience.team(Roles.PROGRAMME_MANAGER));
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (Object[] r : rows("""
                select f.id, coalesce(r.reference, g.reference), f.team, f.assigned_officer, f.due_on from follow_up f
                left join assistance_request r on r.id = f.request_id
                left join assistance_grant g on g.id = f.grant_id
                where f.status = ?1 and f.due_on between ?2 and ?3
                order by f.due_on limit ?4""", FollowUpStatus.PLANNED.name(), today,
                today.plusDays(rules.followUpDueWithinDays()), PER_RULE)) {
            r[4] = dayOf(r[4]).atStartOfDay(ZoneOffset.UTC).toInstant();
            raised += raise(NotificationKind.FOLLOW_UP_DUE, key(r[0], r[4]), r, Links.followUp((UUID) r[0]),
                    Audience.personOrTeam((String) r[3], Roles.PROTECTION_OFFICER));
        }
        return raised;
    }

    /** Columns: id, reference, team, officer, deadline. */
    private int raise(NotificationKind kind, String key, Object[] row, String link, Audience audience) {
        Instant deadline = OutboxRepository.instant(row[4]);
        return outbox.raise(new Notice(kind, kind.name() + ":" + key, (String) row[1], link, (String) row[2], deadline,
                audience)) ? 1 : 0;
    }

    /** The record, and the deadline it is about (a changed deadline is a new occasion). */
    private static String key(Object id, Object deadline) {
        Instant at = OutboxRepository.instant(deadline);
        return at == null ? id.toString() : id + ":" + at.getEpochSecond();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    private static LocalDate dayOf(Object value) {
        return value instanceof LocalDate day ? day : ((java.sql.Date) value).toLocalDate();
    }

    private static Object at(Instant instant) {
        return OutboxRepository.at(instant);
    }
}
