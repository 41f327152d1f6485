package org.haven.fund;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.haven.shared.money.Money;

/** Body of {@code PUT /funds/{id}}: full replacement of the managed fields; needs If-Match. */
public record ChangeFund(
        @NotBlank @Size(max = CreateFund.MAX_NAME) String name,
        @NotBlank @Size(max = CreateFund.MAX_NAME) String donor,
        @NotNull @Valid Money totalBudget,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @NotNull FundStatus status) {
}
