package org.haven.console;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.haven.shared.error.Refusal;
import org.haven.shared.security.CurrentActor;
import org.haven.shared.security.Roles;
import org.haven.stats.CaseloadOverview;
import org.haven.stats.StatsService;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * The overview for managers and auditors: the figures of {@code GET /stats} (same service, same roles,
 * same need-to-know scope) as pictures, each with its table. The optional period (from/to, whole days in
 * UTC) bounds the decision figures, as /stats' from and to do.
 */
@Path("/console/overview")
@Produces(MediaType.TEXT_HTML)
public class OverviewResource {

    @CheckedTemplate(basePath = "console/overview")
    static class Templates {
        static native TemplateInstance page(ConsolePage page, Overview.Page overview, OverviewGroups.Section groups,
                ConsoleForm form);
    }

    private final StatsService stats;
    private final ConsolePages pages;
    private final CurrentActor currentActor;
    private final Clock clock;

    OverviewResource(StatsService stats, ConsolePages pages, CurrentActor currentActor, Clock clock) {
        this.stats = stats;
        this.pages = pages;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public Response overview(@QueryParam("from") String from, @QueryParam("to") String to) {
        ConsolePage page = pages.page();
        FundMessages m = ConsolePages.bundle(FundMessages.class, page.language());
        ConsoleForm form = ConsoleForm.empty().with("from", from).with("to", to).label("from", m.from_label())
                .label("to", m.to_label());
        GrantPageForms values = new GrantPageForms(form, pages.formErrors());
        LocalDate start = values.date("from");
        LocalDate end = values.date("to");
        Instant now = clock.instant();
        Instant[] period = Overview.period(start, end, now);
        if (!form.hasErrors() && !period[0].isBefore(period[1])) {
            form.error("from", m.from_after_to());
        }
        if (form.hasErrors()) {
            // the figures of the default period, the problem next to the field
            period = Overview.period(null, null, now);
        }
        CaseloadOverview figures = stats.overview(period[0], period[1], currentActor.scope());
        Overview.Page overview = Overview.of(figures, pages.format(), m);
        OverviewGroups.Section groups = OverviewGroups.of(figures.groupWork(), pages.format(), m,
                ConsolePages.bundle(GroupMessages.class, page.language()),
                ConsolePages.bundle(DefenderMessages.class, page.language()));
        return GrantPageForms.page(form.hasErrors() ? 400 : 200,
                ConsolePages.localized(Templates.page(page, overview, groups, form), page.language()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ConsoleErrors.forbidden(pages);
    }

    @ServerExceptionMapper
    public Response unknownPath(jakarta.ws.rs.NotFoundException e) {
        return ConsoleErrors.refused(pages, Refusal.notFound("This record"));
    }

    @ServerExceptionMapper
    public Response refused(Refusal refusal) {
        return ConsoleErrors.refused(pages, refusal);
    }
}
