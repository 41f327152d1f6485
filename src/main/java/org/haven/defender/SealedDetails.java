package org.haven.defender;

/** The sensitive details as stored: each field sealed with the defender's data key (AES-256-GCM). */
record SealedDetails(byte[] legalName, byte[] otherNames, byte[] currentCity, byte[] contacts, byte[] riskNotes) {

    static final SealedDetails NONE = new SealedDetails(null, null, null, null, null);
}
