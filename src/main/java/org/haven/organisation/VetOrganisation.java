package org.haven.organisation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /organisations/{id}/vetting}: a due-diligence decision, with its reason. */
public record VetOrganisation(
        @NotNull VettingStatus status,
        @Schema(nullable = true, description = "Required for VETTED and REFUSED; not in the future; absent otherwise")
        LocalDate vettedOn,
        @NotBlank @Size(max = Organisation.REASON_MAX_LENGTH) String reason) {
}
