package org.haven.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.haven.defender.RiskLevel;
import org.haven.shared.error.Refusal;
import org.haven.shared.privacy.Sensitive;
import org.haven.shared.security.Actor;

/**
 * A check after support: planned for a date, then done (with an outcome), cancelled or missed.
 * Its rules live here: only a PLANNED follow-up changes; when it is overdue and when missed; what a
 * payment plans. Services find it, call one of these methods and audit the outcome.
 */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    private UUID id;

    @Version
    private long version;

    /** The case; null for a follow-up of a grant to an organisation or an activity. */
    @Column(name = "request_id", updatable = false)
    private UUID requestId;

    /** The case's defender; null for a follow-up of a grant to an organisation or an activity. */
    @Column(name = "defender_id", updatable = false)
    private UUID defenderId;

    /** Whose data key seals the notes: the defender, or the organisation or activity a grant supports. */
    @Column(name = "holder_id", nullable = false, updatable = false)
    private UUID holderId;

    @Column(name = "grant_id", updatable = false)
    private UUID grantId;

    /** The team of the case or of the grant (need-to-know). */
    @Column(nullable = false, updatable = false)
    private String team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FollowUpType type;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "assigned_officer")
    private String assignedOfficer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpStatus status;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    /** Sealed with the data key of {@link #holderId}. */
    @Sensitive
    private byte[] notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_risk_level")
    private RiskLevel newRiskLevel;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FollowUp() {
        // for JPA
    }

    /** What a payment plans, at the configured offsets from the payment date. */
    record Due(FollowUpType type, LocalDate dueOn) {
    }

    /** Every payment plans a financial report; the first payment of a grant also plans a check-in. */
    static List<Due> plannedAfterPayment(LocalDate paidOn, boolean firstPayment, Period checkInAfter,
            Period financialReportAfter) {
        List<Due> due = new ArrayList<>();
        if (firstPayment) {
            due.add(new Due(FollowUpType.CHECK_IN, paidOn.plus(checkInAfter)));
        }
        due.add(new Due(FollowUpType.FINANCIAL_REPORT, paidOn.plus(financialReportAfter)));
        return due;
    }

    /**
     * A follow-up still PLANNED {@code grace} after its due date is missed: today, those due before the
     * returned date.
     */
    static LocalDate missedIfDueBefore(LocalDate today, Period grace) {
        return today.minus(grace);
    }

    /**
     * What a follow-up is about: a defender's case, or a grant without a case (to an organisation or an
     * activity), whose beneficiary holds the data key of its notes.
     */
    record About(UUID requestId, UUID defenderId, UUID holderId, String team) {

        static About theCase(UUID requestId, UUID defenderId, String team) {
            return new About(requestId, defenderId, defenderId, team);
        }

        static About grantWithoutCase(UUID beneficiaryId, String team) {
            return new About(null, null, beneficiaryId, team);
        }
    }

    static FollowUp plan(About about, UUID grantId, FollowUpType type, LocalDate dueOn, String officer, Actor actor,
            Instant now) {
        FollowUp f = new FollowUp();
        f.id = UUID.randomUUID();
        f.team = about.team();
        f.requestId = about.requestId();
        f.defenderId = about.defenderId();
        f.holderId = about.holderId();
        f.grantId = grantId;
        f.type = type;
        f.dueOn = dueOn;
        f.assignedOfficer = officer;
        f.status = FollowUpStatus.PLANNED;
        f.createdAt = now;
        f.createdBy = actor.subject();
        f.updatedAt = now;
        return f;
    }

    void complete(Instant completedAt, Outcome result, byte[] notesText, RiskLevel riskLevel, Instant now) {
        requirePlanned("completed");
        if (riskLevel != null && defenderId == null) {
            throw Refusal.rule("no-defender", "newRiskLevel",
                    "this follow-up is of a grant to an organisation or an activity: there is no defender's risk to change");
        }
        if (completedAt.isAfter(now)) {
            throw Refusal.rule("validation-failed", "completedAt", "must not be in the future");
        }
        status = FollowUpStatus.DONE;
        this.completedAt = completedAt;
        outcome = result;
        notes = notesText;
        newRiskLevel = riskLevel;
        updatedAt = now;
    }

    /** The reason is required by the body ({@link CancelFollowUp}); it is stored trimmed. */
    void cancel(String reason, Instant now) {
        requirePlanned("cancelled");
        status = FollowUpStatus.CANCELLED;
        statusReason = reason.trim();
        updatedAt = now;
    }

    void markMissed(Instant now) {
        requirePlanned("marked missed");
        status = FollowUpStatus.MISSED;
        statusReason = "Not done within the grace period after " + dueOn;
        updatedAt = now;
    }

    /** Still PLANNED after its due date. */
    boolean overdue(LocalDate today) {
        return status == FollowUpStatus.PLANNED && dueOn.isBefore(today);
    }

    private void requirePlanned(String verb) {
        if (status != FollowUpStatus.PLANNED) {
            throw Refusal.conflict("follow-up-" + status.name().toLowerCase(Locale.ROOT),
                    "The follow-up is " + status + "; only a PLANNED follow-up can be " + verb + ".");
        }
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    UUID requestId() {
        return requestId;
    }

    String team() {
        return team;
    }

    UUID defenderId() {
        return defenderId;
    }

    UUID holderId() {
        return holderId;
    }

    About about() {
        return new About(requestId, defenderId, holderId, team);
    }

    UUID grantId() {
        return grantId;
    }

    FollowUpType type() {
        return type;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    String assignedOfficer() {
        return assignedOfficer;
    }

    FollowUpStatus status() {
        return status;
    }

    Instant completedAt() {
        return completedAt;
    }

    Outcome outcome() {
        return outcome;
    }

    byte[] notes() {
        return notes;
    }

    void eraseIdentifyingText(Instant now) {
        notes = null;
        statusReason = statusReason == null ? null : "(erased)";
        updatedAt = now;
    }

    RiskLevel newRiskLevel() {
        return newRiskLevel;
    }

    String statusReason() {
        return statusReason;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
