package org.haven.organisation;

import java.util.Set;
import java.util.UUID;

/** What other features (activities, grants) may know of an organisation. */
public record OrganisationRef(UUID id, String reference, String team, Set<OrganisationType> types,
        VettingStatus vettingStatus) {
}
