package org.haven.notification;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.haven.defender.RiskRaisedToCritical;
import org.haven.followup.FollowUpMissed;
import org.haven.grant.GrantAwaitingApproval;
import org.haven.grant.GrantDecided;
import org.haven.grant.GrantStatus;
import org.haven.legal.ForcedReturnRiskFlagged;
import org.haven.notification.Notice.Audience;
import org.haven.request.CaseAssigned;
import org.haven.shared.security.Roles;

/**
 * Turns what the other features announce (synchronously, inside their transactions) into notices:
 * who is told of what. The features do not know this one exists.
 */
@ApplicationScoped
class NoticeObservers {

    private final Outbox outbox;
    private final OutboxRepository lookups;

    NoticeObservers(Outbox outbox, OutboxRepository lookups) {
        this.outbox = outbox;
        this.lookups = lookups;
    }

    void caseAssigned(@Observes CaseAssigned event) {
        outbox.raise(new Notice(NotificationKind.CASE_ASSIGNED, Notice.once(NotificationKind.CASE_ASSIGNED),
                event.reference(), Links.caseLink(event.requestId()), event.team(), null,
                Audience.person(event.officer()).except(Set.of(event.by().subject()))));
    }

    void grantAwaitingApproval(@Observes GrantAwaitingApproval event) {
        outbox.raise(new Notice(NotificationKind.APPROVAL_WAITING,
                "APPROVAL_WAITING:" + event.grantId() + ":" + event.approvalsGiven(), event.reference(),
                Links.grant(event.grantId()), event.team(), null,
                Audience.team(Roles.PROGRAMME_MANAGER).except(event.excluded())));
    }

    void grantDecided(@Observes GrantDecided event) {
        NotificationKind kind = event.outcome() == GrantStatus.APPROVED ? NotificationKind.GRANT_APPROVED
                : NotificationKind.GRANT_REJECTED;
        outbox.raise(new Notice(kind, kind.name() + ":" + event.grantId(), event.reference(),
                Links.grant(event.grantId()), event.team(), null,
                Audience.person(event.proposer()).except(Set.of(event.by().subject()))));
    }

    void followUpMissed(@Observes FollowUpMissed event) {
        outbox.raise(new Notice(NotificationKind.FOLLOW_UP_MISSED, "FOLLOW_UP_MISSED:" + event.followUpId(),
                event.requestId() != null ? lookups.caseReference(event.requestId())
                        : lookups.grantReference(event.grantId()), Links.followUp(event.followUpId()), event.team(), null,
                Audience.personOrTeam(event.officer(), Roles.PROTECTION_OFFICER).andTeam(Roles.PROGRAMME_MANAGER)));
    }

    /** Once per flag (the legal feature decides that in PostgreSQL); the deadline is the day it falls due. */
    void forcedReturnRisk(@Observes ForcedReturnRiskFlagged event) {
        outbox.raise(new Notice(NotificationKind.FORCED_RETURN_RISK, Notice.once(NotificationKind.FORCED_RETURN_RISK),
                event.defenderReference(), Links.forcedReturn(event.defenderId()), event.team(),
                event.deadline() == null ? null : event.deadline().atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                Audience.team(Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER)));
    }

    void riskRaisedToCritical(@Observes RiskRaisedToCritical event) {
        outbox.raise(new Notice(NotificationKind.RISK_CRITICAL, Notice.once(NotificationKind.RISK_CRITICAL),
                event.reference(), Links.defender(event.defenderId()), event.team(), null,
                Audience.team(Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER).except(Set.of(event.by().subject()))));
    }
}
