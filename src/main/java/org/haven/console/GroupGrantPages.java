package org.haven.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.activity.ActivityService;
import org.haven.activity.ActivityView;
import org.haven.fund.FundService;
import org.haven.grant.GrantService;
import org.haven.grant.GrantView;
import org.haven.organisation.OrganisationService;
import org.haven.organisation.OrganisationView;
import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.Actor;
import org.haven.shared.security.CurrentActor;
import org.haven.shared.security.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * What the pages of an organisation's grants and an activity's costs show: the list
 * ({@code GET /grants?organisationId=}, {@code ?activityId=}) and whom their "propose" forms are for
 * ({@link GrantProposalForm}). Decisions happen on the grant's own page, as for any grant.
 */
@ApplicationScoped
class GroupGrantPages {

    /** Grants shown on one page; the page says when there are more. */
    static final int LIST_SIZE = 50;

    @CheckedTemplate(basePath = "console/grants")
    static class Templates {
        static native TemplateInstance beneficiary(ConsolePage page, GrantFor target, List<Row> grants, String more,
                String proposeHref);
    }

    /** A grant as the list shows it; {@code category} only for an activity's cost. */
    public record Row(String id, String reference, String category, String amount, String fund, String payee,
            String status) {
    }

    private final GrantProposalForm proposals;
    private final GrantService grants;
    private final FundService funds;
    private final OrganisationService organisations;
    private final ActivityService activities;
    private final CurrentActor currentActor;
    private final ConsolePages pages;

    GroupGrantPages(GrantProposalForm proposals, GrantService grants, FundService funds,
            OrganisationService organisations, ActivityService activities, CurrentActor currentActor,
            ConsolePages pages) {
        this.proposals = proposals;
        this.grants = grants;
        this.funds = funds;
        this.organisations = organisations;
        this.activities = activities;
        this.currentActor = currentActor;
        this.pages = pages;
    }

    private GrantFor forOrganisation(OrganisationView o, boolean form) {
        GrantMessages m = messages();
        String href = "/console/organisations/" + o.id();
        return new GrantFor(href, m.back_to_organisation(o.reference()),
                List.of(new GrantFor.Fact(m.organisation_label(), o.name() + " (" + o.reference() + ")")),
                href + "/grants", List.of(), form ? proposals.payees(o.id()) : List.of());
    }

    private GrantFor forActivity(ActivityView a, boolean form) {
        GrantMessages m = messages();
        String href = "/console/activities/" + a.id();
        return new GrantFor(href, m.back_to_activity(a.reference()),
                List.of(new GrantFor.Fact(m.activity_label(), a.title() + " (" + a.reference() + ")")),
                href + "/costs", proposals.costCategories(), form ? proposals.payees(null) : List.of());
    }

    TemplateInstance organisationGrants(UUID id) {
        return list(forOrganisation(organisations.get(id), false),
                grants.ofOrganisation(id, new PageRequest(0, LIST_SIZE)), "/console/organisations/" + id + "/grants/new");
    }

    TemplateInstance activityCosts(UUID id) {
        return list(forActivity(activities.get(id), false), grants.ofActivity(id, new PageRequest(0, LIST_SIZE)),
                "/console/activities/" + id + "/costs/new");
    }

    GrantFor organisationForm(UUID id) {
        return forOrganisation(organisations.get(id), true);
    }

    GrantFor activityForm(UUID id) {
        return forActivity(activities.get(id), true);
    }

    private TemplateInstance list(GrantFor target, Page<GrantView> page, String proposeHref) {
        ConsolePage shown = pages.page();
        ConsoleFormat format = pages.format();
        CaseMessages cases = ConsolePages.bundle(CaseMessages.class, format.language());
        ApprovalMessages approvals = ApprovalPageReader.messages(format);
        Map<UUID, String> fundNames = new HashMap<>();
        Map<UUID, String> payeeNames = new HashMap<>();
        List<Row> rows = page.items().stream().map(g -> new Row(g.id().toString(), g.reference(),
                g.costCategory() == null ? null : ApprovalPageReader.costCategory(g.costCategory(), approvals),
                format.money(g.amount()), fundNames.computeIfAbsent(g.fundId(), f -> funds.get(f).name()),
                g.payeeOrganisationId() == null ? null
                        : payeeNames.computeIfAbsent(g.payeeOrganisationId(), this::organisationName),
                CaseLabels.grantStatus(g.status(), cases))).toList();
        String more = page.totalItems() > rows.size()
                ? format.messages().section_more(format.number(rows.size()), format.number(page.totalItems())) : null;
        Actor me = currentActor.get();
        return ConsolePages.localized(Templates.beneficiary(shown, target, rows, more,
                me.hasRole(Roles.PROTECTION_OFFICER) ? proposeHref : null), shown.language());
    }

    private String organisationName(UUID id) {
        var ref = organisations.findRef(id);
        return ref == null ? ApprovalPageReader.messages(pages.format()).record_not_visible() : ref.reference();
    }

    private GrantMessages messages() {
        return ConsolePages.bundle(GrantMessages.class, pages.format().language());
    }
}
