package org.haven.console;

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

import org.haven.grant.ProposeGrant;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * The grants supporting an organisation and the form proposing one: {@code POST /grants}
 * with {@code organisationId}, the same command and rules as the API.
 */
@Path("/console/organisations/{id}/grants")
@Produces(MediaType.TEXT_HTML)
public class OrganisationGrantPagesResource {

    static final String OPERATION = "POST /console/organisations/{id}/grants";

    private final GroupGrantPages lists;
    private final GrantProposalForm proposals;
    private final ConsolePages pages;

    OrganisationGrantPagesResource(GroupGrantPages lists, GrantProposalForm proposals, ConsolePages pages) {
        this.lists = lists;
        this.proposals = proposals;
        this.pages = pages;
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public TemplateInstance list(@PathParam("id") UUID id) {
        return lists.organisationGrants(id);
    }

    @GET
    @Path("/new")
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    public TemplateInstance form(@PathParam("id") UUID id) {
        return proposals.empty(lists.organisationForm(id));
    }

    @POST
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        return proposals.post(OPERATION, lists.organisationForm(id), posted,
                (fund, amount, purpose, tranches, gated, category, payee) -> new ProposeGrant(null, fund, amount,
                        purpose, tranches, gated, id, null, category, payee),
                "/console/organisations/" + id + "/grants");
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
