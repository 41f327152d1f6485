package org.haven.grant;

import java.time.Instant;

import org.haven.shared.money.Money;

/**
 * A defender's rolling cap as the final approval of a grant meets it: what the defender received
 * (approved or closed grants in the grant's currency) since the window's start, the cap, and what they
 * would have received with this grant. Read without the per-defender lock it is a forecast; the final
 * approval sums the same way under that lock and decides.
 *
 * @param cap null when no per-defender cap is configured for the currency (the approval would be refused)
 */
public record DefenderCapUse(Money receivedInWindow, Money cap, Money afterThisGrant,
        Instant windowStart, long windowDays) {

    /** Whether approving the grant now would be refused for the defender's cap. */
    public boolean exceeded() {
        return cap == null || afterThisGrant.greaterThan(cap);
    }
}
