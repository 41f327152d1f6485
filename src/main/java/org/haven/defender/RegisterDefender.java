package org.haven.defender;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.privacy.Sensitive;
import org.haven.shared.validation.CountryCode;
import org.haven.shared.validation.NotAfterCurrentYear;
import org.haven.shared.web.ApiFormats;

/**
 * Body of {@code POST /defenders}: the profile and the sensitive details in one form. Published
 * bounds beyond the bean validation ones are those of {@link DefenderProfile}.
 */
public record RegisterDefender(
        @NotBlank @Size(max = Defender.PSEUDONYM_MAX_LENGTH) String pseudonym,
        @Sensitive @Size(max = 200) String legalName,
        @Sensitive @Size(max = 10) List<@NotBlank @Size(max = 200) String> otherNames,
        Gender gender,
        @Schema(maximum = "9999", description = "Not after the current year")
        @Min(1900) @NotAfterCurrentYear Integer birthYear,
        @Schema(pattern = ApiFormats.COUNTRY_PATTERN, maxLength = 2) @CountryCode String nationality,
        @Schema(pattern = ApiFormats.COUNTRY_PATTERN, maxLength = 2) @CountryCode String countryOfOrigin,
        @Schema(pattern = ApiFormats.COUNTRY_PATTERN, maxLength = 2) @NotNull @CountryCode String currentCountry,
        @Sensitive @Size(max = 120) String currentCity,
        @PastOrPresent LocalDate inExileSince,
        LegalStatus legalStatus,
        @Schema(maxItems = AreaOfWork.COUNT) @NotEmpty Set<@NotNull AreaOfWork> areasOfWork,
        @Size(max = Defender.ORGANISATION_MAX_LENGTH) String organisation,
        @Sensitive @Size(max = 10) List<@NotNull @Valid ContactChannel> contacts,
        @NotNull RiskLevel riskLevel,
        @Sensitive @Size(max = 4000) String riskNotes,
        @Valid Consent consent,
        @Size(max = Defender.TEAM_MAX_LENGTH) String team) {

    DefenderProfile profile() {
        return new DefenderProfile(pseudonym, gender, birthYear, nationality, countryOfOrigin, currentCountry,
                inExileSince, legalStatus, areasOfWork, organisation, riskLevel, consent);
    }

    SensitiveDetails sensitiveDetails() {
        return new SensitiveDetails(legalName, otherNames, currentCity, contacts, riskNotes);
    }

    @Override
    public String toString() {
        return "RegisterDefender[pseudonym=" + pseudonym + ", <sensitive fields redacted>]";
    }
}
