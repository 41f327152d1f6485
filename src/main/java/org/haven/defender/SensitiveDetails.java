package org.haven.defender;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.privacy.Sensitive;

/**
 * The defender's sensitive details: who they are, where they are, how to reach them, what threatens
 * them. Read and replaced only through {@code /defenders/{id}/sensitive}. toString never prints them.
 */
public record SensitiveDetails(
        @Sensitive @Size(max = 200) @Schema(nullable = true) String legalName,
        @Sensitive @Size(max = 10) @Schema(nullable = true) List<@NotBlank @Size(max = 200) String> otherNames,
        @Sensitive @Size(max = 120) @Schema(nullable = true) String currentCity,
        @Sensitive @Size(max = 10) @Schema(nullable = true) List<@NotNull @Valid ContactChannel> contacts,
        @Sensitive @Size(max = 4000) @Schema(nullable = true) String riskNotes) {

    @Override
    public String toString() {
        return "SensitiveDetails[<redacted>]";
    }
}
