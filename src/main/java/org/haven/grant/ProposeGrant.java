package org.haven.grant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.haven.shared.money.AmountAtMost;
import org.haven.shared.money.Money;

/** Body of {@code POST /grants}: a proposal for a request IN_ASSESSMENT against a fund. */
public record ProposeGrant(
        @NotNull UUID requestId,
        @NotNull UUID fundId,
        @NotNull @Valid @AmountAtMost("1000000") Money amount,
        @NotBlank @Size(max = ProposeGrant.MAX_PURPOSE) String purpose,
        @Size(max = ProposeGrant.MAX_TRANCHES) List<@NotNull @Valid Tranche> plannedTranches,
        Boolean trancheGated) {

    /** The longest purpose (also the column's length). */
    static final int MAX_PURPOSE = 500;
    /** The most tranches a grant may plan; tranches are planned only here. */
    static final int MAX_TRANCHES = 12;

    /** A planned tranche: amount in the grant's currency, optional planned date. */
    public record Tranche(@NotNull @Valid Money amount, LocalDate plannedOn) {
    }
}
