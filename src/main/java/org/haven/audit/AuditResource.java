package org.haven.audit;


import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.shared.error.ProblemException;
import org.haven.shared.paging.Page;
import org.haven.shared.security.Roles;
import org.haven.shared.web.Params;

@Path("/audit")
@Tag(name = "Audit", description = "The tamper-evident log of every decision")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditService service;

    AuditResource(AuditService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List audit entries", description = "Filter by entity, case, actor, action, time [from, to).")
    @APIResponse(responseCode = "200", description = "A page of entries with hashes")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid")
    public Page<AuditEntryView> list(@QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId, @QueryParam("caseId") String caseId,
            @QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("sort") String sort, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        AuditFilter filter = new AuditFilter(Params.text("entityType", entityType, 64),
                Params.text("entityId", entityId, 64), Params.uuid("caseId", caseId), Params.text("actor", actor, 255),
                Params.enumValue("action", action, AuditAction.class), Params.instant("from", from), Params.instant("to", to));
        boolean newestFirst;
        if (sort == null || sort.isBlank() || sort.equals("seq")) {
            newestFirst = false;
        } else if (sort.equals("-seq")) {
            newestFirst = true;
        } else {
            throw ProblemException.badParameter("sort", "must be seq or -seq");
        }
        return service.list(filter, newestFirst, Params.page(page, size));
    }

    @GET
    @Path("/verify")
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Verify the whole chain", description = "Recomputes every hash; pinpoints the first break.")
    @APIResponse(responseCode = "200", description = "valid, or the first broken sequence number and why")
    public ChainVerification verify() {
        return service.verify();
    }

    @GET
    @Path("/checkpoint")
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Get a signed checkpoint of the chain head", description = "Keep it outside Haven.")
    @APIResponse(responseCode = "200", description = "Sequence, head hash, time and Ed25519 signature")
    public Checkpoint checkpoint() {
        return service.checkpoint();
    }

    @GET
    @Path("/checkpoint/verify")
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Verify the chain against a checkpoint you kept",
            description = "Fails if any entry up to the checkpoint was changed, removed, or the chain rebuilt.")
    @APIResponse(responseCode = "200", description = "The verification result")
    @APIResponse(responseCode = "400", description = "A checkpoint field is missing or malformed")
    public ChainVerification verifyCheckpoint(@QueryParam("seq") String seq, @QueryParam("headHash") String headHash,
            @QueryParam("signedAt") String signedAt, @QueryParam("keyId") String keyId,
            @QueryParam("signature") String signature) {
        long sequence = Params.longValue("seq", required("seq", seq), 0, Long.MAX_VALUE);
        return service.verifyAgainst(Checkpoint.of(sequence, required("headHash", headHash),
                Params.instant("signedAt", required("signedAt", signedAt)), required("keyId", keyId),
                required("signature", signature)));
    }

    @GET
    @Path("/public-key")
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROTECTION_OFFICER })
    @Operation(summary = "The public key that verifies checkpoint signatures")
    @APIResponse(responseCode = "200", description = "Ed25519 public key as PEM, with its key id")
    public PublicKeyView publicKey() {
        return new PublicKeyView(CheckpointSigner.ALGORITHM, service.keyId(), service.publicKeyPem());
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badParameter(name, "required");
        }
        return value.trim();
    }

}
