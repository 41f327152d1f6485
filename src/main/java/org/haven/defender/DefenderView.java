package org.haven.defender;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A defender as staff see it by default: the profile, never the sensitive details. */
public record DefenderView(
        UUID id,
        String reference,
        String team,
        DefenderStatus status,
        String pseudonym,
        Gender gender,
        Integer birthYear,
        String nationality,
        String countryOfOrigin,
        String currentCountry,
        LocalDate inExileSince,
        LegalStatus legalStatus,
        Set<AreaOfWork> areasOfWork,
        String organisation,
        RiskLevel riskLevel,
        Consent consent,
        Instant registeredAt,
        Instant updatedAt,
        Instant archivedAt,
        String archiveReason,
        long version) {

    static DefenderView of(Defender d) {
        DefenderProfile p = d.profile();
        return new DefenderView(d.id(), d.reference(), d.team(), d.status(), p.pseudonym(), p.gender(), p.birthYear(),
                p.nationality(), p.countryOfOrigin(), p.currentCountry(), p.inExileSince(), p.legalStatus(),
                p.areasOfWork(), p.organisation(), p.riskLevel(), p.consent(), d.registeredAt(), d.updatedAt(),
                d.archivedAt(), d.archiveReason(), d.version());
    }
}
