package org.haven.legal;

import java.net.URI;
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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.protection.DataErasedException;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/** A defender's legal-status timeline (docs/legal-status.md). */
@Path("/defenders/{id}/legal-events")
@Tag(name = "Legal status", description = "Legal-status timeline, forced-return deadlines and safe aggregate numbers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalStatusResource {

    private final LegalStatusService service;

    LegalStatusResource(LegalStatusService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "A defender's legal status",
            description = "The timeline (retracted events included, marked), the situation it gives, open deadlines, "
                    + "whether the defender is at risk of forced return, and the legal-aid request Haven proposes.")
    @APIResponse(responseCode = "200", description = "The legal status",
            content = @Content(schema = @Schema(implementation = LegalStatusView.class)))
    @APIResponse(responseCode = "404", description = "Unknown or not visible")
    public LegalStatusView status(@PathParam("id") UUID id) {
        return service.status(id);
    }

    @POST
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Operation(summary = "Record a legal event",
            description = "A deadline within the warning window flags the defender at risk of forced return and "
                    + "raises their risk level, in the same transaction.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = LegalEventView.class)))
    @APIResponse(responseCode = "404", description = "Unknown or not visible")
    @APIResponse(responseCode = "409", description = "The defender is not ACTIVE")
    @APIResponse(responseCode = "422", description = "Invalid field")
    @APIResponse(responseCode = "410", description = DataErasedException.API_DESCRIPTION)
    public RestResponse<LegalEventView> record(@PathParam("id") UUID id, @NotNull @Valid RecordLegalEvent body) {
        LegalEventView view = service.record(id, body);
        return RestResponse.ResponseBuilder.<LegalEventView>created(
                URI.create("/defenders/" + id + "/legal-events/" + view.id())).entity(view).build();
    }
}
