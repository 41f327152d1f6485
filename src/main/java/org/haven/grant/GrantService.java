package org.haven.grant;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.haven.activity.ActivityRef;
import org.haven.activity.Activities;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.audit.Changes;
import org.haven.fund.FundRef;
import org.haven.fund.FundService;
import org.haven.organisation.OrganisationRef;
import org.haven.organisation.OrganisationService;
import org.haven.request.RequestRef;
import org.haven.request.Requests;
import org.haven.shared.error.Refusal;
import org.haven.shared.money.Money;
import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.Actor;
import org.haven.shared.security.CurrentActor;

/** Proposing (to a defender, an organisation or an activity) and withdrawing grants, and reading them. Decisions live in {@link GrantDecisionService}. */
@ApplicationScoped
public class GrantService {

    static final String ENTITY = "grant";

    private final GrantRepository grants;
    private final DisbursementRepository disbursements;
    private final Requests requests;
    private final OrganisationService organisations;
    private final Activities activities;
    private final FundService funds;
    private final GrantRules rules;
    private final GrantAnnouncements announcements;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    GrantService(GrantRepository grants, DisbursementRepository disbursements, Requests requests,
            OrganisationService organisations, Activities activities, FundService funds, GrantRules rules, GrantAnnouncements announcements, CurrentActor currentActor,
            AuditLog audit, Clock clock) {
        this.grants = grants;
        this.disbursements = disbursements;
        this.requests = requests;
        this.organisations = organisations;
        this.activities = activities;
        this.funds = funds;
        this.rules = rules;
        this.announcements = announcements;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public GrantView propose(ProposeGrant command) {
        Actor actor = currentActor.get();
        Grant.For whom = beneficiaryOf(command);
        FundRef fund = funds.requireActive(command.fundId(), "fundId");
        Instant now = clock.instant();
        Grant grant = Grant.propose(whom, fund, command, rules, () -> grants.nextReference(now), actor, now);
        grants.persist(grant);
        announcements.awaitingApproval(grant);
        audit.record(AuditEvent.of(actor, AuditAction.GRANT_PROPOSED, ENTITY, grant.id()).inCase(grant.requestId())
                .with(Changes.none().field("reference", null, grant.reference())
                        .field("status", null, grant.status())
                        .field("beneficiaryKind", null, grant.beneficiaryKind())
                        .field("organisationId", null, grant.organisationId())
                        .field("activityId", null, grant.activityId())
                        .field("costCategory", null, grant.costCategory())
                        .field("payeeOrganisationId", null, grant.payeeOrganisationId())
                        .field("amount", null, grant.amount())
                        .field("fundId", null, fund.id())
                        .sensitive("purpose", null, grant.purpose())
                        .field("plannedTranches", null, grant.plannedTranches().size())
                        .field("trancheGated", null, grant.trancheGated())
                        .field("approvalsRequired", null, grant.approvalsRequired())));
        grants.flush();
        return view(grant);
    }

    /**
     * Exactly one beneficiary, visible to the proposer and open to support: a request IN_ASSESSMENT, an
     * ACTIVE organisation registered as a beneficiary, or an activity not cancelled (with the category of
     * its cost); and a payee, if named, ACTIVE and not refused at vetting.
     */
    private Grant.For beneficiaryOf(ProposeGrant command) {
        List<String> named = Stream.of(command.requestId() == null ? null : "requestId",
                command.organisationId() == null ? null : "organisationId",
                command.activityId() == null ? null : "activityId").filter(Objects::nonNull).toList();
        if (named.size() != 1) {
            throw Refusal.rule("one-beneficiary", named.isEmpty() ? "requestId" : named.get(1),
                    "name exactly one beneficiary: requestId, organisationId or activityId");
        }
        if ((command.activityId() == null) != (command.costCategory() == null)) {
            throw Refusal.rule("cost-category", "costCategory", command.activityId() == null
                    ? "only an activity's cost has a category"
                    : "an activity's cost needs its category");
        }
        UUID payee = command.payeeOrganisationId();
        if (payee != null) {
            PayeeRules.requireNotRefused(organisations.requireActive(payee, "payeeOrganisationId"),
                    "payeeOrganisationId");
        }
        if (command.requestId() != null) {
            RequestRef request = requests.requireInAssessment(command.requestId(), "requestId");
            return new Grant.For(Beneficiary.defender(request.id(), request.defenderId()), request.team(), payee);
        }
        if (command.organisationId() != null) {
            OrganisationRef organisation = organisations.requireActive(command.organisationId(), "organisationId");
            PayeeRules.requireBeneficiary(organisation, "organisationId");
            return new Grant.For(Beneficiary.organisation(organisation.id()), organisation.team(), payee);
        }
        ActivityRef activity = activities.requireChargeable(command.activityId(), "activityId");
        return new Grant.For(Beneficiary.activity(activity.id(), command.costCategory()), activity.team(), payee);
    }

    @Transactional
    GrantView withdraw(UUID id, String reason) {
        Grant grant = lock(id);
        Actor actor = currentActor.get();
        GrantStatus before = grant.status();
        grant.withdraw(reason.trim(), clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.GRANT_WITHDRAWN, ENTITY, id).inCase(grant.requestId())
                .because(reason.trim()).with(Changes.none().field("status", before, grant.status())));
        return view(grant);
    }

    @Transactional
    GrantView get(UUID id) {
        return view(find(id));
    }

    /** A grant the caller may see (need-to-know), without a lock; else 404. */
    Grant find(UUID id) {
        Grant grant = grants.findById(id);
        if (grant == null || !currentActor.scope().sees(grant.team(), null)) {
            throw Refusal.notFound("Grant");
        }
        return grant;
    }

    @Transactional
    Page<GrantView> list(GrantRepository.Filter filter, PageRequest page) {
        return grants.search(filter, currentActor.scope(), page).map(this::view);
    }

    /** A case's grants, as {@code GET /grants?requestId=} lists them. */
    @Transactional
    public Page<GrantView> ofRequest(UUID requestId, PageRequest page) {
        return list(new GrantRepository.Filter(null, null, requestId, null, null, null), page);
    }

    /** An activity's costs, as {@code GET /grants?activityId=} lists them. */
    @Transactional
    public Page<GrantView> ofActivity(UUID activityId, PageRequest page) {
        return list(new GrantRepository.Filter(null, null, null, null, null, activityId), page);
    }

    /** The grants supporting an organisation, as {@code GET /grants?organisationId=} lists them. */
    @Transactional
    public Page<GrantView> ofOrganisation(UUID organisationId, PageRequest page) {
        return list(new GrantRepository.Filter(null, null, null, null, organisationId, null), page);
    }

    Grant lock(UUID id) {
        Grant grant = grants.lock(id);
        if (grant == null || !currentActor.scope().sees(grant.team(), null)) {
            throw Refusal.notFound("Grant");
        }
        return grant;
    }

    /**
     * The beneficiary's cap as approving this grant at {@code now} would meet it: the sum the final
     * approval checks under the per-beneficiary lock, read here for the approval and for the pages alike.
     */
    CapUse capUse(Grant grant, Instant now) {
        Money amount = grant.amount();
        BigDecimal received = grants.approvedForBeneficiarySince(grant.beneficiaryKind(), grant.beneficiaryId(),
                amount.currency(), rules.capWindowStart(grant.beneficiaryKind(), now));
        return rules.capUse(grant.beneficiaryKind(), new Money(received, amount.currency()), amount, now);
    }

    GrantView view(Grant grant) {
        return GrantView.of(grant, disbursements.ofGrant(grant.id()));
    }
}
