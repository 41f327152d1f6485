package org.haven.request;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.haven.shared.money.AmountAtMost;
import org.haven.shared.money.Money;


/**
 * The non-sensitive intake details of a request; also the body of {@code PUT /requests/{id}}
 * (full replacement, allowed while the request is undecided). The summary must not identify anyone.
 */
public record RequestDetails(
        @NotEmpty @Size(max = AssistanceType.COUNT)
        Set<@NotNull AssistanceType> assistanceTypes,
        @NotNull Urgency urgency,
        @NotBlank @Size(max = OpenRequest.MAX_SUMMARY) String summary,
        @Valid @AmountAtMost("1000000") Money requestedAmount,
        @NotNull IntakeChannel intakeChannel,
        @Size(max = 200) String referringPartner) {
}
