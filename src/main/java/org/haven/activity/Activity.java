package org.haven.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.haven.shared.error.Refusal;
import org.haven.shared.privacy.Sensitive;
import org.haven.shared.security.Actor;

/**
 * A workshop, strategy meeting, training, peer exchange or advocacy meeting, organised by one team.
 * Its location is sealed (participants' safety). The dates, the lifecycle and what may change when
 * live here.
 */
@Entity
@Table(name = "activity")
public class Activity {

    static final String REFERENCE_PATTERN = "^ACT-[0-9]{6,12}$";
    static final int REFERENCE_MAX_LENGTH = 16;
    static final int TITLE_MAX_LENGTH = 200;
    static final int REASON_MAX_LENGTH = 2000;
    static final int MAX_PARTNERS = 20;
    static final int MAX_OUTPUTS = 50;
    static final int MAX_PARTICIPANTS = 500;
    static final int TEAM_MAX_LENGTH = Actor.TEAM_MAX_LENGTH;

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private String reference;

    /** The organising team (need-to-know). */
    @Column(nullable = false, updatable = false)
    private String team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityType type;

    @Column(nullable = false)
    private String title;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    /** Ciphertext sealed with the activity's own data key (ActivityCrypto). */
    @Sensitive
    private byte[] location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "follows_activity_id", updatable = false)
    private UUID followsActivityId;

    @ElementCollection
    @CollectionTable(name = "activity_partner", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<UUID> partners = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "activity_output", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    private List<ActivityOutput> outputs = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected Activity() {
        // for JPA
    }

    /** The first activity a follow-up activity continues, as far as the new one's rules need it. */
    record Followed(UUID id, String team, LocalDate startsOn) {
    }

    static Activity plan(UUID id, String reference, String team, ActivityDetails details, byte[] sealedLocation,
            Followed follows, Actor actor, Instant now) {
        Activity activity = new Activity();
        activity.id = id;
        activity.reference = reference;
        activity.team = team;
        activity.status = ActivityStatus.PLANNED;
        if (follows != null) {
            if (!follows.team().equals(team)) {
                throw Refusal.rule("activity-in-another-team", "followsActivityId",
                        "a follow-up activity is organised by the same team as the first one");
            }
            if (details.startsOn() != null && details.startsOn().isBefore(follows.startsOn())) {
                throw Refusal.rule("follow-up-before-activity", "startsOn",
                        "a follow-up activity does not start before the activity it follows");
            }
            activity.followsActivityId = follows.id();
        }
        activity.apply(details);
        activity.location = sealedLocation;
        activity.createdAt = now;
        activity.createdBy = actor.subject();
        activity.touch(actor, now);
        return activity;
    }

    /**
     * New details. The dates keep the order of follow-ups: not before the activity this one follows
     * ({@code followedStartsOn}), not after the earliest activity following this one up.
     */
    void change(ActivityDetails details, LocalDate followedStartsOn, LocalDate earliestFollowUpStart, Actor actor,
            Instant now) {
        requireNotCancelled();
        if (followedStartsOn != null && details.startsOn() != null && details.startsOn().isBefore(followedStartsOn)) {
            throw Refusal.rule("follow-up-before-activity", "startsOn",
                    "a follow-up activity does not start before the activity it follows (" + followedStartsOn + ")");
        }
        if (earliestFollowUpStart != null && details.startsOn() != null
                && details.startsOn().isAfter(earliestFollowUpStart)) {
            throw Refusal.rule("follow-up-before-activity", "startsOn",
                    "an activity does not start after an activity that follows it up (" + earliestFollowUpStart + ")");
        }
        apply(details);
        touch(actor, now);
    }

    void changeLocation(byte[] sealedLocation, Actor actor, Instant now) {
        requireNotCancelled();
        location = sealedLocation;
        touch(actor, now);
    }

    /**
     * PLANNED to HELD (once it has started) or CANCELLED (with a reason); HELD and CANCELLED are final.
     */
    void moveTo(ActivityStatus target, String reason, LocalDate today, Actor actor, Instant now) {
        if (!status.next().contains(target)) {
            throw Refusal.conflict("illegal-transition", "An activity that is " + status + " cannot become " + target
                    + (status.next().isEmpty() ? "; it is final." : "; allowed: " + status.next() + "."));
        }
        if (target == ActivityStatus.CANCELLED && (reason == null || reason.isBlank())) {
            throw Refusal.rule("reason-required", "reason", "a cancellation needs a reason");
        }
        if (target == ActivityStatus.HELD && startsOn.isAfter(today)) {
            throw Refusal.rule("not-yet-started", "target", "the activity starts on " + startsOn);
        }
        status = target;
        statusReason = reason == null || reason.isBlank() ? null : reason.trim();
        touch(actor, now);
    }

    /** Participants join an activity that is not cancelled. */
    void requireOpenToParticipants() {
        requireNotCancelled();
    }

    /** Outputs come from an activity that was held. */
    void recordOutput(OutputKind kind, String title, Actor actor, Instant now) {
        if (status != ActivityStatus.HELD) {
            throw Refusal.conflict("activity-not-held", "Outputs are recorded for a HELD activity; this one is "
                    + status + ".");
        }
        if (outputs.size() >= MAX_OUTPUTS) {
            throw Refusal.rule("too-many-outputs", "title", "an activity has at most " + MAX_OUTPUTS + " outputs");
        }
        outputs.add(new ActivityOutput(kind, title.trim(), now, actor.subject()));
        touch(actor, now);
    }

    private void requireNotCancelled() {
        if (status == ActivityStatus.CANCELLED) {
            throw Refusal.conflict("activity-cancelled", "The activity was cancelled; it changes no more.");
        }
    }

    private void apply(ActivityDetails d) {
        if (d.endsOn().isBefore(d.startsOn())) {
            throw Refusal.rule("dates-invalid", "endsOn", "must not be before startsOn");
        }
        type = d.type();
        title = d.title().trim();
        startsOn = d.startsOn();
        endsOn = d.endsOn();
        partners.clear();
        if (d.partnerOrganisationIds() != null) {
            partners.addAll(d.partnerOrganisationIds());
        }
    }

    private void touch(Actor actor, Instant now) {
        updatedAt = now;
        updatedBy = actor.subject();
    }

    ActivityDetails details() {
        return new ActivityDetails(type, title, startsOn, endsOn, List.copyOf(partners));
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String reference() {
        return reference;
    }

    public String team() {
        return team;
    }

    ActivityStatus status() {
        return status;
    }

    String statusReason() {
        return statusReason;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    UUID followsActivityId() {
        return followsActivityId;
    }

    byte[] sealedLocation() {
        return location;
    }

    List<ActivityOutput> outputs() {
        return outputs;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
