package org.haven.grant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.haven.fund.FundRef;
import org.haven.shared.error.FieldViolation;
import org.haven.shared.error.Refusal;
import org.haven.shared.money.Money;
import org.haven.shared.security.Actor;

/**
 * A grant proposed against a fund for a defender's case, an organisation or an activity's cost. The four-eyes rules live here, and only here
 * ({@link #decide}): the proposer never decides, above the threshold two different managers approve,
 * each with a comment, and due diligence comes before the final approval. So do the lifecycle and
 * the payment rules: money never exceeds the approved amount.
 */
@Entity
@Table(name = "assistance_grant")
public class Grant {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Embedded
    private Beneficiary beneficiary;

    /** Who is paid when it is not the beneficiary (a host organisation for a relocation); else null. */
    @Column(name = "payee_organisation_id", updatable = false)
    private UUID payeeOrganisationId;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private UUID fundId;

    /** The team of the case, organisation or activity (need-to-know). */
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

    /**
     * Whom a grant is for, as the grant keeps it, and who is paid: the team of the case, organisation or
     * activity decides who may see the grant. A payee is never the beneficiary itself.
     */
    record For(Beneficiary beneficiary, String team, UUID payeeOrganisationId) {

        For {
            if (payeeOrganisationId != null && payeeOrganisationId.equals(beneficiary.organisationId)) {
                throw Refusal.rule("payee-is-beneficiary", "payeeOrganisationId",
                        "name a payee only when someone other than the beneficiary is paid");
            }
        }
    }

    /**
     * A proposal for a beneficiary against a fund: in the fund's currency (there is no conversion), within
     * the per-grant cap, its planned tranches in that currency and adding up exactly to the amount.
     * The rules fix how many approvals it needs. It takes its reference only once it is valid, so a
     * refused proposal uses no number.
     */
    static Grant propose(For whom, FundRef fund, ProposeGrant proposal, GrantRules rules,
            Supplier<String> nextReference, Actor actor, Instant now) {
        Money amount = proposal.amount();
        if (!amount.currency().equals(fund.currency())) {
            throw Refusal.rule("currency-mismatch", "amount.currency",
                    "the fund is in " + fund.currency() + "; a grant is in its fund's currency (no conversion)");
        }
        rules.requireWithinGrantCap(amount);
        List<PlannedTranche> tranches = PlannedTranche.plan(proposal.plannedTranches(), amount);
        Grant grant = new Grant();
        grant.id = UUID.randomUUID();
        grant.reference = nextReference.get();
        grant.beneficiary = whom.beneficiary();
        grant.payeeOrganisationId = whom.payeeOrganisationId();
        grant.team = whom.team();
        grant.fundId = fund.id();
        Money normalised = amount.normalised();
        grant.amount = normalised.amount();
        grant.currency = normalised.currency();
        grant.purpose = proposal.purpose().trim();
        grant.plannedTranches = tranches;
        grant.trancheGated = Boolean.TRUE.equals(proposal.trancheGated());
        grant.approvalsRequired = rules.approvalsRequired(amount);
        grant.status = GrantStatus.PROPOSED;
        grant.proposedBy = actor.subject();
        grant.proposedAt = now;
        grant.disbursed = Money.zero(grant.currency).amount();
        grant.updatedAt = now;
        return grant;
    }

    /** What a decision achieved. */
    enum Outcome {
        /** The grant is REJECTED. */
        REJECTED,
        /** The first of two approvals: recorded; the grant stays PROPOSED and nothing is committed. */
        APPROVAL_RECORDED,
        /** The final approval: the grant is APPROVED; its fund must commit the amount, its case becomes SUPPORTED. */
        APPROVED
    }

    /**
     * The checks a final approval must pass beyond the grant itself: the caps, which depend on the
     * beneficiary's other grants (the caller sums them under the per-beneficiary lock), and the vetting
     * of the organisations paid or supported. The grant asks only at its final approval.
     */
    @FunctionalInterface
    interface Caps {
        /** Throws a {@link Refusal} if approving this grant would break a cap or pay an unvetted organisation. */
        void requireWithin(Grant grant);
    }

    /**
     * A programme manager's decision, with four eyes. The rules, in the order they are checked:
     * <ol>
     * <li>never the proposer ({@link FourEyesViolation}, for approvals and rejections alike);</li>
     * <li>a rejection needs a comment, and a PROPOSED grant;</li>
     * <li>an approval needs a PROPOSED grant and, for the second of two, another manager than the
     * first ({@link FourEyesViolation}); a grant that needs two approvals needs a comment on each;</li>
     * <li>the final approval stays within the {@link Caps} and needs due diligence, given now or with
     * an earlier approval: sanctions screening done, the purpose not funded elsewhere.</li>
     * </ol>
     * A due-diligence result given with an approval is recorded with it (it is ignored on a rejection).
     * Nothing changes when a rule refuses.
     */
    Outcome decide(Actor actor, Decision decision, String comment, DueDiligence dueDiligence, Caps caps,
            Instant now) {
        if (isProposer(actor.subject())) {
            throw FourEyesViolation.ownProposal(decision);
        }
        String reason = comment == null || comment.isBlank() ? null : comment.trim();
        return decision == Decision.REJECT ? reject(reason, now) : approve(actor, reason, dueDiligence, caps, now);
    }

