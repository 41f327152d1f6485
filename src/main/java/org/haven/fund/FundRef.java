package org.haven.fund;

import java.util.UUID;

import org.haven.shared.money.Money;

/** What the grants feature sees of a fund: identity, currency and (after a change) the figures. */
public record FundRef(UUID id, String name, String currency, Money committed, Money disbursed, Money available) {

    static FundRef of(Fund f) {
        return new FundRef(f.id(), f.name(), f.currency(), f.committed(), f.disbursed(), f.available());
    }
}
