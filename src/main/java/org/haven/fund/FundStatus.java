package org.haven.fund;

/** A fund takes new grants only while ACTIVE; CLOSED keeps its history. */
public enum FundStatus {
    ACTIVE, CLOSED
}
