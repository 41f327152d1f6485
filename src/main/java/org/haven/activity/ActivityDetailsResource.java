package org.haven.activity;

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

/** An activity's location (need-to-know, with a reason) and its participants. */
@Path("/activities/{id}")
@Tag(name = "Activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivityDetailsResource {

    private final ActivityService activities;
    private final ActivityParticipantService participants;

    ActivityDetailsResource(ActivityService activities, ActivityParticipantService participants) {
        this.activities = activities;
        this.participants = participants;
    }

    @GET
    @Path("/sensitive")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "Read an activity's location",
            description = "Need-to-know only; give a reason (?reason=...). Every read is an audit entry.")
    @APIResponse(responseCode = "200", description = "The location; ETag is the activity's version",
            content = @Content(schema = @Schema(implementation = ActivityLocation.class)))
    @APIResponse(responseCode = "404", description = "Unknown or not visible")
    public Response location(@PathParam("id") UUID id,
            @Parameter(required = true, description = "Why you need to see this; recorded in the audit log",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Params.REASON_MAX_LENGTH))
            @QueryParam("reason") String reason) {
        ActivityService.VersionedLocation read = activities.location(id, Params.reason(reason));
        return Response.ok(new Tagged(read.location(), read.version())).build();
    }

    @PUT
    @Path("/sensitive")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Operation(summary = "Replace an activity's location", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed; the activity with the new ETag",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "409", description = "The activity was cancelled")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public ActivityView changeLocation(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ActivityLocation body) {
        return activities.changeLocation(id, ETags.requireVersion(ifMatch), body);
    }

    @GET
    @Path("/participants")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "The activity's participants",
            description = "Listed by reference with their consent; all counted by gender without names.")
    @APIResponse(responseCode = "200", description = "Listed participants and counts",
            content = @Content(schema = @Schema(implementation = ParticipantsView.class)))
    @APIResponse(responseCode = "404", description = "Unknown or not visible")
    public ParticipantsView participants(@PathParam("id") UUID id) {
        return participants.participants(id);
    }

    @POST
    @Path("/participants")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Operation(summary = "Add a defender of the organising team as a participant")
    @APIResponse(responseCode = "201", description = "Added; the participants",
            content = @Content(schema = @Schema(implementation = ParticipantsView.class)))
    @APIResponse(responseCode = "409", description = "Already a participant, or the activity was cancelled")
    @APIResponse(responseCode = "422", description = "Unknown defender, or of another team")
    public RestResponse<ParticipantsView> add(@PathParam("id") UUID id, @NotNull @Valid AddParticipant body) {
        return RestResponse.status(RestResponse.Status.CREATED, participants.add(id, body));
    }

    @POST
    @Path("/participants/removal")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Operation(summary = "Remove a participant", description = "Needs a reason.")
    @APIResponse(responseCode = "200", description = "Removed; the participants",
            content = @Content(schema = @Schema(implementation = ParticipantsView.class)))
    @APIResponse(responseCode = "404", description = "Not a participant, or the activity is not visible")
    public ParticipantsView remove(@PathParam("id") UUID id, @NotNull @Valid RemoveParticipant body) {
        return participants.remove(id, body);
    }
}
