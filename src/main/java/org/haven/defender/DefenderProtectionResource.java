package org.haven.defender;

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
import org.haven.protection.DataErasedException;
import org.haven.shared.security.Roles;
import org.haven.shared.web.ETags;
import org.haven.shared.web.Tagged;
import org.haven.shared.web.Params;

/** A defender's protected details: need-to-know reads with a reason, changes, and erasure. */
@Path("/defenders/{id}")
@Tag(name = "Defenders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DefenderProtectionResource {

    private final DefenderService service;

    DefenderProtectionResource(DefenderService service) {
        this.service = service;
    }

    @GET
    @Path("/sensitive")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "Read a defender's sensitive details",
            description = "Need-to-know only; give a reason (?reason=...). Every read is an audit entry.")
    @APIResponse(responseCode = "200", description = "The sensitive details; ETag is the defender's version",
            content = @Content(schema = @Schema(implementation = SensitiveDetails.class)))
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "Unknown or not visible")
    @APIResponse(responseCode = "410", description = DataErasedException.API_DESCRIPTION)
    public Response sensitiveDetails(@PathParam("id") UUID id,
            @Parameter(required = true, description = "Why you need to see this; recorded in the audit log",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Params.REASON_MAX_LENGTH))
            @QueryParam("reason") String reason) {
        DefenderService.VersionedDetails read = service.sensitiveDetails(id, Params.reason(reason));
        return Response.ok(new Tagged(read.details(), read.version())).build();
    }

    @PUT
    @Path("/sensitive")
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    @Operation(summary = "Replace a defender's sensitive details", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed; the profile with the new ETag",
            content = @Content(schema = @Schema(implementation = DefenderView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public DefenderView changeSensitiveDetails(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid SensitiveDetails body) {
        return service.changeSensitiveDetails(id, ETags.requireVersion(ifMatch), body);
    }

    @POST
    @Path("/erasure")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase a defender's personal data", description = "Irreversible: destroys their data key "
            + "(crypto-shredding) and blanks identifying fields; the audit chain stays verifiable. Needs a reason.")
    @APIResponse(responseCode = "200", description = "Erased")
    @APIResponse(responseCode = "409", description = "Already erased")
    @APIResponse(responseCode = "422", description = "Reason missing")
    public DefenderView erase(@PathParam("id") UUID id, @NotNull @Valid EraseDefender body) {
        return service.erase(id, body.reason());
    }
}
