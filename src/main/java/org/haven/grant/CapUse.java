package org.haven.grant;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.money.Money;

/**
 * The beneficiary's cap as the final approval of a grant meets it: what the defender or organisation
 * received (approved or closed grants in the grant's currency) since the window's start, or what the
 * activity's costs add up to (no window); the cap; and the figure with this grant. Read without the
 * per-beneficiary lock it is a forecast; the final approval sums the same way under that lock and decides.
 *
 * @param cap null when no cap is configured for the kind and currency (the approval would be refused)
 * @param windowStart null for an activity, whose costs count whenever they were approved
 */
public record CapUse(BeneficiaryKind kind, Money receivedInWindow, @Schema(nullable = true) Money cap,
        Money afterThisGrant, @Schema(nullable = true) Instant windowStart, long windowDays) {

    /** Whether approving the grant now would be refused for the beneficiary's cap. */
    public boolean exceeded() {
        return cap == null || afterThisGrant.greaterThan(cap);
    }
}
