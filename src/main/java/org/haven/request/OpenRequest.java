package org.haven.request;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.haven.shared.money.AmountAtMost;
import org.haven.shared.money.Money;

import org.haven.shared.privacy.Sensitive;

/** Body of {@code POST /requests}. The narrative is sensitive; toString never prints it. */
public record OpenRequest(
        @NotNull UUID defenderId,
        @NotEmpty @Size(max = AssistanceType.COUNT)
        Set<@NotNull AssistanceType> assistanceTypes,
        @NotNull Urgency urgency,
        @NotBlank @Size(max = OpenRequest.MAX_SUMMARY) String summary,
        @Sensitive @Size(max = 10000) String narrative,
        @Valid @AmountAtMost("1000000") Money requestedAmount,
        @NotNull IntakeChannel intakeChannel,
        @Size(max = 200) String referringPartner) {

    /** The longest summary; a request's summary never exceeds it (also the column's length). */
    static final int MAX_SUMMARY = 200;

    RequestDetails details() {
        return new RequestDetails(assistanceTypes, urgency, summary, requestedAmount, intakeChannel, referringPartner);
    }

    @Override
    public String toString() {
        return "OpenRequest[defenderId=" + defenderId + ", urgency=" + urgency + ", <narrative redacted>]";
    }
}
