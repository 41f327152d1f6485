package org.haven.grant;

/** How money reached the defender or their host organisation. */
public enum DisbursementMethod {
    BANK_TRANSFER, MONEY_TRANSFER_OPERATOR, PARTNER_CASH, OTHER
}
