package org.haven.organisation;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.defender.ContactChannel;
import org.haven.shared.privacy.Sensitive;

/**
 * An organisation's contact channels: sensitive (reaching them can reach the people they shelter).
 * Read and replaced only through {@code /organisations/{id}/sensitive}. toString never prints them.
 */
public record OrganisationContacts(
        @Sensitive @Size(max = 10) @Schema(nullable = true) List<@NotNull @Valid ContactChannel> contacts) {

    @Override
    public String toString() {
        return "OrganisationContacts[<redacted>]";
    }
}
