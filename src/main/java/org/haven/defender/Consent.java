package org.haven.defender;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The defender's informed consent: when it was given and for what. */
public record Consent(@NotNull @PastOrPresent Instant givenAt,
        @Schema(maxItems = ConsentScope.COUNT) @NotEmpty Set<@NotNull ConsentScope> scope) {
}
