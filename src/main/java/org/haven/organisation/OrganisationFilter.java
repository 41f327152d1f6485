package org.haven.organisation;

import java.util.UUID;

/** The query of {@code GET /organisations}; null means "any". Public for the console's list page. */
public record OrganisationFilter(OrganisationType type, VettingStatus vettingStatus, OrganisationStatus status,
        String country, UUID defenderId, String text) {

    public static final int TEXT_MAX_LENGTH = 100;
}
