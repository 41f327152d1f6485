package org.haven.console;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.haven.followup.FollowUpStatus;
import org.haven.followup.FollowUpType;
import org.haven.followup.Outcome;
import org.haven.grant.GrantStatus;
import org.haven.request.AssistanceType;
import org.haven.request.CheckResult;
import org.haven.request.IntakeChannel;

/** The names of the case pages' values in the reader's language. */
final class CaseLabels {

    private CaseLabels() {
    }

    /** Every constant of an enum as a choice of a form, in declaration order. */
    static <E extends Enum<E>> List<CasePage.Choice> choices(Class<E> type, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants()).map(e -> new CasePage.Choice(e.name(), label.apply(e))).toList();
    }

    static String assistanceType(AssistanceType type, CaseMessages m) {
        return switch (type) {
            case TEMPORARY_RELOCATION -> m.type_temporary_relocation();
            case LEGAL -> m.type_legal();
            case MEDICAL -> m.type_medical();
            case SECURITY -> m.type_security();
            case DIGITAL_SECURITY -> m.type_digital_security();
            case PSYCHOSOCIAL -> m.type_psychosocial();
            case SUBSISTENCE -> m.type_subsistence();
            case FAMILY_SUPPORT -> m.type_family_support();
            case OTHER -> m.type_other();
        };
    }

    static String channel(IntakeChannel channel, CaseMessages m) {
        return switch (channel) {
            case SECURE_FORM -> m.channel_secure_form();
            case SIGNAL -> m.channel_signal();
            case EMAIL -> m.channel_email();
            case PHONE -> m.channel_phone();
            case PARTNER_REFERRAL -> m.channel_partner_referral();
            case IN_PERSON -> m.channel_in_person();
            case OTHER -> m.channel_other();
        };
    }

    static String check(CheckResult result, CaseMessages m) {
        if (result == null) {
            return null;
        }
        return switch (result) {
            case MET -> m.check_met();
            case NOT_MET -> m.check_not_met();
            case UNCLEAR -> m.check_unclear();
        };
    }

    static String grantStatus(GrantStatus status, CaseMessages m) {
        return switch (status) {
            case PROPOSED -> m.grant_proposed();
            case APPROVED -> m.grant_approved();
            case REJECTED -> m.grant_rejected();
            case WITHDRAWN -> m.grant_withdrawn();
            case CANCELLED -> m.grant_cancelled();
            case CLOSED -> m.grant_closed();
        };
    }

    static String followUpType(FollowUpType type, CaseMessages m) {
        return switch (type) {
            case CHECK_IN -> m.follow_up_check_in();
            case FINANCIAL_REPORT -> m.follow_up_financial_report();
            case SECURITY_REVIEW -> m.follow_up_security_review();
            case OTHER -> m.follow_up_other();
        };
    }

    static String followUpStatus(FollowUpStatus status, CaseMessages m) {
        return switch (status) {
            case PLANNED -> m.follow_up_planned();
            case DONE -> m.follow_up_done();
            case MISSED -> m.follow_up_missed();
            case CANCELLED -> m.follow_up_cancelled();
        };
    }

    static String outcome(Outcome outcome, CaseMessages m) {
        return switch (outcome) {
            case SAFE -> m.outcome_safe();
            case RISK_INCREASED -> m.outcome_risk_increased();
            case RELOCATED -> m.outcome_relocated();
            case LOST_CONTACT -> m.outcome_lost_contact();
            case NEEDS_FURTHER_SUPPORT -> m.outcome_needs_further_support();
        };
    }
}
