package org.haven.organisation;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.shared.security.Roles;
import org.haven.shared.web.ETags;
import org.haven.shared.web.Params;
import org.haven.shared.web.Tagged;
import org.jboss.resteasy.reactive.RestResponse;

/** An organisation's contact channels (need-to-know, with a reason) and the defenders linked to it. */
@Path("/organisations/{id}")
@Tag(name = "Organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationDetailsResource {

    private final OrganisationService service;

    OrganisationDetailsResource(OrganisationService service) {
        this.service = service;
    }

    @GET
    @Path("/sensitive")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "Read an organisation's contact channels",
            description = "Need-to-know only; give a reason (?reason=...). Every read is an audit entry.")
    @APIResponse(responseCode = "200", description = "The contacts; ETag is the organisation's version",
            content = @Content(schema = @Schema(implementation = OrganisationContacts.class)))
    @APIResponse(responseCode = "404", description = "Unknown or not visible")
    public Response contacts(@PathParam("id") UUID id,
            @Parameter(required = true, description = "Why you need to see this; recorded in the audit log",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Params.REASON_MAX_LENGTH))
            @QueryParam("reason") String reason) {
        OrganisationService.VersionedContacts read = service.contacts(id, Params.reason(reason));
        return Response.ok(new Tagged(read.contacts(), read.version())).build();
    }

    @PUT
    @Path("/sensitive")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Operation(summary = "Replace an organisation's contact channels", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed; the organisation with the new ETag",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public OrganisationView changeContacts(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OrganisationContacts body) {
        return service.changeContacts(id, ETags.requireVersion(ifMatch), body);
    }

    @GET
    @Path("/members")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "The defenders currently linked to the organisation", description = "By reference, oldest first.")
    @APIResponse(responseCode = "200", description = "The current links",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = Organisation.MAX_MEMBERS,
                    implementation = MemberView.class)))
    @APIResponse(responseCode = "404", description = "Unknown or not visible")
    public List<MemberView> members(@PathParam("id") UUID id) {
        return service.members(id);
    }

    @POST
    @Path("/members")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Operation(summary = "Link a defender to the organisation", description = "The defender must be ACTIVE and "
            + "of the organisation's team.")
    @APIResponse(responseCode = "201", description = "Linked",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "404", description = "Unknown or not visible organisation")
    @APIResponse(responseCode = "409", description = "Already linked, or the organisation is archived")
    @APIResponse(responseCode = "422", description = "Unknown defender, or of another team")
    public RestResponse<MemberView> link(@PathParam("id") UUID id, @NotNull @Valid LinkDefender body) {
        return RestResponse.status(RestResponse.Status.CREATED, service.link(id, body));
    }

    @POST
    @Path("/members/removal")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Operation(summary = "End a defender's link to the organisation", description = "Needs a reason; the ended link stays on record.")
    @APIResponse(responseCode = "200", description = "Ended; the current links",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = Organisation.MAX_MEMBERS,
                    implementation = MemberView.class)))
    @APIResponse(responseCode = "404", description = "No such current link, or the organisation is not visible")
    public List<MemberView> unlink(@PathParam("id") UUID id, @NotNull @Valid EndMembership body) {
        service.unlink(id, body.defenderId(), body.reason());
        return service.members(id);
    }
}
