package org.haven.console;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.haven.request.AssistanceType;
import org.haven.request.CheckResult;
import org.haven.request.IntakeChannel;
import org.haven.request.OpenRequest;
import org.haven.request.RecordAssessment;
import org.haven.request.RecordAssessment.Criterion;
import org.haven.request.RecordAssessment.Relocation;
import org.haven.request.Urgency;
import org.haven.shared.money.Money;

/**
 * The case pages' forms read into the request feature's commands, field by field under the API's JSON
 * names. Only the reading happens here (a number that is not a number, a choice that is not offered: such
 * problems go into {@code problems}); whether the command is acceptable is for Bean Validation and the
 * services to say.
 */
final class CaseCommands {

    /** The open-request form's fields in the order of the form: its problems are listed in this order. */
    static final List<String> OPEN_FIELDS = List.of("defenderId", "assistanceTypes", "urgency", "summary",
            "narrative", "requestedAmount", "requestedAmount.amount", "requestedAmount.currency", "intakeChannel",
            "referringPartner");

    /** The assessment form's fields in the order of the form (also for "what you typed" after a stale save). */
    static final List<String> ASSESSMENT_FIELDS = List.of("identity.result", "identity.note", "situation.result",
            "situation.note", "need.result", "need.note", "riskAssessment", "relocation", "relocation.hostCountry",
            "relocation.hostOrganisation", "relocation.plannedDurationMonths", "relocation.familyMembersIncluded");

    private CaseCommands() {
    }

    static OpenRequest open(ConsoleForm form, FormErrors errors, ConsoleForm problems) {
        return new OpenRequest(uuid(form, errors, problems, "defenderId"),
                enums(form, errors, problems, "assistanceTypes", AssistanceType.class),
                choice(form, errors, problems, "urgency", Urgency.class), form.value("summary"),
                form.value("narrative"), money(form, errors, problems, "requestedAmount"),
                choice(form, errors, problems, "intakeChannel", IntakeChannel.class), form.value("referringPartner"));
    }

    static RecordAssessment assessment(ConsoleForm form, FormErrors errors, ConsoleForm problems) {
        return new RecordAssessment(criterion(form, errors, problems, "identity"),
                criterion(form, errors, problems, "situation"), criterion(form, errors, problems, "need"),
                form.value("riskAssessment"), relocation(form, errors, problems));
    }

    private static Criterion criterion(ConsoleForm form, FormErrors errors, ConsoleForm problems, String name) {
        return new Criterion(choice(form, errors, problems, name + ".result", CheckResult.class),
                form.value(name + ".note"));
    }

    /** No relocation plan when none of its fields is filled in; the request says whether it needs one. */
    private static Relocation relocation(ConsoleForm form, FormErrors errors, ConsoleForm problems) {
        String country = form.value("relocation.hostCountry");
        String organisation = form.value("relocation.hostOrganisation");
        String months = form.value("relocation.plannedDurationMonths");
        String family = form.value("relocation.familyMembersIncluded");
        if (country == null && organisation == null && months == null && family == null) {
            return null;
        }
        return new Relocation(country == null ? null : country.toUpperCase(Locale.ROOT), organisation,
                integer(form, errors, problems, "relocation.plannedDurationMonths"),
                integer(form, errors, problems, "relocation.familyMembersIncluded"));
    }

    /** One of an enum's constants by name; null when not chosen; a value not offered is marked invalid. */
    static <E extends Enum<E>> E choice(ConsoleForm form, FormErrors errors, ConsoleForm problems, String field,
            Class<E> type) {
        String value = form.value(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.invalid(field, problems);
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> enums(ConsoleForm form, FormErrors errors, ConsoleForm problems,
            String field, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String value : form.values(field)) {
            try {
                chosen.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException e) {
                errors.invalid(field, problems);
                return chosen;
            }
        }
        return chosen;
    }

    static UUID uuid(ConsoleForm form, FormErrors errors, ConsoleForm problems, String field) {
        String value = form.value(field);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            errors.invalid(field, problems);
            return null;
        }
    }

    private static Integer integer(ConsoleForm form, FormErrors errors, ConsoleForm problems, String field) {
        String value = form.value(field);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.invalid(field, problems);
            return null;
        }
    }

    /** No money when both parts are empty; one part alone is for validation to name. */
    private static Money money(ConsoleForm form, FormErrors errors, ConsoleForm problems, String field) {
        String amount = form.value(field + ".amount");
        String currency = form.value(field + ".currency");
        if (amount == null && currency == null) {
            return null;
        }
        BigDecimal parsed = null;
        if (amount != null && amount.length() > GrantPageForms.MAX_AMOUNT_LENGTH) {
            // never parse a huge number: its conversion costs time growing with the square of its length
            errors.invalid(field + ".amount", problems);
        } else if (amount != null) {
            try {
                // as every amount of the console: any script's digits, grouping spaces, a decimal comma
                parsed = new BigDecimal(GrantPageForms.plainNumber(amount));
            } catch (NumberFormatException e) {
                errors.invalid(field + ".amount", problems);
            }
        }
        return new Money(parsed, currency == null ? null : currency.toUpperCase(Locale.ROOT));
    }

    /** The version the form was shown with; a missing or garbled one is treated as stale (-1 never matches). */
    static long version(ConsoleForm form) {
        try {
            String value = form.value("version");
            return value == null ? -1 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
