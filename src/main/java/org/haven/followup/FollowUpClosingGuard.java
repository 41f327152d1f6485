package org.haven.followup;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.request.Requests;
import org.haven.shared.error.Refusal;

/** A case cannot close while follow-ups are still planned: they must be done or cancelled with a reason. */
@ApplicationScoped
class FollowUpClosingGuard implements Requests.ClosingGuard {

    private final FollowUpService followUps;

    FollowUpClosingGuard(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public Optional<Refusal> objectionToClosing(UUID requestId) {
        return objectionFor(followUps.plannedFor(requestId));
    }

    /** The rule itself: any follow-up still PLANNED holds the case open. */
    static Optional<Refusal> objectionFor(long plannedFollowUps) {
        if (plannedFollowUps > 0) {
            return Optional.of(Refusal.conflict("follow-ups-planned", "The case has " + plannedFollowUps
                    + " planned follow-up(s); complete them or cancel them with a reason before closing."));
        }
        return Optional.empty();
    }
}
