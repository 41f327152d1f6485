package org.haven.legal;

/** Whose requests the aggregate report counts: those supported (the default), or every decided one. */
public enum ReportPopulation {
    /** Requests that reached SUPPORTED (and perhaps CLOSED since), by the quarter of the decision. */
    SUPPORTED,
    /** Every decided request: supported, declined, referred or withdrawn. */
    DECIDED
}
