package org.haven.console;

import java.util.List;

/**
 * The case page's content, already worded and formatted in the reader's language (built by
 * {@link CasePageReader}). Sensitive parts are present only after "show, with a reason".
 */
public record CasePage(String id, String reference, Facts facts, AssessmentFacts assessment, List<Choice> transitions,
        Controls can, List<TimelineEntry> timeline, List<GrantRow> grants, String grantsMore,
        List<FollowUpRow> followUps, String followUpsMore, SensitiveParts sensitive, long version) {

    /** What the page says of the case at the top. */
    public record Facts(String status, String statusReason, String urgency, boolean immediate, String deadline,
            String deadlineIso, String timeLeft, boolean overdue, String decided, String assigned,
            String defenderId, String defenderName, String summary, List<String> assistanceTypes,
            String requestedAmount, String intakeChannel, String referringPartner, String received) {
    }

    /** The recorded assessment's non-sensitive part, or null when none is recorded. */
    public record AssessmentFacts(String identity, String situation, String need, String hostCountry,
            String plannedDurationMonths, String familyMembersIncluded, String assessedAt, String assessedBy,
            boolean complete) {
    }

    /** One option of a choice: the value posted and its label. */
    public record Choice(String value, String label) {
    }

    /** Which write controls this reader gets; the services decide again on every post. */
    public record Controls(boolean assess, boolean transition, boolean assign, boolean assignToMe,
            boolean proposeGrant, boolean planFollowUp, boolean officer) {
    }

    public record TimelineEntry(String time, String timeIso, String actor, String role, String action,
            String reason) {
    }

    public record GrantRow(String id, String reference, String amount, String fund, String status) {
    }

    public record FollowUpRow(String id, String type, String due, String dueIso, boolean overdue, String status,
            String outcome) {
    }

    /** The narrative and the assessment's notes, read through the audited service call. */
    public record SensitiveParts(String reason, String narrative, String identityNote, String situationNote,
            String needNote, String riskAssessment, String hostOrganisation) {
    }

    /** A value the reader typed into a form that was not saved, shown back to them. */
    public record Typed(String label, String value) {
    }
}
