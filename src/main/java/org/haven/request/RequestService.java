package org.haven.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditEntryView;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.audit.Changes;
import org.haven.defender.DefenderService;
import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.privacy.SensitiveFields;
import org.haven.shared.security.Actor;
import org.haven.shared.security.CurrentActor;

import io.quarkus.panache.common.Sort;

/**
 * Opening, reading and correcting requests. The workflow lives in {@link RequestWorkflowService}, the
 * rules in {@link AssistanceRequest}; other features use {@link Requests}.
 */
@ApplicationScoped
public class RequestService {

    static final String ENTITY = "request";
    /**
     * Recorded in the (unerasable) audit log as "changed" only: the sensitive fields, plus the free
     * texts that could name someone despite the rules (summary, referring partner).
     */
    static final Set<String> SENSITIVE = SensitiveFields.of(AssistanceRequest.class,
            Set.of("summary", "referringPartner"));

    private final RequestRepository requests;
    private final RequestCrypto crypto;
    private final DefenderService defenders;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final RequestConfig config;
    private final Clock clock;

    RequestService(RequestRepository requests, RequestCrypto crypto, DefenderService defenders,
            CurrentActor currentActor, AuditLog audit, RequestConfig config, Clock clock) {
        this.requests = requests;
        this.crypto = crypto;
        this.defenders = defenders;
        this.currentActor = currentActor;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public RequestView open(OpenRequest command) {
        Actor actor = currentActor.get();
        var defender = defenders.requireActive(command.defenderId(), "defenderId");
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        AssistanceRequest request = AssistanceRequest.open(id, requests.nextReference(now), command.defenderId(),
                defender.team(), command.details(), crypto.seal(command.defenderId(), "request.narrative",
                        command.narrative()), config::deadlineFor, actor, now);
        requests.persist(request);
        audit.record(AuditEvent.of(actor, AuditAction.REQUEST_CREATED, ENTITY, request.id()).inCase(request.id())
                .with(Changes.none()
                        .field("reference", null, request.reference())
                        .field("defenderId", null, request.defenderId())
                        .field("team", null, request.team())
                        .field("status", null, request.status())
                        .field("decisionDeadline", null, request.decisionDeadline())
                        .and(Changes.diff(RequestDetails.class, null, request.details(), SENSITIVE))
                        .sensitive("narrative", null, command.narrative())));
        requests.flush();
        return RequestView.of(request, now);
    }

    @Transactional
    public RequestView get(UUID id) {
        return RequestView.of(find(id), clock.instant());
    }

    public record VersionedSensitive(RequestSensitiveView view, long version) {
    }

    /** Every read of the sensitive parts is recorded: who saw which case's narrative and notes, and why. */
    @Transactional
    public VersionedSensitive sensitive(UUID id, String reason) {
        AssistanceRequest request = find(id);
        audit.record(AuditEvent.of(currentActor.get(), AuditAction.REQUEST_SENSITIVE_VIEWED, ENTITY, id).inCase(id)
                .because(reason));
        return new VersionedSensitive(RequestSensitiveView.of(request, crypto), request.version());
    }

    @Transactional
    Page<RequestSummary> list(RequestFilter filter, Sort sort, PageRequest page) {
        Instant now = clock.instant();
        return requests.search(filter, currentActor.scope(), sort, page, now).map(r -> RequestSummary.of(r, now));
    }

    @Transactional
    RequestView changeDetails(UUID id, long expectedVersion, RequestDetails details) {
        AssistanceRequest request = findForChange(id, expectedVersion);
        Actor actor = currentActor.get();
        RequestDetails before = request.details();
        Instant deadlineBefore = request.decisionDeadline();
        Instant now = clock.instant();
        request.changeDetails(details, config::deadlineFor, actor, now);
        audit.record(AuditEvent.of(actor, AuditAction.REQUEST_DETAILS_CHANGED, ENTITY, id).inCase(id)
                .with(Changes.diff(RequestDetails.class, before, request.details(), SENSITIVE)
                        .field("decisionDeadline", deadlineBefore, request.decisionDeadline())));
        return RequestView.of(request, now);
    }

    @Transactional
    RequestView changeNarrative(UUID id, long expectedVersion, String narrative) {
        AssistanceRequest request = findForChange(id, expectedVersion);
        Actor actor = currentActor.get();
        String before = crypto.open(request.defenderId(), "request.narrative", request.narrative());
        Instant now = clock.instant();
        request.changeNarrative(crypto.seal(request.defenderId(), "request.narrative", narrative), actor, now);
        audit.record(AuditEvent.of(actor, AuditAction.REQUEST_NARRATIVE_CHANGED, ENTITY, id).inCase(id)
                .with(Changes.none().sensitive("narrative", before, narrative)));
        return RequestView.of(request, now);
    }

    @Transactional
    public List<AuditEntryView> history(UUID id) {
        find(id);
        return audit.caseHistory(id);
    }

    AssistanceRequest findOptional(UUID id) {
        return requests.findVisible(id, currentActor.scope());
    }

    AssistanceRequest find(UUID id) {
        return requests.visible(id, currentActor.scope());
    }

    AssistanceRequest findForChange(UUID id, long expectedVersion) {
        return requests.forChange(id, currentActor.scope(), expectedVersion);
    }
}
