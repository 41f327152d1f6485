package org.haven.console;

import java.util.Arrays;
import java.util.List;

import org.haven.defender.RiskLevel;
import org.haven.followup.FollowUpStatus;
import org.haven.followup.FollowUpType;
import org.haven.followup.Outcome;

/** The words for the follow-up enums, and the choices of the selects built from them. */
final class GrantLabels {

    /** One option of a select: the posted value (the API's enum name) and its words. */
    public record Choice(String value, String label) {
    }

    private GrantLabels() {
    }

    static String type(FollowUpType type, GrantMessages m) {
        return type == null ? null : switch (type) {
            case CHECK_IN -> m.type_check_in();
            case FINANCIAL_REPORT -> m.type_financial_report();
            case SECURITY_REVIEW -> m.type_security_review();
            case OTHER -> m.type_other();
        };
    }

    static String status(FollowUpStatus status, GrantMessages m) {
        return switch (status) {
            case PLANNED -> m.status_planned();
            case DONE -> m.status_done();
            case MISSED -> m.status_missed();
            case CANCELLED -> m.status_cancelled();
        };
    }

    static String outcome(Outcome outcome, GrantMessages m) {
        return outcome == null ? null : switch (outcome) {
            case SAFE -> m.outcome_safe();
            case RISK_INCREASED -> m.outcome_risk_increased();
            case RELOCATED -> m.outcome_relocated();
            case LOST_CONTACT -> m.outcome_lost_contact();
            case NEEDS_FURTHER_SUPPORT -> m.outcome_needs_further_support();
        };
    }

    static String risk(RiskLevel level, GrantMessages m) {
        return level == null ? null : switch (level) {
            case LOW -> m.risk_low();
            case MODERATE -> m.risk_moderate();
            case HIGH -> m.risk_high();
            case CRITICAL -> m.risk_critical();
        };
    }

    static List<Choice> types(GrantMessages m) {
        return Arrays.stream(FollowUpType.values()).map(t -> new Choice(t.name(), type(t, m))).toList();
    }

    static List<Choice> outcomes(GrantMessages m) {
        return Arrays.stream(Outcome.values()).map(o -> new Choice(o.name(), outcome(o, m))).toList();
    }

    static List<Choice> risks(GrantMessages m) {
        return Arrays.stream(RiskLevel.values()).map(r -> new Choice(r.name(), risk(r, m))).toList();
    }
}
