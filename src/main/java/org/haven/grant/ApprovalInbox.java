package org.haven.grant;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.haven.fund.FundService;
import org.haven.fund.FundView;
import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.CurrentActor;

/**
 * A programme manager's reads before deciding: the grants that wait for their decision, and any grant
 * with what approving it now would do to its fund and to the beneficiary's cap. The same
 * need-to-know as {@code GET /grants}; the figures come from the sums the final approval checks under
 * its locks ({@link GrantService#capUse}, the fund's available budget), read here without them.
 */
@ApplicationScoped
public class ApprovalInbox {

    private final GrantService grants;
    private final GrantRepository repository;
    private final FundService funds;
    private final CurrentActor currentActor;
    private final Clock clock;

    ApprovalInbox(GrantService grants, GrantRepository repository, FundService funds, CurrentActor currentActor,
            Clock clock) {
        this.grants = grants;
        this.repository = repository;
        this.funds = funds;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** PROPOSED grants of the caller's teams that they did not propose and have not approved, oldest first. */
    @Transactional
    public Page<ApprovalOutlook> awaitingMyDecision(PageRequest page) {
        Instant now = clock.instant();
        return repository.awaitingDecisionBy(currentActor.get().subject(), currentActor.scope(), page)
                .map(g -> outlook(g, now));
    }

    /** One grant the caller may see, as {@code GET /grants/{id}} shows it, with its outlook; else 404. */
    @Transactional
    public ApprovalOutlook outlook(UUID id) {
        return outlook(grants.find(id), clock.instant());
    }

    private ApprovalOutlook outlook(Grant grant, Instant now) {
        FundView fund = funds.get(grant.fundId());
        return new ApprovalOutlook(grants.view(grant), fund.name(), fund.available(),
                fund.available().minus(grant.amount()), grants.capUse(grant, now),
                grant.standingOf(currentActor.get().subject()));
    }
}
