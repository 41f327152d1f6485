package org.haven.grant;

import org.haven.shared.web.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.money.Money;

/**
 * A grant with its beneficiary (one of requestId with defenderId, organisationId, or activityId with
 * costCategory, as beneficiaryKind says), its payee when another organisation is paid, its approvals,
 * due diligence and payments. Text bounds come from the input that
 * admitted the text (a decision's comment or a withdrawal or cancellation reason is at most 2000
 * characters) or from the column; people are token subjects and display names in 255-character
 * columns. Nothing bounds the number of a grant's payments short of int's range, so the list of
 * disbursements publishes no maxItems.
 */
public record GrantView(
        UUID id,
        @Schema(maxLength = GrantRepository.REFERENCE_MAX_LENGTH, pattern = GrantRepository.REFERENCE_PATTERN)
        String reference,
        BeneficiaryKind beneficiaryKind,
        @Schema(nullable = true, description = "The case, for a grant to a defender") UUID requestId,
        @Schema(nullable = true, description = "The defender, for a grant to a defender") UUID defenderId,
        @Schema(nullable = true, description = "The organisation supported") UUID organisationId,
        @Schema(nullable = true, description = "The activity whose cost this is") UUID activityId,
        @Schema(nullable = true) CostCategory costCategory,
        @Schema(nullable = true, description = "Who is paid, when not the beneficiary") UUID payeeOrganisationId,
        UUID fundId,
        Money amount,
        @Schema(maxLength = ProposeGrant.MAX_PURPOSE) String purpose,
        @Schema(maxItems = ProposeGrant.MAX_TRANCHES) List<TrancheView> plannedTranches,
        boolean trancheGated,
        GrantStatus status,
        @Schema(maxLength = 255) String proposedBy,
        Instant proposedAt,
        @Schema(minimum = "1", maximum = "" + GrantRules.MAX_APPROVALS) int approvalsRequired,
        @Schema(maxItems = GrantRules.MAX_APPROVALS) List<ApprovalView> approvals,
        @Schema(nullable = true) DueDiligenceView dueDiligence,
        @Schema(nullable = true) Instant approvedAt,
        @Schema(nullable = true) Instant decidedAt,
        @Schema(nullable = true, maxLength = GiveReason.MAX_REASON) String decisionReason,
        Money disbursed,
        Money remaining,
        List<DisbursementView> disbursements,
        @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE) long version) implements Versioned {

    public record TrancheView(Money amount, @Schema(nullable = true) LocalDate plannedOn) {
    }

    public record ApprovalView(
            @Schema(maxLength = 255) String approver,
            @Schema(maxLength = 255) String approverName,
            Instant approvedAt,
            @Schema(nullable = true, maxLength = DecideOnGrant.MAX_COMMENT) String comment) {
    }

    public record DueDiligenceView(Boolean sanctionsScreened, Boolean fundedElsewhere,
            @Schema(nullable = true, maxLength = DueDiligence.MAX_NOTE) String note,
            @Schema(maxLength = 255) String recordedBy) {
    }

    /** Tranche numbers count a grant's payments from 1; nothing bounds their number below int's range. */
    public record DisbursementView(
            UUID id,
            @Schema(minimum = "1", maximum = "" + Integer.MAX_VALUE) int trancheNumber,
            Money amount,
            LocalDate paidOn,
            DisbursementMethod method,
            @Schema(maxLength = RecordDisbursement.MAX_REFERENCE) String reference,
            @Schema(maxLength = 255) String recordedBy,
            Instant recordedAt) {

        static DisbursementView of(Disbursement d) {
            return new DisbursementView(d.id(), d.trancheNumber(), d.amount(), d.paidOn(), d.method(),
                    d.paymentReference(), d.recordedBy(), d.recordedAt());
        }
    }

    static GrantView of(Grant g, List<Disbursement> disbursements) {
        String currency = g.amount().currency();
        return new GrantView(g.id(), g.reference(), g.beneficiaryKind(), g.requestId(), g.defenderId(),
                g.organisationId(), g.activityId(), g.costCategory(), g.payeeOrganisationId(), g.fundId(), g.amount(),
                g.purpose(),
                g.plannedTranches().stream()
                        .map(t -> new TrancheView(new Money(t.amount, currency).normalised(), t.plannedOn)).toList(),
                g.trancheGated(), g.status(), g.proposedBy(), g.proposedAt(), g.approvalsRequired(),
                g.approvals().stream().map(a -> new ApprovalView(a.approver, a.approverName, a.approvedAt, a.comment))
                        .toList(),
                g.sanctionsScreened() == null ? null
                        : new DueDiligenceView(g.sanctionsScreened(), g.fundedElsewhere(), g.dueDiligenceNote(),
                                g.dueDiligenceBy()),
                g.approvedAt(), g.decidedAt(), g.decisionReason(), g.disbursed(), g.remaining(),
                disbursements.stream().map(DisbursementView::of).toList(), g.version());
    }
}
