package org.haven.organisation;

/** What an organisation is to the programme; one organisation may be several of these. */
public enum OrganisationType {
    /** Works with the programme: verifies identities, co-organises activities. */
    PARTNER,
    /** Hosts relocated defenders or activities; often the payee of a relocation grant. */
    HOST,
    /** Receives support itself (an organisation or group of defenders). */
    BENEFICIARY,
    /** Funds the programme or an activity. */
    FUNDER;

    /** For the published maximum of a set of types. */
    static final int COUNT = 4;
}
