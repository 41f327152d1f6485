package org.haven.request;

/** How the request reached the organisation. */
public enum IntakeChannel {
    SECURE_FORM, SIGNAL, EMAIL, PHONE, PARTNER_REFERRAL, IN_PERSON, OTHER
}
