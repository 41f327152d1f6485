package org.haven.request;

/** How fast a decision is needed; each level has a configured decision deadline. */
public enum Urgency {
    IMMEDIATE, URGENT, STANDARD
}