    private Outcome reject(String comment, Instant now) {
        if (comment == null) {
            throw Refusal.rule("comment-required", "comment", "a rejection needs a comment");
        }
        requireStatus(GrantStatus.PROPOSED, "decided on");
        status = GrantStatus.REJECTED;
        decidedAt = now;
        decisionReason = comment;
        updatedAt = now;
        return Outcome.REJECTED;
    }

    private Outcome approve(Actor actor, String comment, DueDiligence given, Caps caps, Instant now) {
        requireStatus(GrantStatus.PROPOSED, "decided on");
        if (hasApproved(actor.subject())) {
            throw FourEyesViolation.sameApproverTwice();
        }
        if (approvalsRequired > 1 && comment == null) {
            throw Refusal.rule("comment-required", "comment",
                    "an approval of a grant above the two-manager threshold needs a comment");
        }
        boolean last = approvals.size() + 1 >= approvalsRequired;
        if (last) {
            caps.requireWithin(this);
            requireDueDiligence(given == null ? sanctionsScreened : given.sanctionsScreened(),
                    given == null ? fundedElsewhere : given.fundedElsewhere());
        }
        if (given != null) {
            sanctionsScreened = given.sanctionsScreened();
            fundedElsewhere = given.fundedElsewhere();
            dueDiligenceNote = given.note();
            dueDiligenceBy = actor.subject();
        }
        approvals.add(new Approval(actor.subject(), actor.displayName(), now, comment));
        updatedAt = now;
        if (!last) {
            return Outcome.APPROVAL_RECORDED;
        }
        status = GrantStatus.APPROVED;
        approvedAt = now;
        decidedAt = now;
        decisionReason = comment;
        return Outcome.APPROVED;
    }

    /**
     * Whether this person may decide on the grant now, by the four-eyes rules of {@link #decide} in its
     * order: never the proposer, only while PROPOSED, never the first approver again.
     */
    DecisionStanding standingOf(String subject) {
        if (isProposer(subject)) {
            return DecisionStanding.OWN_PROPOSAL;
        }
        if (status != GrantStatus.PROPOSED) {
            return DecisionStanding.NOT_AWAITING_DECISION;
        }
        return hasApproved(subject) ? DecisionStanding.ALREADY_APPROVED : DecisionStanding.MAY_DECIDE;
    }

    private boolean isProposer(String subject) {
        return proposedBy.equals(subject);
    }

    private boolean hasApproved(String subject) {
        return approvals.stream().anyMatch(a -> a.approver.equals(subject));
    }

    private static void requireDueDiligence(Boolean sanctionsScreened, Boolean fundedElsewhere) {
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

    /**
     * Records a payment, one tranche at a time. A tranche-gated grant pays again only once the
     * financial report on every earlier payment is done; the total never exceeds the approved amount.
     *
     * @param paymentsSoFar the payments recorded before this one
     * @param reportsDone the grant's financial-report follow-ups that are DONE
     */
    void disburse(Money payment, int paymentsSoFar, long reportsDone, Instant now) {
        if (trancheGated && paymentsSoFar > 0 && reportsDone < paymentsSoFar) {
            throw Refusal.conflict("previous-report-missing", "This grant pays the next tranche only "
                    + "after the financial report on the previous one is done; " + reportsDone + " of "
                    + paymentsSoFar + " report(s) are done.");
        }
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

    /**
     * Closes a fully paid grant once it is reported on: at least one financial report done, none
     * still planned.
     */
    void close(long reportsDone, long reportsPlanned, Instant now) {
        requireStatus(GrantStatus.APPROVED, "closed");
        if (remaining().amount().signum() != 0) {
            throw Refusal.conflict("grant-not-fully-disbursed",
                    "A grant closes when fully disbursed; " + remaining() + " is still to be paid.");
        }
        if (reportsDone == 0 || reportsPlanned > 0) {
            throw Refusal.conflict("financial-report-pending",
                    "A grant closes when its financial report follow-ups are done (none may still be planned).");
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

    /** The case, for a grant to a defender; else null. */
    public UUID requestId() {
        return beneficiary.requestId;
    }

    /** The defender, for a grant to a defender; else null. */
    public UUID defenderId() {
        return beneficiary.defenderId;
    }

    public BeneficiaryKind beneficiaryKind() {
        return beneficiary.kind;
    }

    /** The organisation supported, for a grant to an organisation; else null. */
    public UUID organisationId() {
        return beneficiary.organisationId;
    }

    /** The activity charged, for an activity's cost; else null. */
    public UUID activityId() {
        return beneficiary.activityId;
    }

    CostCategory costCategory() {
        return beneficiary.costCategory;
    }

    /** The defender, organisation or activity whose rolling cap this grant counts against. */
    UUID beneficiaryId() {
        return beneficiary.id();
    }

    public UUID payeeOrganisationId() {
        return payeeOrganisationId;
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
