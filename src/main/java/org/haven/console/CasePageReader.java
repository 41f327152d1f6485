package org.haven.console;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.audit.AuditEntryView;
import org.haven.defender.DefenderService;
import org.haven.followup.FollowUpService;
import org.haven.followup.FollowUpView;
import org.haven.fund.FundService;
import org.haven.grant.GrantService;
import org.haven.grant.GrantView;
import org.haven.request.RequestSensitiveView;
import org.haven.request.RequestService;
import org.haven.request.RequestStatus;
import org.haven.request.RequestView;
import org.haven.shared.error.Refusal;
import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.Actor;
import org.haven.shared.security.Roles;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Gathers what the case page shows from the services the API uses for the same reads: the request
 * ({@code GET /requests/{id}}), its history ({@code GET /requests/{id}/history}), its grants
 * ({@code GET /grants?requestId=}) and follow-ups ({@code GET /follow-ups?requestId=}), the defender's
 * pseudonym and the funds' names. Wording and formatting only; no query or rule of its own.
 */
@ApplicationScoped
class CasePageReader {

    /** Grants and follow-ups shown per case; the section says when there are more. */
    static final int LIST_SIZE = 50;

    private final RequestService requests;
    private final DefenderService defenders;
    private final GrantService grants;
    private final FundService funds;
    private final FollowUpService followUps;
    private final Clock clock;

    CasePageReader(RequestService requests, DefenderService defenders, GrantService grants, FundService funds,
            FollowUpService followUps, Clock clock) {
        this.requests = requests;
        this.defenders = defenders;
        this.grants = grants;
        this.funds = funds;
        this.followUps = followUps;
        this.clock = clock;
    }

    CasePage read(RequestView view, ConsoleFormat format, Actor me, CasePage.SensitiveParts sensitive) {
        CaseMessages cases = ConsolePages.bundle(CaseMessages.class, format.language());
        ConsoleMessages msg = format.messages();
        Instant now = clock.instant();
        PageRequest first = new PageRequest(0, LIST_SIZE);
        Page<GrantView> grantPage = grants.ofRequest(view.id(), first);
        Page<FollowUpView> followUpPage = followUps.ofRequest(view.id(), first);
        return new CasePage(view.id().toString(), view.reference(), facts(view, format, cases, me, now),
                assessment(view, format, cases),
                view.allowedTransitions().stream()
                        .map(s -> new CasePage.Choice(s.name(), Caseload.status(s, msg))).toList(),
                controls(view, me), timeline(requests.history(view.id()), format, cases),
                grantRows(grantPage.items(), format, cases), more(grantPage, format, msg),
                followUpRows(followUpPage.items(), format, cases), more(followUpPage, format, msg), sensitive,
                view.version());
    }

    /** The audited read of the narrative and notes ({@code GET /requests/{id}/sensitive}). */
    CasePage.SensitiveParts sensitive(UUID id, String reason) {
        RequestSensitiveView s = requests.sensitive(id, reason).view();
        return new CasePage.SensitiveParts(reason, s.narrative(), s.identityNote(), s.situationNote(), s.needNote(),
                s.riskAssessment(), s.hostOrganisation());
    }

    private CasePage.Facts facts(RequestView v, ConsoleFormat format, CaseMessages cases, Actor me, Instant now) {
        ConsoleMessages msg = format.messages();
        boolean undecided = v.decidedAt() == null;
        String assigned = v.assignedOfficer() == null ? msg.assigned_nobody()
                : v.assignedOfficer().equals(me.subject()) ? msg.assigned_you() : v.assignedOfficer();
        return new CasePage.Facts(Caseload.status(v.status(), msg), v.statusReason(), Caseload.urgency(v.urgency(), msg),
                v.urgency() == org.haven.request.Urgency.IMMEDIATE, format.dateTime(v.decisionDeadline()),
                v.decisionDeadline().toString(), undecided ? format.timeLeft(v.decisionDeadline(), now) : null,
                v.overdue(), undecided ? null : cases.decided_at(format.dateTime(v.decidedAt())), assigned,
                v.defenderId().toString(), pseudonym(v.defenderId()), v.summary(),
                v.assistanceTypes().stream().sorted().map(t -> CaseLabels.assistanceType(t, cases)).toList(),
                v.requestedAmount() == null ? null : format.money(v.requestedAmount()),
                CaseLabels.channel(v.intakeChannel(), cases), v.referringPartner(), format.dateTime(v.receivedAt()));
    }

    /** The defender's pseudonym, or null if the reader may not see the defender's record (the case they may). */
    private String pseudonym(UUID defenderId) {
        try {
            return defenders.get(defenderId).pseudonym();
        } catch (Refusal notVisible) {
            return null;
        }
    }

    private static CasePage.AssessmentFacts assessment(RequestView v, ConsoleFormat format, CaseMessages cases) {
        RequestView.AssessmentView a = v.assessment();
        if (a == null) {
            return null;
        }
        return new CasePage.AssessmentFacts(CaseLabels.check(a.identity(), cases), CaseLabels.check(a.situation(), cases),
                CaseLabels.check(a.need(), cases), a.hostCountry(),
                a.plannedDurationMonths() == null ? null : format.number(a.plannedDurationMonths()),
                a.familyMembersIncluded() == null ? null : format.number(a.familyMembersIncluded()),
                format.dateTime(a.assessedAt()), a.assessedBy(), a.complete());
    }

    private static CasePage.Controls controls(RequestView v, Actor me) {
        boolean officer = me.hasRole(Roles.PROTECTION_OFFICER);
        boolean staff = officer || me.hasRole(Roles.PROGRAMME_MANAGER);
        boolean assign = staff && !v.status().isFinal();
        return new CasePage.Controls(officer && v.status().acceptsAssessment(),
                staff && !v.allowedTransitions().isEmpty(), assign,
                assign && officer && !me.subject().equals(v.assignedOfficer()), officer, staff, officer);
    }

