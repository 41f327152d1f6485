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

import org.haven.shared.validation.CountryCode;
import org.haven.shared.validation.NotAfterCurrentYear;

/**
 * The non-sensitive profile of a defender: what staff see by default. Also the body of
 * {@code PUT /defenders/{id}} (full replacement of the profile; sensitive details are untouched).
 */
public record DefenderProfile(
        @NotBlank @Size(max = 80) String pseudonym,
        Gender gender,
        @Min(1900) @NotAfterCurrentYear Integer birthYear,
        @CountryCode String nationality,
        @CountryCode String countryOfOrigin,
        @NotNull @CountryCode String currentCountry,
        @PastOrPresent LocalDate inExileSince,
        LegalStatus legalStatus,
        @NotEmpty Set<@NotNull AreaOfWork> areasOfWork,
        @Size(max = 200) String organisation,
        @NotNull RiskLevel riskLevel,
        @Valid Consent consent) {
}
