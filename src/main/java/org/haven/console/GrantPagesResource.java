package org.haven.console;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.haven.defender.DefenderService;
import org.haven.grant.ProposeGrant;
import org.haven.request.RequestService;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * "Propose a grant" for a case: the same command, roles and rules as {@code POST /grants}, through the
 * shared {@link GrantProposalForm}. The form carries a form key, so a double click or a resend proposes
 * one grant. A host organisation may be named as the payee.
 */
@Path("/console/cases/{id}/grants")
@Produces(MediaType.TEXT_HTML)
public class GrantPagesResource {

    static final String OPERATION = "POST /console/cases/{id}/grants";

    private final GrantProposalForm proposals;
    private final RequestService requests;
    private final DefenderService defenders;
    private final ConsolePages pages;

    GrantPagesResource(GrantProposalForm proposals, RequestService requests, DefenderService defenders,
            ConsolePages pages) {
        this.proposals = proposals;
        this.requests = requests;
        this.defenders = defenders;
        this.pages = pages;
    }

    @GET
    @Path("/new")
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    public TemplateInstance form(@PathParam("id") UUID id) {
        return proposals.empty(target(CaseBanner.of(id, requests, defenders)));
    }

    @POST
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        CaseBanner banner = CaseBanner.of(id, requests, defenders);
        return proposals.post(OPERATION, target(banner), posted,
                (fund, amount, purpose, tranches, gated, category, payee) -> new ProposeGrant(id, fund, amount,
                        purpose, tranches, gated, null, null, category, payee),
                banner.href() + "#grants");
    }

    private GrantFor target(CaseBanner banner) {
        GrantMessages m = ConsolePages.bundle(GrantMessages.class, pages.format().language());
        return new GrantFor(banner.href(), m.back_to_case(banner.reference()),
                List.of(new GrantFor.Fact(m.case_label(), banner.reference()),
                        new GrantFor.Fact(m.defender_label(),
                                banner.pseudonym() == null ? m.pseudonym_hidden() : banner.pseudonym())),
                "/console/cases/" + banner.id() + "/grants", List.of(), proposals.payees(null));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ConsoleErrors.forbidden(pages);
    }

    /** An id that is no UUID: the console's "not found" page, as for any unknown record (not the API's JSON). */
    @ServerExceptionMapper
    public Response unknownPath(jakarta.ws.rs.NotFoundException e) {
        return ConsoleErrors.refused(pages, Refusal.notFound("This record"));
    }

    @ServerExceptionMapper
    public Response refused(Refusal refusal) {
        return ConsoleErrors.refused(pages, refusal);
    }
}
