package org.haven.organisation;

import static org.haven.support.RefusalAssertions.assertRefused;
import static org.haven.support.RefusalAssertions.assertRefusedOn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.haven.shared.error.Refusal;
import org.haven.shared.security.Actor;
import org.junit.jupiter.api.Test;

/** The organisation's own rules, without Quarkus or a database. */
class OrganisationSpecTest {

    private static final Actor MANAGER = new Actor("manager-1", "Manager One", List.of("programme-manager"));
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-01");

    private static Organisation anOrganisation() {
        return Organisation.register(UUID.randomUUID(), "ORG-000001", "team-a",
                new OrganisationProfile(" Synthetic Partner ", Set.of(OrganisationType.PARTNER), "CH", null), null,
                MANAGER, NOW);
    }

    @Test
    void thePublishedNumberOfTypesIsTheNumberOfTypes() {
        assertEquals(OrganisationType.values().length, OrganisationType.COUNT);
    }

    @Test
    void aNewOrganisationIsActiveAndNotVetted() {
        Organisation o = anOrganisation();
        assertEquals(OrganisationStatus.ACTIVE, o.status());
        assertEquals(VettingStatus.NOT_VETTED, o.vettingStatus());
        assertEquals("Synthetic Partner", o.name());
    }

    @Test
    void aDecidedVettingNeedsItsDate() {
        assertRefusedOn(Refusal.Kind.RULE, "vetting-date-required", "vettedOn",
                () -> anOrganisation().vet(VettingStatus.REFUSED, null, TODAY, MANAGER, NOW));
    }

    @Test
    void anUndecidedVettingHasNoDate() {
        assertRefusedOn(Refusal.Kind.RULE, "vetting-date-not-allowed", "vettedOn",
                () -> anOrganisation().vet(VettingStatus.IN_PROGRESS, TODAY, TODAY, MANAGER, NOW));
    }

    @Test
    void aVettingDateIsNotInTheFuture() {
        assertRefusedOn(Refusal.Kind.RULE, "vetting-date-in-future", "vettedOn",
                () -> anOrganisation().vet(VettingStatus.VETTED, TODAY.plusDays(1), TODAY, MANAGER, NOW));
    }

    @Test
    void vettingBackToInProgressClearsTheDate() {
        Organisation o = anOrganisation();
        o.vet(VettingStatus.VETTED, TODAY, TODAY, MANAGER, NOW);
        o.vet(VettingStatus.IN_PROGRESS, null, TODAY, MANAGER, NOW);
        assertEquals(VettingStatus.IN_PROGRESS, o.vettingStatus());
        assertEquals(null, o.vettedOn());
    }

    @Test
    void anArchivedOrganisationIsNeitherChangedNorVettedNorArchivedAgain() {
        Organisation o = anOrganisation();
        o.archive("Partnership ended", MANAGER, NOW);
        assertRefused(Refusal.Kind.CONFLICT, "organisation-not-active",
                () -> o.vet(VettingStatus.VETTED, TODAY, TODAY, MANAGER, NOW));
        assertRefused(Refusal.Kind.CONFLICT, "organisation-not-active",
                () -> o.changeProfile(o.profile(), MANAGER, NOW));
        assertRefused(Refusal.Kind.CONFLICT, "organisation-not-active", () -> o.archive("again", MANAGER, NOW));
    }

    @Test
    void anEndedLinkDoesNotEndTwice() {
        OrganisationMember link = OrganisationMember.link(UUID.randomUUID(), UUID.randomUUID(), "HRD-000001",
                MemberRole.MEMBER, MANAGER, NOW);
        link.end(MANAGER, NOW);
        assertRefused(Refusal.Kind.CONFLICT, "link-ended", () -> link.end(MANAGER, NOW));
    }
}
