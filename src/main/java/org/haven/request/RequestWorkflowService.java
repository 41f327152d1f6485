package org.haven.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.audit.Changes;
import org.haven.request.AssistanceRequest.Reassignment;
import org.haven.request.AssistanceRequest.StatusChange;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.Actor;
import org.haven.shared.security.CurrentActor;

/**
 * Moving a request through its workflow: transitions, assessment, assignment. Each use case finds
 * the request, lets {@link AssistanceRequest} apply its rules, and audits the outcome in the same
 * transaction. Other features come in through {@link Requests}.
 */
@ApplicationScoped
public class RequestWorkflowService {

    private final RequestRepository requests;
    private final RequestCrypto crypto;
    private final Instance<Requests.ClosingGuard> closingGuards;
    private final Event<CaseAssigned> assignments;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    RequestWorkflowService(RequestRepository requests, RequestCrypto crypto, @Any Instance<Requests.ClosingGuard> closingGuards,
            Event<CaseAssigned> assignments, CurrentActor currentActor, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.crypto = crypto;
        this.closingGuards = closingGuards;
        this.assignments = assignments;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public RequestView transition(UUID id, long expectedVersion, Transition transition) {
        AssistanceRequest request = requests.forChange(id, currentActor.scope(), expectedVersion);
        Actor actor = currentActor.get();
        Instant now = clock.instant();
        StatusChange change = request.transitionTo(transition.target(), transition.reason(), closingObjections(id),
                actor, now);
        recordStatusChange(request, change, actor);
        return RequestView.of(request, now);
    }

    @Transactional
    public RequestView assess(UUID id, long expectedVersion, RecordAssessment assessment) {
        AssistanceRequest request = requests.forChange(id, currentActor.scope(), expectedVersion);
        Actor actor = currentActor.get();
        Assessment before = request.assessment();
        UUID defender = request.defenderId();
        Instant now = clock.instant();
        request.recordAssessment(assessment.toAssessment((field, text) -> crypto.seal(defender, field, text)), actor,
                now);
        Assessment after = request.assessment();
        audit.record(AuditEvent.of(actor, AuditAction.REQUEST_ASSESSED, RequestService.ENTITY, id).inCase(id)
                .with(Changes.none()
                        .field("identity", before.identity, after.identity)
                        .field("situation", before.situation, after.situation)
                        .field("need", before.need, after.need)
                        .field("hostCountry", before.hostCountry, after.hostCountry)
                        .field("plannedDurationMonths", before.plannedDurationMonths, after.plannedDurationMonths)
                        .field("familyMembersIncluded", before.familyMembersIncluded, after.familyMembersIncluded)
                        .field("complete", null, request.assessmentComplete())
                        .sensitive("identityNote", crypto.open(defender, "request.identityNote", before.identityNote),
                                assessment.identity().note())
                        .sensitive("situationNote", crypto.open(defender, "request.situationNote",
                                before.situationNote), assessment.situation().note())
                        .sensitive("needNote", crypto.open(defender, "request.needNote", before.needNote),
                                assessment.need().note())
                        .sensitive("riskAssessment", crypto.open(defender, "request.riskAssessment",
                                before.riskAssessment), assessment.riskAssessment())
                        .sensitive("hostOrganisation", crypto.open(defender, "request.hostOrganisation",
                                before.hostOrganisation), assessment.relocation() == null ? null
                                        : assessment.relocation().hostOrganisation())));
        return RequestView.of(request, now);
    }

    /** Who may assign whom is the request's rule ({@link AssistanceRequest#assignTo}). */
    @Transactional
    public RequestView assign(UUID id, long expectedVersion, String officer) {
        AssistanceRequest request = requests.forChange(id, currentActor.scope(), expectedVersion);
        Actor actor = currentActor.get();
        Instant now = clock.instant();
        Reassignment change = request.assignTo(officer, actor, now);
        if (change.after() != null && !change.after().equals(change.before())) {
            assignments.fire(new CaseAssigned(id, request.reference(), request.team(), change.after(), actor));
        }
        audit.record(AuditEvent.of(actor, AuditAction.REQUEST_ASSIGNED, RequestService.ENTITY, id).inCase(id)
                .with(Changes.none().field("assignedOfficer", change.before(), change.after())));
        return RequestView.of(request, now);
    }

    /** For {@link Requests#supportedByGrant}, in the approving transaction. */
    RequestRef supportedByGrant(UUID id, String grantReference, Actor actor) {
        AssistanceRequest request = requests.visible(id, currentActor.scope());
        request.supportBy(grantReference, actor, clock.instant())
                .ifPresent(change -> recordStatusChange(request, change, actor));
        return RequestRef.of(request);
    }

    /** What other features hold against closing; the request weighs it when the move is to CLOSED. */
    private List<Refusal> closingObjections(UUID id) {
        return closingGuards.stream().map(guard -> guard.objectionToClosing(id)).flatMap(Optional::stream).toList();
    }

    private void recordStatusChange(AssistanceRequest request, StatusChange change, Actor actor) {
        audit.record(AuditEvent.of(actor, AuditAction.REQUEST_STATUS_CHANGED, RequestService.ENTITY, request.id())
                .inCase(request.id()).because(change.reason())
                .with(Changes.none().field("status", change.before(), change.after())));
    }
}
