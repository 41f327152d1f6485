package org.haven.fund;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.haven.shared.money.Money;

/** Body of {@code POST /funds}. The budget's currency is the fund's currency, for good. */
public record CreateFund(
        @NotBlank @Size(max = CreateFund.MAX_NAME) String name,
        @NotBlank @Size(max = CreateFund.MAX_NAME) String donor,
        @NotNull @Valid Money totalBudget,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd) {

    /** The longest name or donor (also the columns' length). */
    static final int MAX_NAME = 200;
}
