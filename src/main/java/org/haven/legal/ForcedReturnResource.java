package org.haven.legal;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.shared.security.Roles;
import org.haven.shared.web.Params;

/** Forced-return risk across the desk (docs/legal-status.md). */
@Path("/legal/forced-return")
@Tag(name = "Legal status")
public class ForcedReturnResource {

    private final ForcedReturnOverviewService overview;

    ForcedReturnResource(ForcedReturnOverviewService overview) {
        this.overview = overview;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "Defenders at risk of forced return",
            description = "Within your teams (auditors: all): how many are flagged, by host country and gender, and "
                    + "the open deadlines up to horizon-days ahead (passed ones while unanswered).")
    @APIResponse(responseCode = "200", description = "The overview",
            content = @Content(schema = @Schema(implementation = ForcedReturnOverview.class)))
    @APIResponse(responseCode = "400", description = "A query parameter is invalid")
    public ForcedReturnOverview overview(@QueryParam("horizon-days") @Parameter(schema = @Schema(type = INTEGER, format = "int32",
            minimum = "1", maximum = "" + ForcedReturnOverviewService.MAX_HORIZON_DAYS)) String horizonDays) {
        return overview.overview(Params.intValue("horizon-days", horizonDays,
                ForcedReturnOverviewService.DEFAULT_HORIZON_DAYS, 1, ForcedReturnOverviewService.MAX_HORIZON_DAYS));
    }
}
