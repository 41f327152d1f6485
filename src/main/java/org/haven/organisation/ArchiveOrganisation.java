package org.haven.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /organisations/{id}/archive}: archiving is a decision and needs a reason. */
public record ArchiveOrganisation(@NotBlank @Size(max = Organisation.REASON_MAX_LENGTH) String reason) {
}
