package org.haven.fund;

import org.haven.shared.web.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.money.Money;
import org.haven.shared.web.ApiFormats;

/** A fund with its consistent figures: committed (approved, not cancelled), disbursed, available. */
public record FundView(
        UUID id,
        @Schema(maxLength = CreateFund.MAX_NAME) String name,
        @Schema(maxLength = CreateFund.MAX_NAME) String donor,
        @Schema(maxLength = 3, pattern = ApiFormats.CURRENCY_PATTERN) String currency,
        Money totalBudget,
        Money committed,
        Money disbursed,
        Money available,
        LocalDate periodStart,
        LocalDate periodEnd,
        FundStatus status,
        Instant createdAt,
        Instant updatedAt,
        @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE) long version) implements Versioned {

    static FundView of(Fund f) {
        return new FundView(f.id(), f.name(), f.donor(), f.currency(), f.totalBudget(), f.committed(), f.disbursed(),
                f.available(), f.periodStart(), f.periodEnd(), f.status(), f.createdAt(), f.updatedAt(), f.version());
    }
}
