package org.haven.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.organisation.OrganisationStatus;
import org.haven.organisation.VettingStatus;
import org.haven.shared.security.CurrentActor;
import org.haven.shared.security.Roles;
import org.haven.shared.web.Params;

@Path("/exports/organisation-histories")
@Tag(name = "Exports")
public class OrganisationExportResource {

    private final GroupExportService service;
    private final CurrentActor currentActor;

    OrganisationExportResource(GroupExportService service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @GET
    @Produces(ExportFormat.JSONL_TYPE)
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Export organisation histories", description = "JSON Lines, an organisation per line: its "
            + "current state, the defenders linked to it (by reference, with role and dates) and its audit trail; "
            + "streamed; ends with a signed manifest. Pseudonymous; contacts only for auditors with a reason.")
    @APIResponse(responseCode = "200", description = "The export, streamed")
    @APIResponse(responseCode = "400", description = "A parameter is invalid")
    public Response export(
            @Parameter(description = GroupExports.FORMAT_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "jsonl", "ndjson", "json" })) @QueryParam("format") String format,
            @Parameter(schema = @Schema(implementation = OrganisationStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = VettingStatus.class))
            @QueryParam("vettingStatus") String vettingStatus,
            @Parameter(description = ExportResource.SENSITIVE_DESCRIPTION, schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("includeSensitive") String includeSensitive,
            @Parameter(description = ExportResource.REASON_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Params.REASON_MAX_LENGTH))
            @QueryParam("reason") String reason) {
        GroupFilter filter = GroupFilter.organisations(status, vettingStatus);
        return GroupExports.stream(service, currentActor.get(), currentActor.registryScope(), filter, format,
                includeSensitive, reason);
    }
}
