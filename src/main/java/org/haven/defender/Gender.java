package org.haven.defender;

/** Gender as the defender describes it (gender-based persecution is a risk factor). */
public enum Gender {
    WOMAN, MAN, NON_BINARY, OTHER, UNDISCLOSED
}
