package org.haven.grant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The approver's due-diligence result, required before final approval: sanctions screening done,
 * and whether the same purpose is already funded elsewhere (double funding).
 */
public record DueDiligence(@NotNull Boolean sanctionsScreened, @NotNull Boolean fundedElsewhere,
        @Size(max = DueDiligence.MAX_NOTE) String note) {

    static final int MAX_NOTE = 2000;
}
