package org.haven.legal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.protection.DataErasedException;
import org.haven.shared.security.Roles;
import org.haven.shared.web.Params;

/** One event of a defender's legal-status timeline, by its own id (docs/legal-status.md). */
@Path("/legal-events/{id}")
@Tag(name = "Legal status")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalEventResource {

    private final LegalStatusService service;

    LegalEventResource(LegalStatusService service) {
        this.service = service;
    }

    @GET
    @Path("/note")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "Read an event's note",
            description = "Need-to-know only; give a reason (?reason=...). Every read is an audit entry.")
    @APIResponse(responseCode = "200", description = "The note",
            content = @Content(schema = @Schema(implementation = LegalNote.class)))
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "Unknown or not visible")
    @APIResponse(responseCode = "410", description = DataErasedException.API_DESCRIPTION)
    public LegalNote note(@PathParam("id") UUID id,
            @Parameter(required = true, description = "Why you need to see this; recorded in the audit log",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Params.REASON_MAX_LENGTH))
            @QueryParam("reason") String reason) {
        return new LegalNote(service.note(id, Params.reason(reason)));
    }

    @POST
    @Path("/retraction")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Operation(summary = "Retract an event entered in error",
            description = "Needs a reason. The event stays on the timeline, marked retracted, and takes part in no "
                    + "rule; flags it raised are resolved, flags its answer had resolved open again.")
    @APIResponse(responseCode = "200", description = "Retracted",
            content = @Content(schema = @Schema(implementation = LegalEventView.class)))
    @APIResponse(responseCode = "404", description = "Unknown or not visible")
    @APIResponse(responseCode = "409", description = "Already retracted, or the defender is not ACTIVE")
    @APIResponse(responseCode = "422", description = "Reason missing")
    public LegalEventView retract(@PathParam("id") UUID id, @NotNull @Valid RetractLegalEvent body) {
        return service.retract(id, body.reason());
    }
}
