package org.haven.followup;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.request.CaseClosingGuard;
import org.haven.shared.error.Refusal;

/** A case cannot close while follow-ups are still planned: they must be done or cancelled with a reason. */
@ApplicationScoped
class FollowUpClosingGuard implements CaseClosingGuard {

    private final FollowUpService followUps;

    FollowUpClosingGuard(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public void checkCanClose(UUID requestId) {
        long planned = followUps.plannedFor(requestId);
        if (planned > 0) {
            throw Refusal.conflict("follow-ups-planned", "The case has " + planned
                    + " planned follow-up(s); complete them or cancel them with a reason before closing.");
        }
    }
}
