package org.haven.followup;

/** What the follow-up found. */
public enum Outcome {
    SAFE, RISK_INCREASED, RELOCATED, LOST_CONTACT, NEEDS_FURTHER_SUPPORT
}
