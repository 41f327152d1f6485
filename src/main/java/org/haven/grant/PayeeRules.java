package org.haven.grant;

import org.haven.organisation.OrganisationRef;
import org.haven.organisation.OrganisationType;
import org.haven.organisation.VettingStatus;
import org.haven.shared.error.Refusal;

/**
 * What an organisation must be to be supported or paid by a grant: never one whose vetting was refused;
 * a supported one registered as a beneficiary; and, by the final approval, vetted. Money reaches an
 * organisation only once someone has checked who it is.
 */
final class PayeeRules {

    private PayeeRules() {
    }

    /** At proposal: an organisation supported by the grant. */
    static void requireBeneficiary(OrganisationRef organisation, String field) {
        requireNotRefused(organisation, field);
        if (!organisation.types().contains(OrganisationType.BENEFICIARY)) {
            throw Refusal.rule("organisation-not-beneficiary", field,
                    "the organisation is not registered as a beneficiary; add the type BENEFICIARY to its profile first");
        }
    }

    /** At proposal: an organisation paid by the grant (a payee). */
    static void requireNotRefused(OrganisationRef organisation, String field) {
        if (organisation.vettingStatus() == VettingStatus.REFUSED) {
            throw Refusal.rule("organisation-vetting-refused", field,
                    "the organisation's vetting was refused; it can be neither supported nor paid");
        }
    }

    /** At the final approval: every organisation supported or paid is vetted. */
    static void requireVetted(OrganisationRef organisation, String field) {
        if (organisation.vettingStatus() != VettingStatus.VETTED) {
            throw Refusal.rule("organisation-not-vetted", field, "the organisation is "
                    + organisation.vettingStatus() + "; it must be VETTED before the final approval");
        }
    }
}
