package org.haven.console;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.haven.shared.error.Refusal;
import org.haven.shared.time.Years;

import io.quarkus.qute.TemplateInstance;

/**
 * Reading the posted values of the grant and follow-up forms into the services' command records, and
 * answering with a page. Only the edge lives here: a value that is not a number, a date or one of the
 * choices is marked invalid next to its field; every rule stays with the command's Bean Validation and
 * the services.
 */
final class GrantPageForms {

    /** Longer than any amount a person types (the API caps numbers at 1,000 characters while reading JSON). */
    static final int MAX_AMOUNT_LENGTH = 40;


    private final ConsoleForm form;
    private final FormErrors errors;

    GrantPageForms(ConsoleForm form, FormErrors errors) {
        this.form = form;
        this.errors = errors;
    }

    String text(String field) {
        return form.value(field);
    }

    boolean filled(String... fields) {
        for (String field : fields) {
            if (form.value(field) != null) {
                return true;
            }
        }
        return false;
    }

    UUID uuid(String field) {
        String value = form.value(field);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            errors.invalid(field, form);
            return null;
        }
    }

    /**
     * An amount as people type it: in any script's digits (Dari and Pashto readers may type ۱۲۳), with
     * the Arabic decimal separator, a comma as the decimal separator ("1500,50") or as thousands
     * separator ("1,500.50"), spaces between groups.
     */
    BigDecimal decimal(String field) {
        String value = form.value(field);
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_AMOUNT_LENGTH) {
            // never parse a huge number: its conversion costs time growing with the square of its length
            errors.invalid(field, form);
            return null;
        }
        String number = plainNumber(value);
        try {
            return new BigDecimal(number);
        } catch (NumberFormatException e) {
            errors.invalid(field, form);
            return null;
        }
    }

    /**
     * A number as people type it, written as BigDecimal reads it: any script's digits as ASCII digits,
     * the Arabic decimal separator as ".", spaces and thousands separators dropped, a lone comma before
     * one or two final digits read as the decimal separator. Shared by every amount of the console.
     */
    static String plainNumber(String value) {
        StringBuilder plain = new StringBuilder();
        for (char c : value.toCharArray()) {
            int digit = Character.digit(c, 10);
            if (digit >= 0) {
                plain.append(digit);
            } else if (c == '\u066B') {
                plain.append('.');
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u066C') {
                plain.append(c);
            }
        }
        String number = plain.toString();
        if (number.contains(".")) {
            number = number.replace(",", "");
        } else if (number.matches("\\d*,\\d{1,2}")) {
            number = number.replace(',', '.');
        } else {
            number = number.replace(",", "");
        }
        return number;
    }

    /** A date as {@code <input type="date">} posts it (yyyy-mm-dd). */
    LocalDate date(String field) {
        return date(field, form.value(field), form, errors);
    }

    /** A posted date (yyyy-mm-dd), or null with the field marked invalid in {@code problems}. */
    static LocalDate date(String field, String value, ConsoleForm problems, FormErrors errors) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (!Years.contains(date)) {
                errors.invalid(field, problems);
                return null;
            }
            return date;
        } catch (DateTimeException e) {
            errors.invalid(field, problems);
            return null;
        }
    }

    /**
     * A moment as {@code <input type="datetime-local">} posts it (yyyy-mm-ddThh:mm, seconds optional; a
     * space for the T is accepted from browsers that show a plain text box), read in the console's zone.
     */
    Instant dateTime(String field, ZoneId zone) {
        String value = form.value(field);
        if (value == null) {
            return null;
        }
        try {
            Instant instant = LocalDateTime.parse(value.replace(' ', 'T')).atZone(zone).toInstant();
            if (!Years.contains(instant)) {
                errors.invalid(field, form);
                return null;
            }
            return instant;
        } catch (DateTimeException e) {
            errors.invalid(field, form);
            return null;
        }
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = form.value(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.invalid(field, form);
            return null;
        }
    }

    /** One of an enum's names as a select posts it; anything else is marked unreadable. */
    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String value = form.value(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.invalid(field, form);
            return null;
        }
    }

    boolean checked(String field) {
        return "true".equals(form.value(field));
    }

    /**
     * The command's Bean Validation, as the API applies it; a field already marked as unreadable here
     * keeps that one problem instead of a second "required".
     */
    <T> boolean valid(Validator validator, T command) {
        ConsoleForm checked = ConsoleForm.empty();
        boolean valid = errors.validate(validator, command, checked);
        checked.problems().stream().filter(p -> p.field() == null || !form.invalid(p.field()))
                .forEach(p -> form.error(p.field(), p.message()));
        return valid && !form.hasErrors();
    }

    /** The status a form refused by a service is shown again with. */
    static int status(Refusal refusal) {
        return switch (refusal.kind()) {
            case CONFLICT -> 409;
            case STALE -> 412;
            default -> 422;
        };
    }

    /** Whether a refusal is about the page itself (unknown, erased, not allowed) rather than the form's values. */
    static boolean aboutThePage(Refusal refusal) {
        return refusal.kind() == Refusal.Kind.NOT_FOUND || refusal.kind() == Refusal.Kind.GONE
                || refusal.kind() == Refusal.Kind.FORBIDDEN;
    }

    static Response page(int status, TemplateInstance template) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(template.render())
                .build();
    }

    static Response seeOther(String location) {
        return Response.seeOther(java.net.URI.create(location)).build();
    }

    /** A calendar date as the reader's language writes it (ConsoleFormat writes moments, not dates). */
    static String date(LocalDate date, Language language) {
        return date == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.formats)
                .withDecimalStyle(DecimalStyle.of(language.formats)).format(date);
    }
}
