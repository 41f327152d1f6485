package org.haven.request;

/** Outcome of one eligibility criterion. */
public enum CheckResult {
    MET, NOT_MET, UNCLEAR
}
