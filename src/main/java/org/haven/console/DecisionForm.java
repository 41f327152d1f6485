package org.haven.console;

import java.util.List;

import org.haven.grant.DecideOnGrant;
import org.haven.grant.Decision;
import org.haven.grant.DueDiligence;
import org.haven.shared.error.Refusal;

/**
 * The decision form of a grant's page read into {@link DecideOnGrant}, the body of
 * {@code POST /grants/{id}/decisions}, under the same field names; and the decision's refusals placed on
 * the form. Only the edge lives here: a yes/no that is neither is marked invalid; every rule stays with
 * the command's Bean Validation and the decision service.
 */
final class DecisionForm {

    static final String SANCTIONS = "dueDiligence.sanctionsScreened";
    static final String ELSEWHERE = "dueDiligence.fundedElsewhere";
    static final String NOTE = "dueDiligence.note";
    /** The form's fields, in its order; a refusal about anything else (the amount, the status) is about the grant. */
    static final List<String> FIELDS = List.of("decision", "comment", "dueDiligence", SANCTIONS, ELSEWHERE, NOTE);

    private DecisionForm() {
    }

    /**
     * The command: the due diligence only when some of it is answered (else the one recorded earlier
     * counts), and never with a rejection, which does not use it.
     */
    static DecideOnGrant command(ConsoleForm form, FormErrors errors) {
        Decision decision = new GrantPageForms(form, errors).choice("decision", Decision.class);
        DueDiligence dueDiligence = null;
        if (decision != Decision.REJECT && new GrantPageForms(form, errors).filled(SANCTIONS, ELSEWHERE, NOTE)) {
            dueDiligence = new DueDiligence(yesNo(form, errors, SANCTIONS), yesNo(form, errors, ELSEWHERE),
                    form.value(NOTE));
        }
        return new DecideOnGrant(decision, form.value("comment"), dueDiligence);
    }

    private static Boolean yesNo(ConsoleForm form, FormErrors errors, String field) {
        String value = form.value(field);
        if (value == null || value.equals("true") || value.equals("false")) {
            return value == null ? null : Boolean.valueOf(value);
        }
        errors.invalid(field, form);
        return null;
    }

    static void labels(ConsoleForm form, ApprovalMessages m) {
        form.label("decision", m.decision_label()).label("comment", m.comment_label())
                .label("dueDiligence", m.dd_legend()).label(SANCTIONS, m.dd_sanctions_label())
                .label(ELSEWHERE, m.dd_elsewhere_label()).label(NOTE, m.dd_note_field());
    }

    /**
     * A refusal of the decision in plain words: beside its field when the form has it, else at the top
     * (own proposal, second approval by the same manager, the caps, the fund, a grant already decided).
     */
    static void refused(Refusal refusal, ConsoleForm form, FormErrors errors) {
        ConsoleForm found = ConsoleForm.empty();
        errors.refused(refusal, found);
        if (found.stale()) {
            form.markStale();
        }
        for (ConsoleForm.Problem p : found.problems()) {
            form.error(p.field() != null && FIELDS.contains(p.field()) ? p.field() : null, p.message());
        }
    }
}
