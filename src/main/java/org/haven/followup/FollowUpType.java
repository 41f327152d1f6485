package org.haven.followup;

/** What the follow-up checks. */
public enum FollowUpType {
    CHECK_IN, FINANCIAL_REPORT, SECURITY_REVIEW, OTHER
}
