package org.haven.export;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.request.AssistanceType;
import org.haven.request.RequestStatus;
import org.haven.shared.web.ProblemException;
import org.haven.shared.security.Actor;
import org.haven.shared.security.CurrentActor;
import org.haven.shared.security.Roles;
import org.haven.shared.web.ApiFormats;
import org.haven.shared.web.Params;

@Path("/exports")
@Tag(name = "Exports", description = "Complete case histories for auditors, verifiable offline")
public class ExportResource {

    static final String FORMAT_DESCRIPTION = "jsonl (also ndjson, json) or csv; default from Accept, else jsonl";
    static final String SENSITIVE_DESCRIPTION = "Auditors only, jsonl only, with a reason";
    static final String REASON_DESCRIPTION = "Why sensitive fields are needed; recorded in the audit log";

    private final ExportService service;
    private final CurrentActor currentActor;

    ExportResource(ExportService service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @GET
    @Path("/case-histories")
    @Produces({ ExportFormat.JSONL_TYPE, ExportFormat.CSV_TYPE })
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Export case histories", description = "JSON Lines (a case per line) or CSV (a row per "
            + "audit event), by Accept or format=jsonl|csv; streamed; ends with a signed manifest. Pseudonymous.")
    @APIResponse(responseCode = "200", description = "The export, streamed")
    @APIResponse(responseCode = "400", description = "A filter is invalid")
    public Response export(
            @Parameter(description = FORMAT_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "jsonl", "ndjson", "json", "csv" })) @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @Parameter(description = "Received at or after", schema = @Schema(type = SchemaType.STRING,
                    format = "date-time", maxLength = ApiFormats.INSTANT_MAX_LENGTH)) @QueryParam("from") String from,
            @Parameter(description = "Received before", schema = @Schema(type = SchemaType.STRING,
                    format = "date-time", maxLength = ApiFormats.INSTANT_MAX_LENGTH)) @QueryParam("to") String to,
            @Parameter(schema = @Schema(implementation = RequestStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = ApiFormats.UUID_LENGTH))
            @QueryParam("fundId") String fundId,
            @Parameter(schema = @Schema(implementation = AssistanceType.class))
            @QueryParam("assistanceType") String assistanceType,
            @Parameter(description = SENSITIVE_DESCRIPTION, schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("includeSensitive") String includeSensitive,
            @Parameter(description = REASON_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Params.REASON_MAX_LENGTH))
            @QueryParam("reason") String reason) {
        ExportFilter filter = ExportFilter.of(from, to, status, fundId, assistanceType);
        return stream(filter, format(format, accept), "case-histories", includeSensitive, reason);
    }

    /**
     * Sensitive fields are exported only when asked for explicitly, with a reason, by an auditor, as
     * JSON Lines; the reason is in the audit log entry of the export.
     */
    Response stream(ExportFilter filter, ExportFormat format, String name, String includeSensitive, String reason) {
        Actor actor = currentActor.get();
        String sensitiveReason = sensitiveReason(actor, format, includeSensitive, reason);
        return attachment(service.begin(actor, filter, format, sensitiveReason), name);
    }

    /**
     * The reason for sensitive fields if they were asked for (by an auditor, as JSON Lines, with a reason),
     * else null. The same rule for every kind of export.
     */
    static String sensitiveReason(Actor actor, ExportFormat format, String includeSensitive, String reason) {
        Params.text("reason", reason, Params.REASON_MAX_LENGTH);
        boolean sensitive = Boolean.TRUE.equals(Params.bool("includeSensitive", includeSensitive));
        if (!sensitive) {
            return null;
        }
        if (!actor.hasRole(Roles.AUDITOR)) {
            throw ProblemException.forbidden("sensitive-export-forbidden",
                    "Only auditors may export sensitive fields.");
        }
        if (format != ExportFormat.JSONL) {
            throw ProblemException.badParameter("includeSensitive", "sensitive fields are exported as jsonl only");
        }
        return Params.reason(reason);
    }

    /** The started export as a streamed download named haven-{name}.{extension}. */
    static Response attachment(ExportService.Started export, String name) {
        ExportFormat format = export.format();
        StreamingOutput body = export.body()::accept;
        return Response.ok(body, format.mediaType() + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"haven-" + name + "." + format.extension() + "\"")
                .header("X-Export-Id", export.id().toString())
                .build();
    }

    static ExportFormat format(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return ExportFormat.named(format);
        }
        if (accept != null && List.of(accept.split(",")).stream().anyMatch(a -> a.trim().startsWith("text/csv"))) {
            return ExportFormat.CSV;
        }
        return ExportFormat.JSONL;
    }
}
