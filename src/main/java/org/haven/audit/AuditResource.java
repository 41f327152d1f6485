package org.haven.audit;

import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.shared.web.ProblemException;
import org.haven.shared.paging.Page;
import org.haven.shared.security.Roles;
import org.haven.shared.web.ApiFormats;
import org.haven.shared.web.PageParams;
import org.haven.shared.web.Params;

@Path("/audit")
@Tag(name = "Audit", description = "The tamper-evident log of every decision")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final Pattern HEX_SHA256 = Pattern.compile(ApiFormats.SHA256_HEX_PATTERN);
    private static final Pattern KEY_ID = Pattern.compile(CheckpointSigner.KEY_ID_PATTERN);
    private static final Pattern SIGNATURE = Pattern.compile(CheckpointSigner.SIGNATURE_PATTERN);

    private final AuditService service;

    AuditResource(AuditService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List audit entries", description = "Filter by entity, case, actor, action, time [from, to).")
    @APIResponse(responseCode = "200", description = "A page of entries with hashes")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid")
    public Page<AuditEntryView> list(
            @Parameter(description = "e.g. defender, request, grant", schema = @Schema(type = SchemaType.STRING,
                    pattern = AuditLog.ENTITY_TYPE_PATTERN, maxLength = AuditLog.ENTITY_TYPE_MAX_LENGTH))
            @QueryParam("entityType") String entityType,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = ApiFormats.UUID_LENGTH))
            @QueryParam("entityId") String entityId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = ApiFormats.UUID_LENGTH))
            @QueryParam("caseId") String caseId,
            @Parameter(description = "The actor's subject", schema = @Schema(type = SchemaType.STRING, maxLength = 255))
            @QueryParam("actor") String actor,
            @Parameter(schema = @Schema(implementation = AuditAction.class)) @QueryParam("action") String action,
            @Parameter(description = "Inclusive", schema = @Schema(type = SchemaType.STRING, format = "date-time",
                    maxLength = ApiFormats.INSTANT_MAX_LENGTH)) @QueryParam("from") String from,
            @Parameter(description = "Exclusive", schema = @Schema(type = SchemaType.STRING, format = "date-time",
                    maxLength = ApiFormats.INSTANT_MAX_LENGTH)) @QueryParam("to") String to,
            @Parameter(description = "Default seq (oldest first)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "seq", "-seq" }))
            @QueryParam("sort") String sort,
            @BeanParam PageParams paging) {
        AuditFilter filter = AuditFilter.of(entityType, entityId, caseId, actor, action, from, to);
        boolean newestFirst;
        if (sort == null || sort.isBlank() || sort.equals("seq")) {
            newestFirst = false;
        } else if (sort.equals("-seq")) {
            newestFirst = true;
        } else {
            throw ProblemException.badParameter("sort", "must be seq or -seq");
        }
        return service.list(filter, newestFirst, paging.request());
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
    public ChainVerification verifyCheckpoint(
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0",
                    maximum = "9223372036854775807")) @QueryParam("seq") String seq,
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiFormats.SHA256_HEX_PATTERN, maxLength = 64)) @QueryParam("headHash") String headHash,
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date-time",
                    maxLength = ApiFormats.INSTANT_MAX_LENGTH)) @QueryParam("signedAt") String signedAt,
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING,
                    pattern = CheckpointSigner.KEY_ID_PATTERN, maxLength = CheckpointSigner.KEY_ID_LENGTH))
            @QueryParam("keyId") String keyId,
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING,
                    pattern = CheckpointSigner.SIGNATURE_PATTERN, maxLength = CheckpointSigner.SIGNATURE_LENGTH))
            @QueryParam("signature") String signature) {
        long sequence = Params.longValue("seq", required("seq", seq), 0, Long.MAX_VALUE);
        return service.verifyAgainst(Checkpoint.of(sequence,
                required("headHash", headHash, 64, HEX_SHA256, "64 lower-case hex digits"),
                Params.instant("signedAt", required("signedAt", Params.text("signedAt", signedAt,
                        ApiFormats.INSTANT_MAX_LENGTH))),
                required("keyId", keyId, CheckpointSigner.KEY_ID_LENGTH, KEY_ID, "16 lower-case hex digits"),
                required("signature", signature, CheckpointSigner.SIGNATURE_LENGTH, SIGNATURE,
                        "an Ed25519 signature in base64 (88 characters)")));
    }

    @GET
    @Path("/public-key")
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROTECTION_OFFICER })
    @Operation(summary = "The public key that verifies checkpoint signatures")
    @APIResponse(responseCode = "200", description = "Ed25519 public key as PEM, with its key id")
    public PublicKeyView publicKey() {
        return service.publicKey();
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badParameter(name, "required");
        }
        return value.trim();
    }

    /** A required checkpoint field: at most {@code maxLength} characters, in the form it was handed out. */
    private static String required(String name, String raw, int maxLength, Pattern form, String expected) {
        String value = required(name, Params.text(name, raw, maxLength));
        if (!form.matcher(value).matches()) {
            throw ProblemException.badParameter(name, "must be " + expected);
        }
        return value;
    }
}
