package org.haven.request;

import java.util.UUID;

/** What other features may know of a request; handed out by {@link Requests}. */
public record RequestRef(UUID id, String reference, UUID defenderId, RequestStatus status, String assignedOfficer,
        String team) {

    static RequestRef of(AssistanceRequest r) {
        return new RequestRef(r.id(), r.reference(), r.defenderId(), r.status(), r.assignedOfficer(), r.team());
    }
}
