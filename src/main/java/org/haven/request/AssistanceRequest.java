package org.haven.request;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.haven.shared.error.FieldViolation;
import org.haven.shared.error.Refusal;
import org.haven.shared.money.Money;
import org.haven.shared.privacy.Sensitive;
import org.haven.shared.security.Actor;
import org.haven.shared.security.Roles;
import org.hibernate.annotations.BatchSize;

/**
 * An emergency-assistance request: the case. The request's rules live here and in
 * {@link RequestStatus} alone: which moves are allowed and which need a reason, what may change in
 * which status, the assessment and relocation plan, who may take or assign it, when it is overdue,
 * and that it becomes SUPPORTED only through a grant. Services find the request, call one of these
 * methods and record its outcome; they hold no rule of their own. No method here reads the database:
 * what other features know (objections to closing) is handed in.
 */
@Entity
@Table(name = "assistance_request")
class AssistanceRequest {

    /** A status change, for the audit log: from, to, and the reason stored with it. */
    record StatusChange(RequestStatus before, RequestStatus after, String reason) {
    }

    /** A change of the assigned officer, for the audit log. */
    record Reassignment(String before, String after) {
    }

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "defender_id", nullable = false, updatable = false)
    private UUID defenderId;

    /** The team that handles the case: the defender's team (need-to-know). */
    @Column(nullable = false, updatable = false)
    private String team;

    @ElementCollection
    @CollectionTable(name = "assistance_request_type", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "assistance_type", nullable = false)
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    private Set<AssistanceType> assistanceTypes = EnumSet.noneOf(AssistanceType.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Urgency urgency;

    @Column(name = "decision_deadline", nullable = false)
    private Instant decisionDeadline;

    @Column(nullable = false)
    private String summary;

    @Sensitive
    private byte[] narrative;

    @Column(name = "requested_amount")
    private BigDecimal requestedAmount;

    @Column(name = "requested_currency")
    private String requestedCurrency;

    @Enumerated(EnumType.STRING)
    @Column(name = "intake_channel", nullable = false)
    private IntakeChannel intakeChannel;

    @Column(name = "referring_partner")
    private String referringPartner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "assigned_officer")
    private String assignedOfficer;

    @Embedded
    private Assessment assessment = new Assessment();

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected AssistanceRequest() {
        // for JPA
    }

    /**
     * A request received now: RECEIVED, filed under its defender's team, with a decision deadline
     * counted from receipt by its urgency ({@code timeToDecide}).
     */
    static AssistanceRequest open(UUID id, String reference, UUID defenderId, String team, RequestDetails details,
            byte[] narrative, Function<Urgency, Duration> timeToDecide, Actor actor, Instant now) {
        AssistanceRequest request = new AssistanceRequest();
        request.id = id;
        request.reference = reference;
        request.defenderId = defenderId;
        request.team = team;
        request.status = RequestStatus.RECEIVED;
        request.receivedAt = now;
        request.createdBy = actor.subject();
        request.apply(details, timeToDecide);
        request.narrative = narrative;
        request.touch(actor, now);
        return request;
    }

    /** EA-2026-00042: the year of receipt (UTC) and a number from the reference sequence. */
    static String reference(Instant receivedAt, long number) {
        return "EA-%d-%05d".formatted(receivedAt.atZone(ZoneOffset.UTC).getYear(), number);
    }

    /** Corrects the intake details while undecided; the deadline is recounted from receipt. */
    void changeDetails(RequestDetails details, Function<Urgency, Duration> timeToDecide, Actor actor, Instant now) {
        if (!status.undecided()) {
            throw Refusal.conflict("request-decided",
                    "The request is " + status + "; its intake details can no longer change.");
        }
        apply(details, timeToDecide);
        touch(actor, now);
    }

    void changeNarrative(byte[] newNarrative, Actor actor, Instant now) {
        requireNotFinal();
        narrative = newNarrative;
        touch(actor, now);
    }

    /**
     * A transition a person asks for. SUPPORTED is refused: it comes only with an approved grant.
     * CLOSED is refused while another feature objects ({@code closingObjections}, e.g. follow-ups
     * still planned); the objection is weighed first, then the move's legality, then its reason.
     */
    StatusChange transitionTo(RequestStatus target, String reason, List<Refusal> closingObjections, Actor actor,
            Instant now) {
        if (target == RequestStatus.CLOSED && !closingObjections.isEmpty()) {
            throw closingObjections.get(0);
        }
        if (!status.manualSuccessors().contains(target)) {
            Set<RequestStatus> allowed = status.manualSuccessors();
            String list = allowed.isEmpty() ? "none (final state)"
                    : allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
            String detail = target == RequestStatus.SUPPORTED && status == RequestStatus.IN_ASSESSMENT
                    ? "A request becomes SUPPORTED only when a grant for it is approved."
                    : "A request cannot go from " + status + " to " + target + ".";
            throw Refusal.conflict("illegal-transition", detail + " Allowed from " + status + ": " + list + ".",
                    List.of(new FieldViolation("target", "allowed from " + status + ": " + list)));
        }
        return move(target, reason, actor, now);
    }

    /**
     * A grant for this request was finally approved: the request becomes SUPPORTED, if it is IN_ASSESSMENT
     * with a complete assessment. Further grants leave a SUPPORTED request as it is (no change).
     */
    Optional<StatusChange> supportBy(String grantReference, Actor actor, Instant now) {
        if (status == RequestStatus.SUPPORTED) {
            return Optional.empty();
        }
        if (!status.successors().contains(RequestStatus.SUPPORTED)) {
            throw Refusal.conflict("request-not-in-assessment",
                    "The request is " + status + "; only a request IN_ASSESSMENT can be supported.");
        }
        requireCompleteAssessment();
        return Optional.of(move(RequestStatus.SUPPORTED, "Grant " + grantReference + " approved", actor, now));
    }

    /** Grants are proposed only for a request IN_ASSESSMENT. */
    void requireOpenToGrantProposals() {
        if (status != RequestStatus.IN_ASSESSMENT) {
            throw Refusal.conflict("request-not-in-assessment",
                    "Grants are proposed for requests IN_ASSESSMENT; this one is " + status + ".");
        }
    }

    /** Follow-ups are planned only for a request that is not final. */
    void requireOpenToFollowUps() {
        if (status.isFinal()) {
            throw Refusal.conflict("request-final",
                    "The request is " + status + "; no follow-ups can be planned for it.");
        }
    }

    private StatusChange move(RequestStatus target, String reason, Actor actor, Instant now) {
        String trimmed = reason == null || reason.isBlank() ? null : reason.trim();
        if (target.needsReason() && trimmed == null) {
            throw Refusal.rule("reason-required", "reason",
                    "a reason is required to move a request to " + target);
        }
        RequestStatus before = status;
        status = target;
        statusReason = trimmed;
        if (!target.undecided() && decidedAt == null) {
            decidedAt = now;
        }
        if (target == RequestStatus.CLOSED) {
            closedAt = now;
        }
        touch(actor, now);
        return new StatusChange(before, target, trimmed);
    }

    void recordAssessment(Assessment recorded, Actor actor, Instant now) {
        if (!status.acceptsAssessment()) {
            throw Refusal.conflict("request-not-in-assessment",
                    "An assessment can be recorded only while the request is IN_ASSESSMENT; it is " + status + ".");
        }
        if (assistanceTypes.contains(AssistanceType.TEMPORARY_RELOCATION) && !recorded.hasRelocationPlan()) {
            throw Refusal.rule("relocation-plan-required", "relocation",
                    "a relocation request needs host country, planned duration and family members included");
        }
        recorded.assessedAt = now;
        recorded.assessedBy = actor.subject();
        assessment = recorded;
        touch(actor, now);
    }

    /**
     * A programme manager assigns any officer, and reassigns. Anyone else may only take the request
     * for themselves, and only while it is unassigned or already theirs. Final requests keep their
     * assignee. The officer is stored trimmed.
     */
    Reassignment assignTo(String officer, Actor actor, Instant now) {
        String target = officer.trim();
        if (!actor.hasRole(Roles.PROGRAMME_MANAGER)) {
            if (!target.equals(actor.subject())) {
                throw Refusal.forbidden("assign-others-forbidden",
                        "Officers may assign requests only to themselves; a programme manager assigns others.");
            }
            if (assignedOfficer != null && !assignedOfficer.equals(actor.subject())) {
                throw Refusal.conflict("already-assigned",
                        "The request is assigned to another officer; ask a programme manager to reassign it.");
            }
        }
        requireNotFinal();
        String before = assignedOfficer;
        assignedOfficer = target;
        touch(actor, now);
        return new Reassignment(before, target);
    }

    /** Still waiting for a decision after its deadline. */
    boolean overdue(Instant now) {
        return status.undecided() && decisionDeadline.isBefore(now);
    }

    private void requireNotFinal() {
        if (status.isFinal()) {
            throw Refusal.conflict("request-final", "The request is " + status + " and can no longer change.");
        }
    }

    boolean assessmentComplete() {
        return assessment != null && assessment.recorded() && assessment.identity != null
                && assessment.situation != null && assessment.need != null && assessment.riskAssessment != null
                && (!assistanceTypes.contains(AssistanceType.TEMPORARY_RELOCATION) || assessment.hasRelocationPlan());
    }

    private void requireCompleteAssessment() {
        if (!assessmentComplete()) {
            throw Refusal.conflict("assessment-incomplete",
                    "The request needs a completed assessment (identity, situation, need, risk) before it is supported.");
        }
    }

    private void apply(RequestDetails details, Function<Urgency, Duration> timeToDecide) {
        assistanceTypes.clear();
        assistanceTypes.addAll(details.assistanceTypes());
        urgency = details.urgency();
        decisionDeadline = receivedAt.plus(timeToDecide.apply(urgency));
        summary = details.summary().trim();
        Money amount = details.requestedAmount() == null ? null : details.requestedAmount().normalised();
        requestedAmount = amount == null ? null : amount.amount();
        requestedCurrency = amount == null ? null : amount.currency();
        intakeChannel = details.intakeChannel();
        referringPartner = details.referringPartner();
    }

    private void touch(Actor actor, Instant now) {
        updatedAt = now;
        updatedBy = actor.subject();
    }

    RequestDetails details() {
        return new RequestDetails(EnumSet.copyOf(assistanceTypes), urgency, summary, requestedAmount(), intakeChannel,
                referringPartner);
    }

    Money requestedAmount() {
        return requestedAmount == null ? null : new Money(requestedAmount, requestedCurrency).normalised();
    }

    UUID id() {
        return id;
    }

    long version() {
        return version;
    }

    String reference() {
        return reference;
    }

    UUID defenderId() {
        return defenderId;
    }

    RequestStatus status() {
        return status;
    }

    String team() {
        return team;
    }

    Set<AssistanceType> assistanceTypes() {
        return assistanceTypes;
    }

    Urgency urgency() {
        return urgency;
    }

    Instant decisionDeadline() {
        return decisionDeadline;
    }

    String summary() {
        return summary;
    }

    byte[] narrative() {
        return narrative;
    }

    /** Erasure of the defender: sealed values are unreadable already; blank them and the free texts. */
    void eraseIdentifyingText(Instant now) {
        narrative = null;
        summary = "(erased)";
        referringPartner = null;
        statusReason = statusReason == null ? null : "(erased)";
        if (assessment != null) {
            assessment.identityNote = null;
            assessment.situationNote = null;
            assessment.needNote = null;
            assessment.riskAssessment = null;
            assessment.hostOrganisation = null;
        }
        updatedAt = now;
    }

    IntakeChannel intakeChannel() {
        return intakeChannel;
    }

    String referringPartner() {
        return referringPartner;
    }

    String statusReason() {
        return statusReason;
    }

    String assignedOfficer() {
        return assignedOfficer;
    }

    Assessment assessment() {
        return assessment == null ? new Assessment() : assessment;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    String createdBy() {
        return createdBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    Instant closedAt() {
        return closedAt;
    }
}
