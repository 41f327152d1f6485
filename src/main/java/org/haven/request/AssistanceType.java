package org.haven.request;

/** What kind of help is asked for; one request may ask for several. */
public enum AssistanceType {
    TEMPORARY_RELOCATION, LEGAL, MEDICAL, SECURITY, DIGITAL_SECURITY, PSYCHOSOCIAL, SUBSISTENCE, FAMILY_SUPPORT, OTHER;

    /** How many types exist: the most a request can ask for (each at most once). A test keeps it true. */
    public static final int COUNT = 9;
}
