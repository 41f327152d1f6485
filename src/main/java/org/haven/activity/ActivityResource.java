package org.haven.activity;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.audit.AuditEntryView;
import org.haven.shared.paging.Page;
import org.haven.shared.security.Roles;
import org.haven.shared.web.ApiFormats;
import org.haven.shared.web.ETags;
import org.haven.shared.web.PageParams;
import org.haven.shared.web.Params;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/activities")
@Tag(name = "Activities", description = "Workshops, strategy meetings, trainings, peer exchanges, advocacy meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivityResource {

    private final ActivityService service;

    ActivityResource(ActivityService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Operation(summary = "Plan an activity", description = "Organised by one of the caller's teams; the location is sealed.")
    @APIResponse(responseCode = "201", description = "Planned; ETag carries the version",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "422", description = "A field violates a rule")
    public RestResponse<ActivityView> plan(@NotNull @Valid PlanActivity body) {
        ActivityView view = service.plan(body);
        return RestResponse.ResponseBuilder.<ActivityView>created(URI.create("/activities/" + view.id()))
                .entity(view).build();
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "List activities", description = "The caller's teams' activities (auditors: all), by start date.")
    @APIResponse(responseCode = "200", description = "A page of activities with the total count")
    public Page<ActivityView> list(
            @Parameter(schema = @Schema(implementation = ActivityType.class)) @QueryParam("type") String type,
            @Parameter(schema = @Schema(implementation = ActivityStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Follow-up activities of this activity",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = ApiFormats.UUID_LENGTH))
            @QueryParam("followsActivityId") String follows,
            @BeanParam PageParams paging) {
        return service.list(Params.enumValue("type", type, ActivityType.class),
                Params.enumValue("status", status, ActivityStatus.class), Params.uuid("followsActivityId", follows),
                paging.request());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "Read an activity", description = "Never includes the location.")
    @APIResponse(responseCode = "200", description = "The activity; ETag carries the version",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "404", description = "Unknown or not visible")
    public ActivityView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Operation(summary = "Replace an activity's details", description = "Needs If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Changed; new ETag",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "409", description = "The activity was cancelled")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public ActivityView change(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ActivityDetails body) {
        return service.change(id, ETags.requireVersion(ifMatch), body);
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Operation(summary = "Mark an activity held, or cancel it", description = "CANCELLED needs a reason; needs If-Match.")
    @APIResponse(responseCode = "200", description = "Moved; new ETag",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public ActivityView move(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MoveActivity body) {
        return service.move(id, ETags.requireVersion(ifMatch), body);
    }

    @POST
    @Path("/{id}/outputs")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Operation(summary = "Record an output of a held activity", description = "A strategy paper, an action plan...")
    @APIResponse(responseCode = "201", description = "Recorded; the activity with its new ETag",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "409", description = "The activity is not HELD")
    public RestResponse<ActivityView> recordOutput(@PathParam("id") UUID id, @NotNull @Valid RecordOutput body) {
        return RestResponse.status(RestResponse.Status.CREATED, service.recordOutput(id, body));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "The activity's audit history", description = "Oldest first; sensitive values never shown.")
    @APIResponse(responseCode = "200", description = "Audit entries about this activity")
    @APIResponse(responseCode = "404", description = "Unknown or not visible")
    public List<AuditEntryView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }
}
