package org.haven.followup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.haven.shared.security.Actor;
import org.haven.shared.security.Roles;

/**
 * Synthetic follow-ups for the plain specs, built through the entity's own methods:
 * {@code aFollowUp().dueOn(date).done()}. No Quarkus, no database.
 */
final class FollowUpBuilder {

    static final LocalDate TODAY = LocalDate.parse("2026-05-20");
    static final Instant NOW = Instant.parse("2026-05-20T12:00:00Z");
    static final Actor OFFICER = new Actor("officer-amal", "Officer", List.of(Roles.PROTECTION_OFFICER));

    private final UUID requestId = UUID.randomUUID();
    private UUID grantId;
    private FollowUpType type = FollowUpType.CHECK_IN;
    private LocalDate dueOn = TODAY.plusDays(10);

    private FollowUpBuilder() {
    }

    static FollowUpBuilder aFollowUp() {
        return new FollowUpBuilder();
    }

    FollowUpBuilder dueOn(LocalDate value) {
        dueOn = value;
        return this;
    }

    FollowUpBuilder ofType(FollowUpType value) {
        type = value;
        return this;
    }

    FollowUpBuilder forGrant(UUID value) {
        grantId = value;
        return this;
    }

    FollowUp planned() {
        return FollowUp.plan(FollowUp.About.theCase(requestId, UUID.randomUUID(), "team-kabul-desk"), grantId, type,
                dueOn, "officer-amal", OFFICER, NOW.minusSeconds(3600));
    }

    FollowUp in(FollowUpStatus status) {
        FollowUp followUp = planned();
        switch (status) {
            case PLANNED -> {
            }
            case DONE -> followUp.complete(NOW.minusSeconds(60), Outcome.SAFE, bytes("Synthetic note"), null, NOW);
            case CANCELLED -> followUp.cancel("Defender relocated to a partner programme", NOW);
            case MISSED -> followUp.markMissed(NOW);
        }
        return followUp;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
