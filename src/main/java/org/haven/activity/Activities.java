package org.haven.activity;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.haven.shared.error.Refusal;
import org.haven.shared.security.CurrentActor;

/** Activities as other features (grants: an activity's costs) may use them, within the caller's need-to-know. */
@ApplicationScoped
public class Activities {

    private final ActivityRepository activities;
    private final CurrentActor currentActor;

    Activities(ActivityRepository activities, CurrentActor currentActor) {
        this.activities = activities;
        this.currentActor = currentActor;
    }

    /**
     * An activity the caller may see that can still be charged costs: PLANNED or HELD (costs are often
     * paid after the event), never CANCELLED. Unknown or invisible is 422 on the given field, since the
     * caller named it in a body.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ActivityRef requireChargeable(UUID id, String field) {
        Activity activity = activities.findVisible(id, currentActor.scope());
        if (activity == null) {
            throw Refusal.rule("unknown-activity", field, "no such activity");
        }
        if (activity.status() == ActivityStatus.CANCELLED) {
            throw Refusal.rule("activity-cancelled", field, "the activity was cancelled; it takes no costs");
        }
        return ref(activity);
    }

    /** For other features' views: the activity if the caller may see it, else null. */
    @Transactional
    public ActivityRef findRef(UUID id) {
        Activity activity = activities.findVisible(id, currentActor.scope());
        return activity == null ? null : ref(activity);
    }

    private static ActivityRef ref(Activity a) {
        return new ActivityRef(a.id(), a.reference(), a.team(), a.status());
    }
}
