package org.haven.organisation;

/** Where the due-diligence check of an organisation stands. VETTED and REFUSED carry their date. */
public enum VettingStatus {
    NOT_VETTED, IN_PROGRESS, VETTED, REFUSED;

    boolean decided() {
        return this == VETTED || this == REFUSED;
    }
}
