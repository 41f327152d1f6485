package org.haven.organisation;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A defender's current link to an organisation: identifiers and role, nothing that identifies them. */
public record MemberView(
        UUID defenderId,
        @Schema(pattern = "^HRD-[0-9]{6,12}$", maxLength = 16) String defenderReference,
        MemberRole role,
        Instant linkedAt) {

    static MemberView of(OrganisationMember m) {
        return new MemberView(m.defenderId(), m.defenderReference(), m.role(), m.linkedAt());
    }
}
