package org.haven.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /requests/{id}/assignee}: the officer's subject (as in their token). */
public record AssignOfficer(@NotBlank @Size(max = 255) String officer) {
}
