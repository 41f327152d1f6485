package org.haven.fund;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.haven.shared.money.Money;

/** A fund with its consistent figures: committed (approved, not cancelled), disbursed, available. */
public record FundView(UUID id, String name, String donor, String currency, Money totalBudget, Money committed,
        Money disbursed, Money available, LocalDate periodStart, LocalDate periodEnd, FundStatus status,
        Instant createdAt, Instant updatedAt, long version) {

    static FundView of(Fund f) {
        return new FundView(f.id(), f.name(), f.donor(), f.currency(), f.totalBudget(), f.committed(), f.disbursed(),
                f.available(), f.periodStart(), f.periodEnd(), f.status(), f.createdAt(), f.updatedAt(), f.version());
    }
}
