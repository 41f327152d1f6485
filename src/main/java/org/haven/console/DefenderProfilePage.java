package org.haven.console;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.haven.defender.ContactChannel;
import org.haven.defender.DefenderStatus;
import org.haven.defender.DefenderView;
import org.haven.defender.SensitiveDetails;
import org.haven.request.RequestSummary;
import org.haven.shared.paging.Page;

/**
 * The defender page's content, in the reader's language: the profile as staff see it by default, and
 * the protected details only when they were asked for with a reason (the read is audited by the service).
 */
public record DefenderProfilePage(UUID id, String pseudonym, List<Fact> facts, boolean active, boolean canOpenRequest,
        boolean canShowSensitive, ConsoleForm form, Sensitive sensitive, Requests requests, boolean canErase,
        String erasedNotice) {

    /** One line of the profile: a label and its value (user-typed values are shown with dir="auto"). */
    public record Fact(String id, String label, String value, boolean typed) {
    }

    /** The protected details as read, with when they were shown. */
    public record Sensitive(String shownAt, List<Fact> facts, List<Fact> contacts) {
    }

    /** The defender's requests visible to the reader, newest first (null: the reader's role has no request list). */
    public record Requests(List<RequestRow> rows, String more) {
    }

    public record RequestRow(UUID id, String reference, String status, String urgency, String deadline,
            String deadlineIso, String summary) {
    }

    static DefenderProfilePage of(DefenderView d, DefenderChoices choices, ConsoleFormat format, boolean officer,
            boolean mayReadSensitive, ConsoleForm form, Sensitive sensitive, Requests requests, boolean admin) {
        DefenderMessages msg = choices.messages();
        if (d.status() == DefenderStatus.ERASED) {
            return erased(d, choices, format, requests);
        }
        String none = msg.not_given();
        List<Fact> facts = new java.util.ArrayList<>(List.of(
                new Fact("reference", msg.label_reference(), d.reference(), false),
                new Fact("status", msg.label_status(), choices.status(d.status()), false),
                new Fact("risk", msg.label_risk_level(), choices.risk(d.riskLevel()), false),
                new Fact("areas", msg.label_areas(), d.areasOfWork().stream().sorted().map(choices::area)
                        .reduce((a, b) -> a + ", " + b).orElse(none), false),
                new Fact("country", msg.label_current_country(), choices.country(d.currentCountry()), false),
                new Fact("nationality", msg.label_nationality(), choices.country(d.nationality()), false),
                new Fact("country-of-origin", msg.label_country_of_origin(), choices.country(d.countryOfOrigin()), false),
                new Fact("in-exile-since", msg.label_in_exile_since(),
                        d.inExileSince() == null ? none : format.date(d.inExileSince()), false),
                new Fact("gender", msg.label_gender(), d.gender() == null ? none : choices.gender(d.gender()), false),
                new Fact("birth-year", msg.label_birth_year(),
                        d.birthYear() == null ? none : String.valueOf(d.birthYear()), false),
                new Fact("legal-status", msg.label_legal_status(),
                        d.legalStatus() == null ? none : choices.legalStatus(d.legalStatus()), false),
                new Fact("organisation", msg.label_organisation(), d.organisation() == null ? none : d.organisation(),
                        d.organisation() != null),
                new Fact("team", msg.label_team(), d.team(), true),
                new Fact("consent", msg.label_consent(), d.consent() == null ? msg.consent_none()
                        : msg.consent_given_for(format.date(d.consent().givenAt()), d.consent().scope().stream()
                                .sorted().map(choices::consentScope).collect(Collectors.joining(", "))), false),
                new Fact("registered", msg.label_registered(), format.dateTime(d.registeredAt()), false),
                new Fact("updated", msg.label_updated(), format.dateTime(d.updatedAt()), false)));
        if (d.archivedAt() != null) {
            facts.add(new Fact("archived", msg.label_archived(), format.dateTime(d.archivedAt()), false));
            facts.add(new Fact("archive-reason", msg.label_archive_reason(), d.archiveReason(), true));
        }
        boolean active = d.status() == DefenderStatus.ACTIVE;
        return new DefenderProfilePage(d.id(), d.pseudonym(), List.copyOf(facts), active, officer && active,
                mayReadSensitive && sensitive == null, form, sensitive, requests, admin, null);
    }

    /**
     * What is left of an erased defender, for every role: the reference, team, risk level and dates, and
     * their cases for those who read cases; no form, nothing protected to show, nothing to erase again.
     */
    private static DefenderProfilePage erased(DefenderView d, DefenderChoices choices, ConsoleFormat format,
            Requests requests) {
        DefenderMessages msg = choices.messages();
        AdminMessages admin = ConsolePages.bundle(AdminMessages.class, format.language());
        String erasedAt = format.dateTime(d.updatedAt());
        List<Fact> facts = List.of(new Fact("reference", msg.label_reference(), d.reference(), false),
                new Fact("status", msg.label_status(), choices.status(d.status()), false),
                new Fact("risk", msg.label_risk_level(), choices.risk(d.riskLevel()), false),
                new Fact("team", msg.label_team(), d.team(), true),
                new Fact("registered", msg.label_registered(), format.dateTime(d.registeredAt()), false),
                new Fact("erased", admin.erased_at_label(), erasedAt, false));
        return new DefenderProfilePage(d.id(), d.pseudonym(), facts, false, false, false, ConsoleForm.empty(), null,
                requests, false, admin.erased_notice(erasedAt));
    }

    static Requests requests(Page<RequestSummary> page, ConsoleFormat format) {
        ConsoleMessages msg = format.messages();
        List<RequestRow> rows = page.items().stream().map(r -> new RequestRow(r.id(), r.reference(),
                Caseload.status(r.status(), msg), Caseload.urgency(r.urgency(), msg),
                format.dateTime(r.decisionDeadline()), r.decisionDeadline().toString(), r.summary())).toList();
        String more = page.totalItems() > rows.size()
                ? msg.section_more(format.number(rows.size()), format.number(page.totalItems()))
                : null;
        return new Requests(rows, more);
    }

    static Sensitive sensitive(SensitiveDetails details, DefenderChoices choices, String shownAt) {
        DefenderMessages msg = choices.messages();
        String none = msg.none_recorded();
        List<Fact> facts = List.of(
                typed("legal-name", msg.label_legal_name(), details.legalName(), none),
                typed("other-names", msg.label_other_names(),
                        details.otherNames() == null || details.otherNames().isEmpty() ? null
                                : String.join(", ", details.otherNames()), none),
                typed("current-city", msg.label_current_city(), details.currentCity(), none),
                typed("risk-notes", msg.label_risk_notes(), details.riskNotes(), none));
        List<ContactChannel> channels = details.contacts() == null ? List.of() : details.contacts();
        List<Fact> contacts = channels.stream()
                .map(c -> new Fact("contact", choices.channel(c.channel()), c.value(), true)).toList();
        return new Sensitive(shownAt, facts, contacts);
    }

    private static Fact typed(String id, String label, String value, String none) {
        return value == null || value.isBlank() ? new Fact(id, label, none, false) : new Fact(id, label, value, true);
    }
}
