package org.haven.organisation;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.validation.CountryCode;
import org.haven.shared.web.ApiFormats;

/**
 * What staff of the team see of an organisation by default, and the body of
 * {@code PUT /organisations/{id}} (full replacement; contacts and vetting are changed elsewhere).
 */
public record OrganisationProfile(
        @NotBlank @Size(max = Organisation.NAME_MAX_LENGTH) String name,
        @Schema(maxItems = OrganisationType.COUNT) @NotEmpty Set<@NotNull OrganisationType> types,
        @Schema(pattern = ApiFormats.COUNTRY_PATTERN, maxLength = 2) @CountryCode String country,
        @Schema(nullable = true, description = "For encrypted exchange, e.g. an armoured OpenPGP public key")
        @Size(max = Organisation.PUBLIC_KEY_MAX_LENGTH) String publicKey) {
}
