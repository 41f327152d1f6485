package org.haven.request;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.shared.security.Roles;
import org.haven.shared.web.ETags;

@Path("/requests/{id}")
@Tag(name = "Requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestWorkflowResource {

    private final RequestWorkflowService workflow;

    RequestWorkflowResource(RequestWorkflowService workflow) {
        this.workflow = workflow;
    }

    @POST
    @Path("/transitions")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Operation(summary = "Move the case to another state",
            description = "DECLINED, REFERRED, WITHDRAWN and CLOSED need a reason. SUPPORTED comes from grant approval.")
    @APIResponse(responseCode = "200", description = "Moved; new ETag",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current state; errors[] lists the allowed ones")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "Reason missing")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RequestView transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid Transition body) {
        return workflow.transition(id, ETags.requireVersion(ifMatch), body);
    }

    @PUT
    @Path("/assessment")
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    @Operation(summary = "Record the assessment", description = "While IN_ASSESSMENT; replaces an earlier one.")
    @APIResponse(responseCode = "200", description = "Recorded; new ETag",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "409", description = "Not IN_ASSESSMENT")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "Invalid field or relocation plan missing")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RequestView assess(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid RecordAssessment body) {
        return workflow.assess(id, ETags.requireVersion(ifMatch), body);
    }

    @PUT
    @Path("/assignee")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Operation(summary = "Assign the case", description = "Managers assign anyone; officers take unassigned cases.")
    @APIResponse(responseCode = "200", description = "Assigned; new ETag",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "403", description = "An officer tried to assign someone else")
    @APIResponse(responseCode = "409", description = "Already assigned to another officer, or final")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RequestView assign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AssignOfficer body) {
        return workflow.assign(id, ETags.requireVersion(ifMatch), body.officer());
    }
}
