package org.haven.grant;

/** What an activity's cost pays for; a grant charged to an activity names one. */
public enum CostCategory {
    TRAVEL,
    STAY,
    INTERPRETATION,
    VENUE,
    VISA,
    OTHER
}
