package org.haven.grant;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.haven.shared.security.Actor;

/**
 * Tells the rest of Haven (notifications) what happened to a grant, in the caller's transaction.
 * Called before the audit append, so the chain lock is not held while observers write.
 */
@ApplicationScoped
class GrantAnnouncements {

    private final Event<GrantAwaitingApproval> awaiting;
    private final Event<GrantDecided> decided;

    GrantAnnouncements(Event<GrantAwaitingApproval> awaiting, Event<GrantDecided> decided) {
        this.awaiting = awaiting;
        this.decided = decided;
    }

    /** The grant is PROPOSED and needs (another) approval: nobody who proposed or approved it may give it. */
    void awaitingApproval(Grant grant) {
        Set<String> excluded = new HashSet<>();
        excluded.add(grant.proposedBy());
        grant.approvals().forEach(a -> excluded.add(a.approver));
        awaiting.fire(new GrantAwaitingApproval(grant.id(), grant.reference(), grant.team(), excluded,
                grant.approvals().size()));
    }

    /** The grant was approved (finally) or rejected. */
    void decided(Grant grant, Actor by) {
        decided.fire(new GrantDecided(grant.id(), grant.reference(), grant.team(), grant.proposedBy(),
                grant.status(), by));
    }
}
