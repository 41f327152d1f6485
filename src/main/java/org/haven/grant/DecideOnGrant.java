package org.haven.grant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /grants/{id}/decisions}. A rejection needs a comment; so does the first of two
 * approvals. The final approval needs the due-diligence result (here or recorded earlier).
 */
public record DecideOnGrant(@NotNull Decision decision, @Size(max = DecideOnGrant.MAX_COMMENT) String comment,
        @Valid DueDiligence dueDiligence) {

    static final int MAX_COMMENT = 2000;
}
