package org.haven.console;

import java.util.Arrays;
import java.util.List;

import org.haven.legal.LegalEventKind;
import org.haven.legal.LegalSituation;
import org.haven.legal.ReportDimension;

/** The words of the legal-status enums in the reader's language. */
final class LegalLabels {

    private LegalLabels() {
    }

    static String kind(LegalEventKind kind, LegalMessages m) {
        return switch (kind) {
            case ASYLUM_APPLICATION -> m.kind_asylum_application();
            case INTERVIEW -> m.kind_interview();
            case DECISION_GRANTED -> m.kind_decision_granted();
            case DECISION_REFUSED -> m.kind_decision_refused();
            case APPEAL_FILED -> m.kind_appeal_filed();
            case APPEAL_DEADLINE -> m.kind_appeal_deadline();
            case REMOVAL_ORDER -> m.kind_removal_order();
            case DETENTION -> m.kind_detention();
            case PERMIT_EXPIRY -> m.kind_permit_expiry();
            case DEPORTATION -> m.kind_deportation();
        };
    }

    static String situation(LegalSituation situation, LegalMessages m) {
        return switch (situation) {
            case NO_RECORD -> m.situation_no_record();
            case ASYLUM_PENDING -> m.situation_asylum_pending();
            case PROTECTION_GRANTED -> m.situation_protection_granted();
            case REFUSED -> m.situation_refused();
            case APPEAL_PENDING -> m.situation_appeal_pending();
            case REMOVAL_ORDERED -> m.situation_removal_ordered();
            case DETAINED -> m.situation_detained();
            case PERMIT_EXPIRED -> m.situation_permit_expired();
            case DEPORTED -> m.situation_deported();
        };
    }

    static String dimension(ReportDimension dimension, LegalMessages m) {
        return switch (dimension) {
            case COUNTRY_OF_EXILE -> m.dimension_country_of_exile();
            case GENDER -> m.dimension_gender();
            case AREA_OF_WORK -> m.dimension_area_of_work();
            case ASSISTANCE_TYPE -> m.dimension_assistance_type();
            case OUTCOME -> m.dimension_outcome();
            case QUARTER -> m.dimension_quarter();
        };
    }

    static List<GrantLabels.Choice> kinds(LegalMessages m) {
        return Arrays.stream(LegalEventKind.values()).map(k -> new GrantLabels.Choice(k.name(), kind(k, m))).toList();
    }

    static List<GrantLabels.Choice> dimensions(LegalMessages m) {
        return Arrays.stream(ReportDimension.values()).map(d -> new GrantLabels.Choice(d.name(), dimension(d, m)))
                .toList();
    }

    /** A gender category of the overview (an enum name, or NOT_RECORDED) in the defender pages' words. */
    static String gender(String category, DefenderMessages d, LegalMessages m) {
        return switch (category) {
            case "WOMAN" -> d.gender_woman();
            case "MAN" -> d.gender_man();
            case "NON_BINARY" -> d.gender_non_binary();
            case "OTHER" -> d.gender_other();
            case "UNDISCLOSED" -> d.gender_undisclosed();
            default -> m.not_recorded();
        };
    }

    /** Days to a deadline in words: left, today, or passed. */
    static String timeLeft(long days, LegalMessages m) {
        return days > 0 ? m.days_left(days) : days == 0 ? m.today() : m.days_passed(-days);
    }
}
