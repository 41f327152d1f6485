package org.haven.grant;

import org.haven.shared.money.Money;

/**
 * A grant as a programme manager weighs it: the grant, the money its fund has available before and
 * after it, the beneficiary's cap, and whether the reader may decide on it. Figures are read now;
 * the decision checks them again under its locks.
 */
public record ApprovalOutlook(GrantView grant, String fundName, Money fundAvailable, Money fundAvailableAfter,
        CapUse cap, DecisionStanding standing) {

    /** Whether the fund has enough available to commit this grant now. */
    public boolean fundCovers() {
        return fundAvailableAfter.amount().signum() >= 0;
    }
}
