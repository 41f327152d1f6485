package org.haven.console;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.haven.defender.AreaOfWork;
import org.haven.defender.Consent;
import org.haven.defender.ConsentScope;
import org.haven.defender.ContactChannel;
import org.haven.defender.ContactChannelType;
import org.haven.defender.Gender;
import org.haven.defender.LegalStatus;
import org.haven.defender.RegisterDefender;
import org.haven.defender.RiskLevel;

/**
 * The "register a defender" form: its content for the page, and the API's {@link RegisterDefender} built
 * from what was posted. Field names are the command's JSON fields ({@code contacts[0].value}), so the same
 * Bean Validation as {@code POST /defenders} puts each problem next to its input. Only what the HTTP edge
 * of the API checks before its validation (text is plain text, a number is a number, a choice is one of
 * the choices) is checked here; the rules are the command's and the service's.
 */
public record DefenderRegistration(ConsoleForm form, DefenderChoices choices, List<String> teams,
        List<ContactRow> contactRows) {

    /** Contact rows the form offers; more than these can be added later through the API. */
    static final int CONTACT_ROWS = 3;
    /** The most contact rows read from a post (the command allows 10). */
    private static final int CONTACT_ROWS_READ = 10;
    /** The fields in the order the page shows them. */
    private static final List<String> ORDER = List.of("pseudonym", "currentCountry", "riskLevel", "areasOfWork", "gender",
            "birthYear", "nationality", "countryOfOrigin", "inExileSince", "legalStatus", "organisation", "team",
            "consent", "legalName", "otherNames", "currentCity", "contacts", "riskNotes");
    /** Other names are typed one per line in one text box; its problems are that box's. */
    private static final Pattern OTHER_NAME = Pattern.compile("otherNames\\[\\d+].*");
    private static final Pattern CONTACT = Pattern.compile("contacts\\[(\\d+)]\\.?(\\w*)");

    /** One contact row of the form: the names of its two inputs. */
    public record ContactRow(String number, String channel, String value) {
    }

    static DefenderRegistration of(ConsoleForm form, DefenderChoices choices, Set<String> teams, ConsoleFormat format) {
        List<ContactRow> rows = IntStream.range(0, CONTACT_ROWS)
                .mapToObj(i -> new ContactRow(format.number(i + 1L), contact(i, "channel"), contact(i, "value"))).toList();
        // a choice of team only when there is one to make: with one team, the API files under it
        return new DefenderRegistration(form, choices, teams.size() > 1 ? List.copyOf(teams) : List.of(), rows);
    }

    /**
     * The posted form with its filled-in contact rows moved up, so that the n-th contact of the command is
     * the n-th row of the form and a problem of {@code contacts[0].value} lands next to the input shown first.
     */
    static MultivaluedMap<String, String> compactContacts(MultivaluedMap<String, String> posted) {
        MultivaluedMap<String, String> compacted = new MultivaluedHashMap<>();
        posted.forEach((name, values) -> {
            if (!name.startsWith("contacts[")) {
                compacted.put(name, values);
            }
        });
        int row = 0;
        for (int i = 0; i < CONTACT_ROWS_READ; i++) {
            String channel = posted.getFirst(contact(i, "channel"));
            String value = posted.getFirst(contact(i, "value"));
            if (!blank(channel) || !blank(value)) {
                compacted.putSingle(contact(row, "channel"), channel == null ? "" : channel);
                compacted.putSingle(contact(row, "value"), value == null ? "" : value);
                row++;
            }
        }
        return compacted;
    }

    /**
     * The command as the form says it, or null when the form has problems (then each is on the form, next
     * to its field): first what the API's JSON reading would refuse, then the command's Bean Validation.
     */
    static RegisterDefender command(ConsoleForm form, FormErrors errors, Validator validator, ZoneId zone) {
        // problems found at the edge go here first; the form gets every problem at the end, in the form's order
        ConsoleForm edge = ConsoleForm.empty();
        List<ContactChannel> contacts = new ArrayList<>();
        // rows were moved up (compactContacts): the first empty one ends them
        for (int i = 0; i < CONTACT_ROWS_READ
                && (form.value(contact(i, "channel")) != null || form.value(contact(i, "value")) != null); i++) {
            contacts.add(new ContactChannel(choice(contact(i, "channel"), ContactChannelType.class, form, edge, errors),
                    form.value(contact(i, "value"))));
        }
        Set<AreaOfWork> areas = EnumSet.noneOf(AreaOfWork.class);
        for (String area : form.values("areasOfWork")) {
            AreaOfWork chosen = choice("areasOfWork", area, AreaOfWork.class, edge, errors);
            if (chosen != null) {
                areas.add(chosen);
            }
        }
        RegisterDefender command = new RegisterDefender(form.value("pseudonym"), form.value("legalName"),
                otherNames(form.value("otherNames")), choice("gender", Gender.class, form, edge, errors),
                year(form, edge, errors), form.value("nationality"), form.value("countryOfOrigin"),
                form.value("currentCountry"), form.value("currentCity"),
                GrantPageForms.date("inExileSince", form.value("inExileSince"), edge, errors),
                choice("legalStatus", LegalStatus.class, form, edge, errors), areas, form.value("organisation"),
                contacts.isEmpty() ? null : contacts, choice("riskLevel", RiskLevel.class, form, edge, errors),
                form.value("riskNotes"), consent(form, edge, errors, zone), form.value("team"));
        ConsoleForm validated = ConsoleForm.empty();
        errors.validate(validator, command, validated);
        List<ConsoleForm.Problem> problems = new ArrayList<>(edge.problems());
        // a field refused at the edge keeps that one problem, not a second "required" for the value it could not take
        validated.problems().stream().filter(p -> !edge.invalid(p.field()))
                .map(p -> p.field() != null && OTHER_NAME.matcher(p.field()).matches()
                        ? new ConsoleForm.Problem("otherNames", p.message(), p.label())
                        : p)
                .forEach(problems::add);
        problems.stream().sorted(Comparator.comparingInt(p -> rank(p.field())))
                .forEach(p -> form.error(p.field(), p.message()));
        return form.hasErrors() ? null : command;
    }

    /** Where a field is on the page, so that the summary of problems reads in the same order. */
    private static int rank(String field) {
        if (field == null) {
            return -1;
        }
        Matcher contact = CONTACT.matcher(field);
        if (contact.matches()) {
            return ORDER.indexOf("contacts") * 100 + Integer.parseInt(contact.group(1)) * 2
                    + ("value".equals(contact.group(2)) ? 1 : 0);
        }
        int at = ORDER.indexOf(field.split("[.\\[]", 2)[0]);
        return at < 0 ? Integer.MAX_VALUE : at * 100;
    }

    /** One name per line; blank lines are no names. */
    private static List<String> otherNames(String typed) {
        if (typed == null) {
            return null;
        }
        List<String> names = typed.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return names.isEmpty() ? null : names;
    }

    /**
     * Consent as the form records it: the day it was given (its start in the console's zone) and what it
     * covers; nothing when neither is filled in. One without the other goes to the command as it is, so
     * its Bean Validation names the missing part.
     */
    private static Consent consent(ConsoleForm form, ConsoleForm edge, FormErrors errors, ZoneId zone) {
        String day = form.value("consent.givenAt");
        Set<ConsentScope> scope = EnumSet.noneOf(ConsentScope.class);
        for (String chosen : form.values("consent.scope")) {
            ConsentScope value = choice("consent.scope", chosen, ConsentScope.class, edge, errors);
            if (value != null) {
                scope.add(value);
            }
        }
        if (day == null && scope.isEmpty() && !edge.invalid("consent.scope")) {
            return null;
        }
        LocalDate given = GrantPageForms.date("consent.givenAt", day, edge, errors);
        return new Consent(given == null ? null : given.atStartOfDay(zone).toInstant(), scope);
    }

    private static Integer year(ConsoleForm form, ConsoleForm edge, FormErrors errors) {
        String value = form.value("birthYear");
        if (value == null || edge.invalid("birthYear")) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.invalid("birthYear", edge);
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(String field, Class<E> type, ConsoleForm form, ConsoleForm edge,
            FormErrors errors) {
        return choice(field, form.value(field), type, edge, errors);
    }

    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type, ConsoleForm edge,
            FormErrors errors) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            if (!edge.invalid(field)) {
                errors.invalid(field, edge);
            }
            return null;
        }
    }

    private static String contact(int index, String part) {
        return "contacts[" + index + "]." + part;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
