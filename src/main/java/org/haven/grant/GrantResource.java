package org.haven.grant;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.haven.shared.paging.Page;
import org.haven.shared.security.Roles;
import org.haven.shared.web.ApiFormats;
import org.haven.shared.web.ETags;
import org.haven.shared.web.PageParams;
import org.haven.shared.web.Params;

@Path("/grants")
@Tag(name = "Grants", description = "Grant proposals, four-eyes decisions and payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GrantResource {

    private final GrantService service;

    GrantResource(GrantService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    @Operation(summary = "Propose a grant", description = "For exactly one beneficiary: a request IN_ASSESSMENT "
            + "(requestId), an organisation registered as a beneficiary (organisationId), or an activity's cost "
            + "(activityId with costCategory); optionally paid to another organisation (payeeOrganisationId). "
            + "In the fund's currency.")
    @APIResponse(responseCode = "201", description = "Proposed",
            content = @Content(schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "409", description = "The request is not IN_ASSESSMENT")
    @APIResponse(responseCode = "422", description = "Invalid field, cap exceeded, currency mismatch")
    public RestResponse<GrantView> propose(@NotNull @Valid ProposeGrant body) {
        GrantView view = service.propose(body);
        return RestResponse.ResponseBuilder.<GrantView>created(URI.create("/grants/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "List grants",
            description = "Filters: status, fundId, requestId, defenderId, organisationId, activityId.")
    @APIResponse(responseCode = "200", description = "A page of grants")
    public Page<GrantView> list(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = GrantStatus.class)) String status,
            @QueryParam("fundId") @Parameter(schema = @Schema(type = STRING, format = "uuid",
                    maxLength = ApiFormats.UUID_LENGTH)) String fundId,
            @QueryParam("requestId") @Parameter(schema = @Schema(type = STRING, format = "uuid",
                    maxLength = ApiFormats.UUID_LENGTH)) String requestId,
            @QueryParam("defenderId") @Parameter(schema = @Schema(type = STRING, format = "uuid",
                    maxLength = ApiFormats.UUID_LENGTH)) String defenderId,
            @QueryParam("organisationId") @Parameter(description = "The organisation supported (not as payee)",
                    schema = @Schema(type = STRING, format = "uuid",
                    maxLength = ApiFormats.UUID_LENGTH)) String organisationId,
            @QueryParam("activityId") @Parameter(schema = @Schema(type = STRING, format = "uuid",
                    maxLength = ApiFormats.UUID_LENGTH)) String activityId,
            @BeanParam PageParams paging) {
        return service.list(new GrantRepository.Filter(Params.enumValue("status", status, GrantStatus.class),
                Params.uuid("fundId", fundId), Params.uuid("requestId", requestId),
                Params.uuid("defenderId", defenderId), Params.uuid("organisationId", organisationId),
                Params.uuid("activityId", activityId)), paging.request());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "Read a grant", description = "With approvals, due diligence and disbursements.")
    @APIResponse(responseCode = "200", description = "The grant",
            content = @Content(schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "404", description = "Unknown")
    public GrantView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    @Operation(summary = "Withdraw a proposal", description = "Only while PROPOSED; needs a reason.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "409", description = "Not PROPOSED")
    public GrantView withdraw(@PathParam("id") UUID id, @NotNull @Valid GiveReason body) {
        return service.withdraw(id, body.reason());
    }
}
