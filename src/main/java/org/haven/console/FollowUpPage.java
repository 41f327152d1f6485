package org.haven.console;

import java.time.LocalDate;
import java.util.UUID;

import org.haven.followup.FollowUpStatus;
import org.haven.followup.FollowUpView;

/**
 * One follow-up as its page shows it, in the reader's language. Never its notes: they are sensitive and
 * read only with a reason, through the service that audits the read.
 */
public record FollowUpPage(UUID id, String type, String status, boolean planned, String dueOn, String dueIso,
        String time, boolean overdue, UUID caseId, String caseReference, String assigned, String completedAt,
        String outcome, String newRiskLevel, String statusReason) {

    static FollowUpPage of(FollowUpView f, String caseReference, String me, LocalDate today, ConsoleFormat format,
            GrantMessages m) {
        boolean planned = f.status() == FollowUpStatus.PLANNED;
        return new FollowUpPage(f.id(), GrantLabels.type(f.type(), m), GrantLabels.status(f.status(), m), planned,
                GrantPageForms.date(f.dueOn(), format.language()), f.dueOn().toString(),
                planned ? FollowUpQueue.time(f.dueOn(), today, format, m) : null, f.overdue(), f.requestId(),
                caseReference, FollowUpQueue.assigned(f.assignedOfficer(), me, format),
                FollowUpQueue.dateTime(f.completedAt(), format), GrantLabels.outcome(f.outcome(), m),
                GrantLabels.risk(f.newRiskLevel(), m),
                // a cancellation's reason is the person's words; a missed one's is the server's English
                f.status() == FollowUpStatus.CANCELLED ? f.statusReason() : null);
    }
}
