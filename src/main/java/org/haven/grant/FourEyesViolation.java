package org.haven.grant;

import java.util.List;

import org.haven.shared.error.Refusal;

/**
 * Someone tried to decide on a grant who may not: its proposer, or the manager who already gave
 * the first of two approvals. {@link Grant} throws it; unlike other refusals it is worth keeping,
 * so the decision service records {@link #auditReason()} as {@code GRANT_DECISION_REFUSED} in its
 * own transaction before the refusal rolls the decision back.
 */
final class FourEyesViolation extends Refusal {

    private final String auditReason;

    private FourEyesViolation(String code, String detail, String auditReason) {
        super(Kind.FORBIDDEN, code, detail, List.of());
        this.auditReason = auditReason;
    }

    static FourEyesViolation ownProposal(Decision attempted) {
        return new FourEyesViolation("own-proposal",
                "You proposed this grant; another programme manager must decide on it.",
                "The proposer may not decide on their own proposal (attempted " + attempted + ")");
    }

    static FourEyesViolation sameApproverTwice() {
        return new FourEyesViolation("second-approver-must-differ",
                "You already approved this grant; the second approval must come from another programme manager.",
                "The same manager may not give both approvals of a grant above the threshold");
    }

    /** Why the attempt was refused, for the audit log (never personal data). */
    String auditReason() {
        return auditReason;
    }
}
