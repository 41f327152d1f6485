package org.haven.followup;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN;
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
import org.haven.protection.DataErasedException;
import org.haven.shared.paging.Page;
import org.haven.shared.security.Roles;
import org.haven.shared.web.ApiFormats;
import org.haven.shared.web.PageParams;
import org.haven.shared.web.Params;

@Path("/follow-ups")
@Tag(name = "Follow-ups", description = "Checks after support, and the work queue of what is due")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    private final FollowUpService service;

    FollowUpResource(FollowUpService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Operation(summary = "Plan a follow-up", description = "Payments plan check-ins and financial reports themselves.")
    @APIResponse(responseCode = "201", description = "Planned",
            content = @Content(schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(responseCode = "409", description = "The case is final")
    @APIResponse(responseCode = "422", description = "Invalid field or unknown request")
    public RestResponse<FollowUpView> plan(@NotNull @Valid PlanFollowUp body) {
        FollowUpView view = service.plan(body);
        return RestResponse.ResponseBuilder.<FollowUpView>created(URI.create("/follow-ups/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "The follow-up work queue",
            description = "Filters: due-before, status, officer, requestId, grantId, overdue. Sorted by due date.")
    @APIResponse(responseCode = "200", description = "A page of follow-ups")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid")
    public Page<FollowUpView> list(
            @QueryParam("due-before") @Parameter(schema = @Schema(type = STRING, format = "date",
                    maxLength = Params.DATE_MAX_LENGTH)) String dueBefore,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = FollowUpStatus.class)) String status,
            @QueryParam("officer") @Parameter(schema = @Schema(type = STRING, maxLength = 255)) String officer,
            @QueryParam("requestId") @Parameter(schema = @Schema(type = STRING, format = "uuid",
                    maxLength = ApiFormats.UUID_LENGTH)) String requestId,
            @QueryParam("grantId") @Parameter(schema = @Schema(type = STRING, format = "uuid",
                    maxLength = ApiFormats.UUID_LENGTH)) String grantId,
            @QueryParam("overdue") @Parameter(schema = @Schema(type = BOOLEAN)) String overdue,
            @BeanParam PageParams paging) {
        return service.list(new FollowUpRepository.Filter(Params.enumValue("status", status, FollowUpStatus.class),
                Params.date("due-before", dueBefore), Params.text("officer", officer, 255), Params.uuid("requestId", requestId),
                Params.uuid("grantId", grantId), Params.bool("overdue", overdue)), paging.request());
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "Overdue follow-ups", description = "PLANNED and past their due date; oldest first.")
    @APIResponse(responseCode = "200", description = "A page of overdue follow-ups")
    public Page<FollowUpView> overdue(
            @QueryParam("officer") @Parameter(schema = @Schema(type = STRING, maxLength = 255)) String officer,
            @BeanParam PageParams paging) {
        return service.list(new FollowUpRepository.Filter(null, null, Params.text("officer", officer, 255), null,
                null, Boolean.TRUE), paging.request());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "Read a follow-up", description = "Without notes.")
    @APIResponse(responseCode = "200", description = "The follow-up")
    @APIResponse(responseCode = "404", description = "Unknown")
    public FollowUpView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/sensitive")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "Read a follow-up's notes",
            description = "Need-to-know only; give a reason (?reason=...). Every read is an audit entry.")
    @APIResponse(responseCode = "200", description = "The notes")
    @APIResponse(responseCode = "404", description = "Unknown")
    public FollowUpNotes notes(@PathParam("id") UUID id, @QueryParam("reason") @Parameter(required = true,
            schema = @Schema(type = STRING, maxLength = Params.REASON_MAX_LENGTH)) String reason) {
        return new FollowUpNotes(service.notes(id, Params.reason(reason)).notes());
    }

    @POST
    @Path("/{id}/outcome")
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    @Operation(summary = "Record the outcome", description = "Marks it DONE; may change the defender's risk "
            + "level and plan the next follow-up.")
    @APIResponse(responseCode = "200", description = "Done")
    @APIResponse(responseCode = "409", description = "Not PLANNED")
    @APIResponse(responseCode = "422", description = "Invalid field")
    @APIResponse(responseCode = "410", description = DataErasedException.API_DESCRIPTION)
    public FollowUpView complete(@PathParam("id") UUID id, @NotNull @Valid RecordOutcome body) {
        return service.complete(id, body);
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Operation(summary = "Cancel a follow-up", description = "Needs a reason.")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "409", description = "Not PLANNED")
    public FollowUpView cancel(@PathParam("id") UUID id, @NotNull @Valid CancelFollowUp body) {
        return service.cancel(id, body.reason());
    }
}
