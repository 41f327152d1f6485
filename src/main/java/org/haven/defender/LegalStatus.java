package org.haven.defender;

/** Legal status in the host country. */
public enum LegalStatus {
    ASYLUM_SEEKER, REFUGEE, VISA_HOLDER, UNDOCUMENTED, CITIZEN, OTHER
}
