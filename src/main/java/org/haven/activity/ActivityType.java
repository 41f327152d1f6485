package org.haven.activity;

/** The kinds of group support an activity is. */
public enum ActivityType {
    WORKSHOP, STRATEGY_MEETING, TRAINING, PEER_EXCHANGE,
    /** A meeting with a UN mechanism, a government or another institution. */
    ADVOCACY_MEETING
}
