package org.haven.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.haven.shared.error.Refusal;

/**
 * The case pages' forms checked as the API checks its bodies, with every problem put on the form: beside its
 * field, named by the field's label ("Urgency: This field is required.") so that the summary at the top says
 * which field it links to, and in the order of the form. The rules are the commands' Bean Validation and the
 * services' refusals ({@link FormErrors}); only the placing and wording happen here.
 */
final class CaseFormChecks {

    private final Validator validator;
    private final FormErrors errors;
    private final CaseMessages cases;

    CaseFormChecks(Validator validator, FormErrors errors, CaseMessages cases) {
        this.validator = validator;
        this.errors = errors;
        this.cases = cases;
    }

    /** For reading the form into a command ({@link CaseCommands}). */
    FormErrors errors() {
        return errors;
    }

    /**
     * Validates a command as the API does; true when it may go to the service. A field the form could not
     * even read ({@code unreadable}: not a number, not an offered choice) keeps that one problem.
     *
     * @param names the form's name of a command field where they differ ("target" is the form's "to")
     * @param order the form's fields in the order shown
     */
    <T> boolean check(T command, ConsoleForm unreadable, ConsoleForm form, Map<String, String> names,
            List<String> order) {
        ConsoleForm found = ConsoleForm.empty();
        errors.validate(validator, command, found);
        copy(found, unreadable, Map.of(), List.of(), false);
        copy(unreadable, form, names, order, true);
        return !form.hasErrors();
    }

    /**
     * A service's refusal beside its field ("" in {@code names} places the refusals of the whole form); the
     * answer's status. Not-found is thrown on: the page is not there (or not for this reader).
     */
    int refused(Refusal refusal, ConsoleForm form, Map<String, String> names) {
        if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
            throw refusal;
        }
        ConsoleForm found = ConsoleForm.empty();
        errors.refused(refusal, found);
        copy(found, form, names, List.of(), true);
        return statusOf(refusal);
    }

    /** The status of a form shown again after a refusal, as the API answers the same refusal. */
    static int statusOf(Refusal refusal) {
        return switch (refusal.kind()) {
            case STALE -> 412;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
            case GONE -> 410;
            case NOT_FOUND -> 404;
            case RULE -> 422;
        };
    }

    /** Problems of the whole form first, then in the form's order; a field that already has a problem keeps it. */
    private void copy(ConsoleForm from, ConsoleForm to, Map<String, String> names, List<String> order,
            boolean label) {
        if (from.stale()) {
            to.markStale();
        }
        List<ConsoleForm.Problem> problems = new ArrayList<>();
        for (ConsoleForm.Problem p : from.problems()) {
            problems.add(new ConsoleForm.Problem(names.getOrDefault(p.field() == null ? "" : p.field(), p.field()),
                    p.message()));
        }
        problems.sort(Comparator.comparingInt(p -> p.field() == null ? -1
                : order.contains(p.field()) ? order.indexOf(p.field()) : order.size()));
        for (ConsoleForm.Problem p : problems) {
            if (p.field() != null && to.invalid(p.field())) {
                continue;
            }
            String name = p.field() == null || !label ? null : CaseForms.label(p.field(), cases);
            to.error(p.field(), name == null ? p.message() : cases.field_problem(name, p.message()));
        }
    }
}
