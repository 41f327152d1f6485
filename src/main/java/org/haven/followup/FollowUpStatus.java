package org.haven.followup;

/** PLANNED until done, cancelled with a reason, or marked MISSED after the grace period. */
public enum FollowUpStatus {
    PLANNED, DONE, MISSED, CANCELLED
}
