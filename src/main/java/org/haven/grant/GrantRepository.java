package org.haven.grant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.AccessScope;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class GrantRepository implements PanacheRepositoryBase<Grant, UUID> {

    /**
     * A namespace for the per-beneficiary advisory lock (two-int form; the audit chain uses the one-bigint
     * form). Defenders, organisations and activities share it: their ids are distinct UUIDs.
     */
    private static final int BENEFICIARY_CAP_LOCK = 7;

    /** The form of {@link #nextReference}; the column holds at most 20 characters. */
    static final String REFERENCE_PATTERN = "^GR-[0-9]{4}-[0-9]{5,}$";
    static final int REFERENCE_MAX_LENGTH = 20;

    /** GR-2026-00042: year of proposal and a database sequence. */
    String nextReference(Instant now) {
        Number next = (Number) getEntityManager().createNativeQuery("select nextval('grant_reference_seq')")
                .getSingleResult();
        return "GR-%d-%05d".formatted(now.atZone(ZoneOffset.UTC).getYear(), next.longValue());
    }

    /** The grant row locked until the end of the transaction: decisions on one grant happen one at a time. */
    Grant lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Serialises final approvals per beneficiary (defender, organisation or activity) across replicas, so
     * the cap cannot be raced.
     */
    void lockBeneficiaryCap(UUID beneficiaryId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, BENEFICIARY_CAP_LOCK).setParameter(2, beneficiaryId.toString()).getSingleResult();
    }

    /**
     * What a beneficiary received (approved or closed grants) in a currency since a moment. Only grants
     * for the beneficiary count, never those it was merely the payee of.
     */
    BigDecimal approvedForBeneficiarySince(BeneficiaryKind kind, UUID beneficiaryId, String currency,
            Instant since) {
        String column = switch (kind) {
            case DEFENDER -> "defenderId";
            case ORGANISATION -> "organisationId";
            case ACTIVITY -> "activityId";
        };
        BigDecimal sum = find("select coalesce(sum(g.amount), 0) from Grant g where g.beneficiary." + column
                + " = ?1 and g.currency = ?2 and g.approvedAt >= ?3 and g.status in (?4, ?5)",
                beneficiaryId, currency, since, GrantStatus.APPROVED, GrantStatus.CLOSED)
                .project(BigDecimal.class).firstResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /**
     * The grants awaiting a decision this person may give, oldest proposal first: PROPOSED (none or one
     * of two approvals given), in the caller's scope, not proposed by them and not already approved by
     * them (the four-eyes rules of {@link Grant#standingOf}).
     */
    Page<Grant> awaitingDecisionBy(String subject, AccessScope scope, PageRequest page) {
        StringBuilder where = new StringBuilder("status = :proposed and proposedBy <> :me and id not in "
                + "(select g.id from Grant g join g.approvals a where a.approver = :me)");
        Parameters params = Parameters.with("proposed", GrantStatus.PROPOSED).and("me", subject);
        if (!scope.all()) {
            where.append(" and team in :teams");
            params.and("teams", scope.teamsForQuery());
        }
        var query = find(where.toString(), Sort.by("proposedAt").and("id"), params);
        long total = query.count();
        return Page.of(query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list(), page, total);
    }

    /** What {@code GET /grants} filters on; every field is optional. */
    record Filter(GrantStatus status, UUID fundId, UUID requestId, UUID defenderId, UUID organisationId,
            UUID activityId) {
    }

    Page<Grant> search(Filter filter, AccessScope scope, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!scope.all()) {
            where.append(" and team in :teams");
            params.and("teams", scope.teamsForQuery());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        equal(where, params, "fundId", "fund", filter.fundId());
        equal(where, params, "beneficiary.requestId", "request", filter.requestId());
        equal(where, params, "beneficiary.defenderId", "defender", filter.defenderId());
        equal(where, params, "beneficiary.organisationId", "organisation", filter.organisationId());
        equal(where, params, "beneficiary.activityId", "activity", filter.activityId());
        var query = find(where.toString(), Sort.by("proposedAt").and("id"), params);
        long total = query.count();
        return Page.of(query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list(), page, total);
    }

    private static void equal(StringBuilder where, Parameters params, String path, String name, UUID value) {
        if (value != null) {
            where.append(" and ").append(path).append(" = :").append(name);
            params.and(name, value);
        }
    }
}
