package org.haven.defender;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.validation.CountryCode;
import org.haven.shared.validation.NotAfterCurrentYear;
import org.haven.shared.web.ApiFormats;

/**
 * The non-sensitive profile of a defender: what staff see by default. Also the body of
 * {@code PUT /defenders/{id}} (full replacement of the profile; sensitive details are untouched).
 * The published pattern and length of country codes follow from {@link CountryCode}, the maximum
 * birth year from {@link NotAfterCurrentYear}, and the maximum number of areas from the enum (a set).
 */
public record DefenderProfile(
        @NotBlank @Size(max = Defender.PSEUDONYM_MAX_LENGTH) String pseudonym,
        Gender gender,
        @Schema(maximum = "9999", description = "Not after the current year")
        @Min(1900) @NotAfterCurrentYear Integer birthYear,
        @Schema(pattern = ApiFormats.COUNTRY_PATTERN, maxLength = 2) @CountryCode String nationality,
        @Schema(pattern = ApiFormats.COUNTRY_PATTERN, maxLength = 2) @CountryCode String countryOfOrigin,
        @Schema(pattern = ApiFormats.COUNTRY_PATTERN, maxLength = 2) @NotNull @CountryCode String currentCountry,
        @PastOrPresent LocalDate inExileSince,
        LegalStatus legalStatus,
        @Schema(maxItems = AreaOfWork.COUNT) @NotEmpty Set<@NotNull AreaOfWork> areasOfWork,
        @Size(max = Defender.ORGANISATION_MAX_LENGTH) String organisation,
        @NotNull RiskLevel riskLevel,
        @Valid Consent consent) {
}
