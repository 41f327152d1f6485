package org.haven.defender;

/** A secure way to reach the defender. */
public enum ContactChannelType {
    SIGNAL, WHATSAPP, TELEGRAM, EMAIL, PHONE, VIA_PARTNER, OTHER
}
