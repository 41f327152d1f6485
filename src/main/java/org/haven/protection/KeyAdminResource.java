package org.haven.protection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.shared.security.Roles;

@Path("/admin/keys")
@Tag(name = "Keys", description = "Key-encryption keys of field-level encryption (ids and counts, never key material)")
@Produces(MediaType.APPLICATION_JSON)
public class KeyAdminResource {

    private final KeyRotationService service;

    KeyAdminResource(KeyRotationService service) {
        this.service = service;
    }

    @POST
    @Path("/rotation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Re-wrap every data key with the primary KEK",
            description = "Run after every replica has the new KEK as primary; keep the old KEK configured until "
                    + "this has finished. Batched, repeatable, audited as KEYS_REWRAPPED. See docs/security-keys.md.")
    @APIResponse(responseCode = "200", description = "Counts: re-wrapped by this run, already current, destroyed")
    @APIResponse(responseCode = "409", description = "Stored keys name a KEK this service does not have")
    public KeyRotationResult rotate() {
        return service.rotate();
    }

    @GET
    @Path("/status")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Data keys per KEK", description = "Which KEK is primary, which are configured, how many "
            + "live data keys each wraps, how many were destroyed. Never key material.")
    @APIResponse(responseCode = "200", description = "Counts per KEK id")
    public KeyStatusView status() {
        return service.status();
    }
}
