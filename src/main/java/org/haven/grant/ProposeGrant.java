package org.haven.grant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.money.AmountAtMost;
import org.haven.shared.money.Money;

/**
 * Body of {@code POST /grants}: a proposal against a fund for exactly one beneficiary — a defender's
 * request IN_ASSESSMENT ({@code requestId}), an organisation or group ({@code organisationId}), or an
 * activity's cost ({@code activityId} with its {@code costCategory}) — optionally paid to another
 * organisation ({@code payeeOrganisationId}, e.g. the host of a relocation).
 */
public record ProposeGrant(
        @Schema(nullable = true, description = "The case, for a grant to one defender") UUID requestId,
        @NotNull UUID fundId,
        @NotNull @Valid @AmountAtMost("1000000") Money amount,
        @NotBlank @Size(max = ProposeGrant.MAX_PURPOSE) String purpose,
        @Size(max = ProposeGrant.MAX_TRANCHES) List<@NotNull @Valid Tranche> plannedTranches,
        Boolean trancheGated,
        @Schema(nullable = true, description = "The organisation or group supported") UUID organisationId,
        @Schema(nullable = true, description = "The activity whose cost this is") UUID activityId,
        @Schema(nullable = true, description = "Required with activityId") CostCategory costCategory,
        @Schema(nullable = true, description = "Who is paid, when not the beneficiary") UUID payeeOrganisationId) {

    /** The longest purpose (also the column's length). */
    static final int MAX_PURPOSE = 500;
    /** The most tranches a grant may plan; tranches are planned only here. */
    static final int MAX_TRANCHES = 12;

    /** A planned tranche: amount in the grant's currency, optional planned date. */
    public record Tranche(@NotNull @Valid Money amount, LocalDate plannedOn) {
    }
}
