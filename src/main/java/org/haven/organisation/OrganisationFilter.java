package org.haven.organisation;

import java.util.UUID;

/** The query of {@code GET /organisations}; null means "any". */
record OrganisationFilter(OrganisationType type, VettingStatus vettingStatus, OrganisationStatus status,
        String country, UUID defenderId, String text) {

    static final int TEXT_MAX_LENGTH = 100;
}