    /** Newest first: what happened last is what the reader most often looks for. */
    private static List<CasePage.TimelineEntry> timeline(List<AuditEntryView> history, ConsoleFormat format,
            CaseMessages cases) {
        ConsoleMessages msg = format.messages();
        List<CasePage.TimelineEntry> entries = new ArrayList<>();
        for (AuditEntryView e : history) {
            Instant at = Instant.parse(e.occurredAt());
            entries.add(new CasePage.TimelineEntry(format.dateTime(at), at.toString(), e.actorName(),
                    roles(e.actorRoles(), msg, cases), action(e, msg, cases), e.reason()));
        }
        Collections.reverse(entries);
        return entries;
    }

    static String roles(List<String> roles, ConsoleMessages msg, CaseMessages cases) {
        if (roles.isEmpty()) {
            return cases.role_system();
        }
        return String.join(", ", roles.stream().map(r -> switch (r) {
            case Roles.PROTECTION_OFFICER -> msg.role_protection_officer();
            case Roles.PROGRAMME_MANAGER -> msg.role_programme_manager();
            case Roles.AUDITOR -> msg.role_auditor();
            default -> msg.role_admin();
        }).toList());
    }

    /** The entry in plain words; of its changes only the status and the assignee, never a sensitive value. */
    private static String action(AuditEntryView e, ConsoleMessages msg, CaseMessages cases) {
        JsonNode changes = e.changes();
        return switch (e.action()) {
            case "REQUEST_CREATED" -> cases.timeline_request_created();
            case "REQUEST_DETAILS_CHANGED" -> cases.timeline_request_details_changed();
            case "REQUEST_NARRATIVE_CHANGED" -> cases.timeline_request_narrative_changed();
            case "REQUEST_STATUS_CHANGED" -> {
                String before = statusOf(changes, "before", msg);
                String after = statusOf(changes, "after", msg);
                yield before == null ? cases.timeline_status_set(after) : cases.timeline_status_changed(before, after);
            }
            case "REQUEST_ASSESSED" -> cases.timeline_request_assessed();
            case "REQUEST_ASSIGNED" -> cases.timeline_request_assigned(text(changes, "assignedOfficer", "after"));
            case "REQUEST_SENSITIVE_VIEWED" -> cases.timeline_request_sensitive_viewed();
            case "GRANT_PROPOSED" -> cases.timeline_grant_proposed();
            case "GRANT_APPROVAL_RECORDED" -> cases.timeline_grant_approval_recorded();
            case "GRANT_APPROVED" -> cases.timeline_grant_approved();
            case "GRANT_REJECTED" -> cases.timeline_grant_rejected();
            case "GRANT_WITHDRAWN" -> cases.timeline_grant_withdrawn();
            case "GRANT_CANCELLED" -> cases.timeline_grant_cancelled();
            case "GRANT_CLOSED" -> cases.timeline_grant_closed();
            case "GRANT_DISBURSED" -> cases.timeline_grant_disbursed();
            case "GRANT_DECISION_REFUSED" -> cases.timeline_grant_decision_refused();
            case "FOLLOW_UP_PLANNED" -> cases.timeline_follow_up_planned();
            case "FOLLOW_UP_COMPLETED" -> cases.timeline_follow_up_completed();
            case "FOLLOW_UP_CANCELLED" -> cases.timeline_follow_up_cancelled();
            case "FOLLOW_UP_MISSED" -> cases.timeline_follow_up_missed();
            case "FOLLOW_UP_NOTES_VIEWED" -> cases.timeline_follow_up_notes_viewed();
            case "DEFENDER_RISK_CHANGED" -> cases.timeline_defender_risk_changed();
            default -> cases.timeline_other();
        };
    }

    private static String statusOf(JsonNode changes, String side, ConsoleMessages msg) {
        String name = text(changes, "status", side);
        if (name == null) {
            return null;
        }
        try {
            return Caseload.status(RequestStatus.valueOf(name), msg);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private static String text(JsonNode changes, String field, String side) {
        JsonNode value = changes == null ? null : changes.path(field).path(side);
        return value == null || value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private List<CasePage.GrantRow> grantRows(List<GrantView> list, ConsoleFormat format, CaseMessages cases) {
        Map<UUID, String> fundNames = new HashMap<>();
        return list.stream().map(g -> new CasePage.GrantRow(g.id().toString(), g.reference(), format.money(g.amount()),
                fundNames.computeIfAbsent(g.fundId(), id -> funds.get(id).name()),
                CaseLabels.grantStatus(g.status(), cases))).toList();
    }

    private static List<CasePage.FollowUpRow> followUpRows(List<FollowUpView> list, ConsoleFormat format,
            CaseMessages cases) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(format.language().formats).withDecimalStyle(DecimalStyle.of(format.language().formats));
        return list.stream().map(f -> new CasePage.FollowUpRow(f.id().toString(),
                CaseLabels.followUpType(f.type(), cases), dates.format(f.dueOn()), dueIso(f.dueOn()), f.overdue(),
                CaseLabels.followUpStatus(f.status(), cases),
                f.outcome() == null ? null : CaseLabels.outcome(f.outcome(), cases))).toList();
    }

    private static String dueIso(LocalDate date) {
        return date.toString();
    }

    private static String more(Page<?> page, ConsoleFormat format, ConsoleMessages msg) {
        return page.totalItems() > page.items().size()
                ? msg.section_more(format.number(page.items().size()), format.number(page.totalItems()))
                : null;
    }
}
