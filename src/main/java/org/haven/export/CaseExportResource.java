package org.haven.export;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.shared.security.Roles;
import org.haven.shared.web.Params;

@Path("/requests/{id}/history/export")
@Tag(name = "Exports")
public class CaseExportResource {

    private final ExportResource exports;
    private final CaseLookup cases;

    CaseExportResource(ExportResource exports, CaseLookup cases) {
        this.exports = exports;
        this.cases = cases;
    }

    @GET
    @Produces({ ExportFormat.JSONL_TYPE, ExportFormat.CSV_TYPE })
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Export one case's history", description = "Same formats and manifest as the full export.")
    @APIResponse(responseCode = "200", description = "The export, streamed")
    @APIResponse(responseCode = "404", description = "Unknown case")
    public Response export(@PathParam("id") UUID id,
            @Parameter(description = ExportResource.FORMAT_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "jsonl", "ndjson", "json", "csv" })) @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @Parameter(description = ExportResource.SENSITIVE_DESCRIPTION, schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("includeSensitive") String includeSensitive,
            @Parameter(description = ExportResource.REASON_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Params.REASON_MAX_LENGTH))
            @QueryParam("reason") String reason) {
        cases.requireExists(id);
        return exports.stream(ExportFilter.ofCase(id), ExportResource.format(format, accept),
                "case-" + id, includeSensitive, reason);
    }
}
