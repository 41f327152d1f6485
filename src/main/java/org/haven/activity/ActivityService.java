package org.haven.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditEntryView;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.audit.Changes;
import org.haven.organisation.OrganisationRef;
import org.haven.organisation.OrganisationService;
import org.haven.shared.error.Refusal;
import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.CurrentActor;

/**
 * Activities' use cases: plan, change, move (held, cancelled), location with a reason, outputs.
 * Need-to-know by the organising team; auditors read everything. Participants:
 * {@link ActivityParticipantService}.
 */
@ApplicationScoped
public class ActivityService {

    static final String ENTITY = "activity";
    /** Recorded as "changed" only: the location, and a title that may name a place or a group. */
    private static final Set<String> SENSITIVE = Set.of("location", "title");

    private final ActivityRepository activities;
    private final ActivityCrypto crypto;
    private final OrganisationService organisations;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    ActivityService(ActivityRepository activities, ActivityCrypto crypto, OrganisationService organisations,
            CurrentActor currentActor, AuditLog audit, Clock clock) {
        this.activities = activities;
        this.crypto = crypto;
        this.organisations = organisations;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ActivityView plan(PlanActivity command) {
        var actor = currentActor.get();
        String team = currentActor.teamFor(command.team(), "team");
        Activity.Followed follows = null;
        if (command.followsActivityId() != null) {
            Activity first = activities.findVisible(command.followsActivityId(), currentActor.scope());
            if (first == null) {
                throw Refusal.rule("unknown-activity", "followsActivityId", "no such activity");
            }
            follows = new Activity.Followed(first.id(), first.team(), first.startsOn());
        }
        requirePartners(command.partnerOrganisationIds(), team);
        UUID id = UUID.randomUUID();
        Activity activity = Activity.plan(id, activities.nextReference(), team, command.details(),
                crypto.seal(id, command.location()), follows, actor, clock.instant());
        activities.persist(activity);
        audit.record(AuditEvent.of(actor, AuditAction.ACTIVITY_PLANNED, ENTITY, id)
                .with(Changes.none().field("reference", null, activity.reference()).field("team", null, team)
                        .field("status", null, activity.status())
                        .field("followsActivityId", null, activity.followsActivityId())
                        .sensitive("location", null, command.location())
                        .and(Changes.diff(ActivityDetails.class, null, activity.details(), SENSITIVE))));
        return ActivityView.of(activity);
    }

    @Transactional
    public ActivityView get(UUID id) {
        return ActivityView.of(find(id));
    }

    @Transactional
    public Page<ActivityView> list(ActivityType type, ActivityStatus status, UUID follows, PageRequest page) {
        return activities.search(type, status, follows, currentActor.scope(), page).map(ActivityView::of);
    }

    @Transactional
    public ActivityView change(UUID id, long expectedVersion, ActivityDetails details) {
        Activity activity = findForChange(id, expectedVersion);
        requirePartners(details.partnerOrganisationIds(), activity.team());
        var actor = currentActor.get();
        ActivityDetails before = activity.details();
        Activity followed = activity.followsActivityId() == null ? null : activities.findById(activity.followsActivityId());
        activity.change(details, followed == null ? null : followed.startsOn(),
                activities.earliestFollowUpStart(activity.id()), actor, clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.ACTIVITY_CHANGED, ENTITY, id)
                .with(Changes.diff(ActivityDetails.class, before, activity.details(), SENSITIVE)));
        return ActivityView.of(activity);
    }

    /** The location with the version it belongs to (read together, so the ETag matches). */
    public record VersionedLocation(ActivityLocation location, long version) {
    }

    /** Every read of the location is recorded: who, when and why. */
    @Transactional
    public VersionedLocation location(UUID id, String reason) {
        Activity activity = find(id);
        audit.record(AuditEvent.of(currentActor.get(), AuditAction.ACTIVITY_SENSITIVE_VIEWED, ENTITY, id)
                .because(reason));
        return new VersionedLocation(crypto.open(id, activity.sealedLocation()), activity.version());
    }

    @Transactional
    public ActivityView changeLocation(UUID id, long expectedVersion, ActivityLocation location) {
        Activity activity = findForChange(id, expectedVersion);
        var actor = currentActor.get();
        ActivityLocation before = crypto.open(id, activity.sealedLocation());
        activity.changeLocation(crypto.seal(id, location.location()), actor, clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.ACTIVITY_LOCATION_CHANGED, ENTITY, id)
                .with(Changes.none().sensitive("location", before.location(), location.location())));
        return ActivityView.of(activity);
    }

    @Transactional
    public ActivityView move(UUID id, long expectedVersion, MoveActivity command) {
        Activity activity = findForChange(id, expectedVersion);
        var actor = currentActor.get();
        ActivityStatus before = activity.status();
        activity.moveTo(command.target(), command.reason(), LocalDate.now(clock), actor, clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.ACTIVITY_STATUS_CHANGED, ENTITY, id)
                .because(activity.statusReason())
                .with(Changes.none().field("status", before, activity.status())));
        return ActivityView.of(activity);
    }

    @Transactional
    public ActivityView recordOutput(UUID id, RecordOutput command) {
        Activity activity = activities.lock(find(id).id());
        var actor = currentActor.get();
        activity.recordOutput(command.kind(), command.title(), actor, clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.ACTIVITY_OUTPUT_RECORDED, ENTITY, id)
                .with(Changes.none().field("outputs", activity.outputs().size() - 1, activity.outputs().size())
                        .field("kind", null, command.kind()).sensitive("title", null, command.title())));
        activities.flush();
        return ActivityView.of(activity);
    }

    @Transactional
    public List<AuditEntryView> history(UUID id) {
        find(id);
        return audit.historyOf(ENTITY, id);
    }

    /** Partner organisations must be ACTIVE, visible, and of the organising team. */
    private void requirePartners(List<UUID> ids, String team) {
        if (ids == null) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            String field = "partnerOrganisationIds[" + i + "]";
            OrganisationRef partner = organisations.requireActive(ids.get(i), field);
            if (!partner.team().equals(team)) {
                throw Refusal.rule("organisation-in-another-team", field,
                        "a partner organisation is registered by the organising team");
            }
        }
    }

    Activity find(UUID id) {
        Activity activity = activities.findVisible(id, currentActor.scope());
        if (activity == null) {
            throw Refusal.notFound("Activity");
        }
        return activity;
    }

    private Activity findForChange(UUID id, long expectedVersion) {
        Activity activity = find(id);
        if (activity.version() != expectedVersion) {
            throw Refusal.stale();
        }
        return activity;
    }
}
