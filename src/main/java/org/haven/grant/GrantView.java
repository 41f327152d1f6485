package org.haven.grant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.haven.shared.money.Money;

/** A grant with its approvals, due diligence and payments. */
public record GrantView(
        UUID id,
        String reference,
        UUID requestId,
        UUID defenderId,
        UUID fundId,
        Money amount,
        String purpose,
        List<TrancheView> plannedTranches,
        boolean trancheGated,
        GrantStatus status,
        String proposedBy,
        Instant proposedAt,
        int approvalsRequired,
        List<ApprovalView> approvals,
        DueDiligenceView dueDiligence,
        Instant approvedAt,
        Instant decidedAt,
        String decisionReason,
        Money disbursed,
        Money remaining,
        List<DisbursementView> disbursements,
        long version) {

    public record TrancheView(Money amount, LocalDate plannedOn) {
    }

    public record ApprovalView(String approver, String approverName, Instant approvedAt, String comment) {
    }

    public record DueDiligenceView(Boolean sanctionsScreened, Boolean fundedElsewhere, String note,
            String recordedBy) {
    }

    public record DisbursementView(UUID id, int trancheNumber, Money amount, LocalDate paidOn,
            DisbursementMethod method, String reference, String recordedBy, Instant recordedAt) {

        static DisbursementView of(Disbursement d) {
            return new DisbursementView(d.id(), d.trancheNumber(), d.amount(), d.paidOn(), d.method(),
                    d.paymentReference(), d.recordedBy(), d.recordedAt());
        }
    }

    static GrantView of(Grant g, List<Disbursement> disbursements) {
        String currency = g.amount().currency();
        return new GrantView(g.id(), g.reference(), g.requestId(), g.defenderId(), g.fundId(), g.amount(),
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
