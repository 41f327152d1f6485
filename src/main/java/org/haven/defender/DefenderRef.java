package org.haven.defender;

import java.util.UUID;

/** What other features may know of a defender: identifiers and pseudonym, nothing else. */
public record DefenderRef(UUID id, String reference, String pseudonym, String team) {
}
