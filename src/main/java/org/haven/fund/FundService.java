package org.haven.fund;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.audit.Changes;
import org.haven.shared.error.Refusal;
import org.haven.shared.money.Money;
import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.Actor;
import org.haven.shared.security.CurrentActor;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Managing funds, and the budget operations the grants feature performs under the fund's row lock. */
@ApplicationScoped
public class FundService {

    static final String ENTITY = "fund";

    private final FundRepository funds;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    FundService(FundRepository funds, CurrentActor currentActor, AuditLog audit, Clock clock) {
        this.funds = funds;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public FundView create(CreateFund command) {
        Actor actor = currentActor.get();
        Fund fund = Fund.create(command, actor, clock.instant());
        funds.persist(fund);
        audit.record(AuditEvent.of(actor, AuditAction.FUND_CREATED, ENTITY, fund.id())
                .with(Changes.none().field("name", null, fund.name()).field("donor", null, fund.donor())
                        .field("totalBudget", null, fund.totalBudget())
                        .field("periodStart", null, fund.periodStart()).field("periodEnd", null, fund.periodEnd())));
        funds.flush();
        return FundView.of(fund);
    }

    @Transactional
    public FundView get(UUID id) {
        return FundView.of(find(id));
    }

    @Transactional
    public Page<FundView> list(FundStatus status, String currency, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (currency != null) {
            where.append(" and currency = :currency");
            params.and("currency", currency);
        }
        var query = funds.find(where.toString(), Sort.by("name").and("id"), params);
        long total = query.count();
        return Page.of(query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list(), page, total)
                .map(FundView::of);
    }

    @Transactional
    public FundView change(UUID id, long expectedVersion, ChangeFund command) {
        Fund fund = funds.lock(id);
        if (fund == null) {
            throw Refusal.notFound("Fund");
        }
        if (fund.version() != expectedVersion) {
            throw Refusal.stale();
        }
        Actor actor = currentActor.get();
        FundView before = FundView.of(fund);
        fund.change(command, actor, clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.FUND_CHANGED, ENTITY, id)
                .with(Changes.none().field("name", before.name(), fund.name())
                        .field("donor", before.donor(), fund.donor())
                        .field("totalBudget", before.totalBudget(), fund.totalBudget())
                        .field("periodStart", before.periodStart(), fund.periodStart())
                        .field("periodEnd", before.periodEnd(), fund.periodEnd())
                        .field("status", before.status(), fund.status())));
        funds.flush();
        return FundView.of(fund);
    }

    /** For proposals: the fund must exist and be ACTIVE. Unknown is 422 on the given field. */
    @Transactional(Transactional.TxType.MANDATORY)
    public FundRef requireActive(UUID id, String field) {
        Fund fund = id == null ? null : funds.findById(id);
        if (fund == null) {
            throw Refusal.rule("unknown-fund", field, "no such fund");
        }
        fund.requireOpenForProposals(field);
        return FundRef.of(fund);
    }

    /**
     * Commits an amount at final approval, under the fund's row lock: concurrent approvals on any
     * replica queue here, and each sees the budget left by the ones before it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public FundRef commit(UUID id, Money amount) {
        Fund fund = lockExisting(id);
        fund.commit(amount, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        funds.flush();
        return FundRef.of(fund);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public FundRef release(UUID id, Money amount) {
        Fund fund = lockExisting(id);
        fund.release(amount);
        funds.flush();
        return FundRef.of(fund);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public FundRef disburse(UUID id, Money amount) {
        Fund fund = lockExisting(id);
        fund.disburse(amount);
        funds.flush();
        return FundRef.of(fund);
    }

    private Fund lockExisting(UUID id) {
        Fund fund = funds.lock(id);
        if (fund == null) {
            throw new IllegalStateException("a grant refers to a fund that does not exist");
        }
        return fund;
    }

    private Fund find(UUID id) {
        return funds.findByIdOptional(id).orElseThrow(() -> Refusal.notFound("Fund"));
    }
}
