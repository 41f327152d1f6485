package org.haven.request;

import java.util.UUID;

/** Filters of the request queue; null means "any". */
record RequestFilter(RequestStatus status, Urgency urgency, String assignedOfficer, UUID defenderId,
        AssistanceType assistanceType, Boolean overdue) {
}
