package org.haven.console;

import java.util.ArrayList;
import java.util.List;

import org.haven.request.RequestView;
import org.haven.shared.web.Params;
import org.haven.shared.web.ProblemException;

/**
 * The forms of the case page. The one that was sent and refused keeps what was typed, except a stale
 * assessment: its form shows the current values (so that saving again is a decision taken on what is
 * there now), and {@code typed} lists what the reader had typed, to copy from.
 *
 * @param checks the choices of each criterion (met, not met, unclear)
 * @param criteria the three criteria of the assessment form
 * @param me the reader's subject, for "assign to me"
 */
public record CaseForms(ConsoleForm assessment, ConsoleForm transition, ConsoleForm assign, ConsoleForm reveal,
        List<CasePage.Typed> typed, List<CasePage.Choice> checks, List<Criterion> criteria, String me,
        boolean notesHidden) {

    /** One criterion of the assessment: its labels and the names of its two fields. */
    public record Criterion(String label, String noteLabel, String result, String note) {
    }

    static List<Criterion> criteria(CaseMessages cases) {
        return List.of(
                new Criterion(cases.assessment_identity(), cases.assessment_identity_note(), "identity.result",
                        "identity.note"),
                new Criterion(cases.assessment_situation(), cases.assessment_situation_note(), "situation.result",
                        "situation.note"),
                new Criterion(cases.assessment_need(), cases.assessment_need_note(), "need.result", "need.note"));
    }

    /**
     * The reason of "show, with a reason". Posted as "reason" (the API's parameter) and held under its own
     * name, so that its input and problem do not share an id with the status form's reason.
     */
    static final String REVEAL_REASON = "revealReason";

    /**
     * The assessment form filled with the recorded assessment. The notes are sensitive: they are filled in
     * only after they were shown with a reason; otherwise they are empty, and the form says that recording
     * replaces the earlier assessment, notes included.
     */
    static ConsoleForm assessment(RequestView view, CasePage.SensitiveParts sensitive) {
        ConsoleForm form = ConsoleForm.empty();
        RequestView.AssessmentView a = view.assessment();
        if (a != null) {
            form.with("identity.result", name(a.identity())).with("situation.result", name(a.situation()))
                    .with("need.result", name(a.need())).with("relocation.hostCountry", a.hostCountry())
                    .with("relocation.plannedDurationMonths", text(a.plannedDurationMonths()))
                    .with("relocation.familyMembersIncluded", text(a.familyMembersIncluded()));
        }
        if (sensitive != null) {
            form.with("identity.note", sensitive.identityNote()).with("situation.note", sensitive.situationNote())
                    .with("need.note", sensitive.needNote()).with("riskAssessment", sensitive.riskAssessment())
                    .with("relocation.hostOrganisation", sensitive.hostOrganisation());
        }
        return form;
    }

    /** What the reader typed into an assessment that was not saved, with the labels of its fields. */
    static List<CasePage.Typed> typed(ConsoleForm form, CaseMessages cases) {
        List<CasePage.Typed> typed = new ArrayList<>();
        for (String field : CaseCommands.ASSESSMENT_FIELDS) {
            String value = form.value(field);
            if (value != null) {
                typed.add(new CasePage.Typed(label(field, cases), field.endsWith(".result") ? check(value, cases) : value));
            }
        }
        return typed;
    }

    /** The reason for a sensitive read as the API takes it ({@link Params#reason}); null with a problem if refused. */
    static String reason(ConsoleForm form, ConsoleMessages msg, CaseMessages cases) {
        try {
            return Params.reason(form.shown(REVEAL_REASON));
        } catch (ProblemException e) {
            String problem = form.value(REVEAL_REASON) == null ? msg.field_required()
                    : form.shown(REVEAL_REASON).length() > Params.REASON_MAX_LENGTH
                            ? msg.field_too_long(String.valueOf(Params.REASON_MAX_LENGTH))
                            : msg.field_invalid();
            form.error(REVEAL_REASON, cases.field_problem(cases.reveal_reason(), problem));
            return null;
        }
    }

    /** The label of a field of the case pages' forms, to name it in the summary of problems; null if unknown. */
    static String label(String field, CaseMessages cases) {
        return switch (field) {
            case "defenderId" -> cases.open_defender();
            case "assistanceTypes" -> cases.open_assistance_types();
            case "urgency" -> cases.open_urgency();
            case "summary" -> cases.open_summary();
            case "narrative" -> cases.narrative();
            case "requestedAmount" -> cases.requested_amount();
            case "requestedAmount.amount" -> cases.open_amount_value();
            case "requestedAmount.currency" -> cases.open_amount_currency();
            case "intakeChannel" -> cases.open_channel();
            case "referringPartner" -> cases.referring_partner();
            case "identity.result" -> cases.assessment_identity();
            case "identity.note" -> cases.assessment_identity_note();
            case "situation.result" -> cases.assessment_situation();
            case "situation.note" -> cases.assessment_situation_note();
            case "need.result" -> cases.assessment_need();
            case "need.note" -> cases.assessment_need_note();
            case "riskAssessment" -> cases.assessment_risk();
            case "relocation" -> cases.relocation_title();
            case "relocation.hostCountry" -> cases.relocation_host_country();
            case "relocation.hostOrganisation" -> cases.relocation_host_organisation();
            case "relocation.plannedDurationMonths" -> cases.relocation_months();
            case "relocation.familyMembersIncluded" -> cases.relocation_family();
            case "to" -> cases.transition_to();
            case "reason" -> cases.transition_reason();
            case "officer" -> cases.assign_officer();
            case REVEAL_REASON -> cases.reveal_reason();
            default -> null;
        };
    }

    private static String check(String value, CaseMessages cases) {
        try {
            return CaseLabels.check(org.haven.request.CheckResult.valueOf(value), cases);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }
}
