package org.haven.organisation;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.defender.ContactChannel;
import org.haven.shared.privacy.Sensitive;
import org.haven.shared.validation.CountryCode;
import org.haven.shared.web.ApiFormats;

/** Body of {@code POST /organisations}: the profile and the (sensitive) contacts in one form. */
public record RegisterOrganisation(
        @NotBlank @Size(max = Organisation.NAME_MAX_LENGTH) String name,
        @Schema(maxItems = OrganisationType.COUNT) @NotEmpty Set<@NotNull OrganisationType> types,
        @Schema(pattern = ApiFormats.COUNTRY_PATTERN, maxLength = 2) @CountryCode String country,
        @Size(max = Organisation.PUBLIC_KEY_MAX_LENGTH) String publicKey,
        @Sensitive @Size(max = 10) List<@NotNull @Valid ContactChannel> contacts,
        @Size(max = Organisation.TEAM_MAX_LENGTH) String team) {

    OrganisationProfile profile() {
        return new OrganisationProfile(name, types, country, publicKey);
    }

    OrganisationContacts sensitiveContacts() {
        return new OrganisationContacts(contacts);
    }

    @Override
    public String toString() {
        return "RegisterOrganisation[types=" + types + ", <name and contacts redacted>]";
    }
}
