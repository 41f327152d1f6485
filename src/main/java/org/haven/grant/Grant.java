package org.haven.grant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.haven.shared.error.FieldViolation;
import org.haven.shared.error.Refusal;
import org.haven.shared.money.Money;
import org.haven.shared.security.Actor;

/**
 * A grant proposed for a request against a fund. The four-eyes rules live here: the proposer never
 * decides, above the threshold two different managers approve, due diligence comes before the final
 * approval, and money never exceeds the approved amount.
 */
@Entity
@Table(name = "assistance_grant")
public class Grant {

    /** What an approval achieved: the first of two, or the final one. */
    enum ApprovalOutcome {
        FIRST_OF_TWO, FINAL
    }

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "request_id", nullable = false, updatable = false)
    private UUID requestId;

    @Column(name = "defender_id", nullable = false, updatable = false)
    private UUID defenderId;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private UUID fundId;

    /** The case's team (need-to-know). */
    @Column(nullable = false, updatable = false)
    private String team;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(nullable = false)
    private String purpose;

    @ElementCollection
    @CollectionTable(name = "grant_planned_tranche", joinColumns = @JoinColumn(name = "grant_id"))
    @OrderColumn(name = "position")
    private List<PlannedTranche> plannedTranches = new ArrayList<>();

    @Column(name = "tranche_gated", nullable = false)
    private boolean trancheGated;

    @Column(name = "approvals_required", nullable = false)
    private int approvalsRequired;

    @ElementCollection
    @CollectionTable(name = "grant_approval", joinColumns = @JoinColumn(name = "grant_id"))
    @OrderColumn(name = "position")
    private List<Approval> approvals = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GrantStatus status;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "sanctions_screened")
    private Boolean sanctionsScreened;

    @Column(name = "funded_elsewhere")
    private Boolean fundedElsewhere;

    @Column(name = "due_diligence_note")
    private String dueDiligenceNote;

    @Column(name = "due_diligence_by")
    private String dueDiligenceBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "disbursed_amount", nullable = false)
    private BigDecimal disbursed;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Grant() {
        // for JPA
    }

    static Grant propose(String reference, UUID requestId, UUID defenderId, String team, UUID fundId, Money amount,
            String purpose, List<PlannedTranche> tranches, boolean trancheGated, int approvalsRequired, Actor actor,
            Instant now) {
        Grant grant = new Grant();
        grant.id = UUID.randomUUID();
        grant.team = team;
        grant.reference = reference;
        grant.requestId = requestId;
        grant.defenderId = defenderId;
        grant.fundId = fundId;
        Money normalised = amount.normalised();
        grant.amount = normalised.amount();
        grant.currency = normalised.currency();
        grant.purpose = purpose.trim();
        grant.plannedTranches = new ArrayList<>(tranches);
        grant.trancheGated = trancheGated;
        grant.approvalsRequired = approvalsRequired;
        grant.status = GrantStatus.PROPOSED;
        grant.proposedBy = actor.subject();
        grant.proposedAt = now;
        grant.disbursed = Money.zero(grant.currency).amount();
        grant.updatedAt = now;
        return grant;
    }

    /** The four-eyes rule: nobody decides on their own proposal. */
    boolean proposedBy(Actor actor) {
        return proposedBy.equals(actor.subject());
    }

    /** Whether this manager already gave one of the approvals. */
    boolean approvedBy(Actor actor) {
        return approvals.stream().anyMatch(a -> a.approver.equals(actor.subject()));
    }

    void requireProposed() {
        requireStatus(GrantStatus.PROPOSED, "decided on");
    }

    void recordDueDiligence(DueDiligence dd, Actor actor) {
        sanctionsScreened = dd.sanctionsScreened();
        fundedElsewhere = dd.fundedElsewhere();
        dueDiligenceNote = dd.note();
        dueDiligenceBy = actor.subject();
    }

    /** Whether the next approval would be the final one. */
    boolean nextApprovalIsFinal() {
        return approvals.size() + 1 >= approvalsRequired;
    }

    ApprovalOutcome approve(Actor actor, String comment, Instant now) {
        requireProposed();
        if (approvedBy(actor)) {
            throw Refusal.forbidden("second-approver-must-differ",
                    "You already approved this grant; the second approval must come from another programme manager.");
        }
        boolean last = nextApprovalIsFinal();
        if (last) {
            requireDueDiligence();
        }
        approvals.add(new Approval(actor.subject(), actor.displayName(), now, comment));
        updatedAt = now;
        if (!last) {
            return ApprovalOutcome.FIRST_OF_TWO;
        }
        status = GrantStatus.APPROVED;
        approvedAt = now;
        decidedAt = now;
        decisionReason = comment;
        return ApprovalOutcome.FINAL;
    }

    private void requireDueDiligence() {
        if (sanctionsScreened == null || fundedElsewhere == null) {
            throw Refusal.rule("due-diligence-required", "dueDiligence",
                    "record the due-diligence result (sanctions screening, funded elsewhere) before the final approval");
        }
        if (!sanctionsScreened) {
            throw Refusal.rule("sanctions-screening-required", "dueDiligence.sanctionsScreened",
                    "sanctions screening must be done before the final approval");
        }
        if (fundedElsewhere) {
            throw Refusal.rule("funded-elsewhere", "dueDiligence.fundedElsewhere",
                    "the same purpose is funded elsewhere; a grant would fund it twice");
        }
    }

    void reject(String reason, Instant now) {
        requireStatus(GrantStatus.PROPOSED, "decided on");
        status = GrantStatus.REJECTED;
        decidedAt = now;
        decisionReason = reason;
        updatedAt = now;
    }

    void withdraw(String reason, Instant now) {
        requireStatus(GrantStatus.PROPOSED, "withdrawn");
        status = GrantStatus.WITHDRAWN;
        decisionReason = reason;
        updatedAt = now;
    }

    void cancel(String reason, Instant now) {
        requireStatus(GrantStatus.APPROVED, "cancelled");
        if (disbursed.signum() != 0) {
            throw Refusal.conflict("grant-partly-disbursed",
                    "Money was already paid out of this grant (" + disbursed() + "); it can no longer be cancelled.");
        }
        status = GrantStatus.CANCELLED;
        decisionReason = reason;
        updatedAt = now;
    }

    /** Records a payment; the total never exceeds the approved amount. */
    void disburse(Money payment, Instant now) {
        requireStatus(GrantStatus.APPROVED, "paid out");
        if (!payment.currency().equals(currency)) {
            throw Refusal.rule("currency-mismatch", "amount.currency",
                    "the grant is in " + currency + "; no conversion between currencies");
        }
        Money after = disbursed().plus(payment);
        if (after.greaterThan(amount())) {
            throw Refusal.rule("exceeds-approved-amount", "amount",
                    "exceeds the amount left on this grant (" + remaining() + ") by " + after.minus(amount()));
        }
        disbursed = after.amount();
        updatedAt = now;
    }

    void close(Instant now) {
        requireStatus(GrantStatus.APPROVED, "closed");
        if (remaining().amount().signum() != 0) {
            throw Refusal.conflict("grant-not-fully-disbursed",
                    "A grant closes when fully disbursed; " + remaining() + " is still to be paid.");
        }
        status = GrantStatus.CLOSED;
        updatedAt = now;
    }

    private void requireStatus(GrantStatus required, String verb) {
        if (status != required) {
            throw new Refusal(Refusal.Kind.CONFLICT, "grant-" + status.name().toLowerCase(java.util.Locale.ROOT),
                    "The grant is " + status + "; only a " + required
                            + " grant can be " + verb + ".",
                    List.of(new FieldViolation("status", "is " + status)));
        }
    }

    /** Erasure of the defender: the free texts that could name them are blanked. */
    void eraseIdentifyingText(Instant now) {
        purpose = "(erased)";
        decisionReason = decisionReason == null ? null : "(erased)";
        dueDiligenceNote = null;
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String reference() {
        return reference;
    }

    public UUID requestId() {
        return requestId;
    }

    public UUID defenderId() {
        return defenderId;
    }

    public UUID fundId() {
        return fundId;
    }

    public String team() {
        return team;
    }

    public GrantStatus status() {
        return status;
    }

    public Money amount() {
        return new Money(amount, currency).normalised();
    }

    Money disbursed() {
        return new Money(disbursed, currency).normalised();
    }

    Money remaining() {
        return amount().minus(disbursed());
    }

    String purpose() {
        return purpose;
    }

    List<PlannedTranche> plannedTranches() {
        return plannedTranches;
    }

    public boolean trancheGated() {
        return trancheGated;
    }

    int approvalsRequired() {
        return approvalsRequired;
    }

    List<Approval> approvals() {
        return approvals;
    }

    String proposedBy() {
        return proposedBy;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    Boolean sanctionsScreened() {
        return sanctionsScreened;
    }

    Boolean fundedElsewhere() {
        return fundedElsewhere;
    }

    String dueDiligenceNote() {
        return dueDiligenceNote;
    }

    String dueDiligenceBy() {
        return dueDiligenceBy;
    }

    Instant approvedAt() {
        return approvedAt;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String decisionReason() {
        return decisionReason;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
