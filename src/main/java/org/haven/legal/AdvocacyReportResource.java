package org.haven.legal;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING;

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
import org.haven.shared.web.ProblemException;

/** Safe numbers for advocacy and donor reports (docs/legal-status.md, "Safe numbers"). */
@Path("/reports/advocacy")
@Tag(name = "Legal status")
public class AdvocacyReportResource {

    private final AdvocacyReportService reports;

    AdvocacyReportResource(AdvocacyReportService reports) {
        this.reports = reports;
    }

    @GET

    @Produces("text/csv")
    @RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "A safe aggregate report",
            description = "Counts of defenders by two dimensions over quarters, small cells suppressed (no count "
                    + "below k, complementary suppression so none can be derived), no free text, ending with a "
                    + "signed manifest line. Managers count their teams' cases; every report is an audit entry.")
    @APIResponse(responseCode = "200", description = "The report as CSV; the last line is the signed manifest",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = STRING, maxLength = 1_000_000)))
    @APIResponse(responseCode = "400", description = "A query parameter is invalid")
    @APIResponse(responseCode = "422", description = "The parameters do not make a report")
    public String advocacy(
            @QueryParam("from") @Parameter(description = "First quarter, e.g. 2026-Q1; default: Q1 of the year of to",
                    schema = @Schema(type = STRING, pattern = Quarter.PATTERN, maxLength = 7)) String from,
            @QueryParam("to") @Parameter(description = "Last quarter (inclusive); default: the current one",
                    schema = @Schema(type = STRING, pattern = Quarter.PATTERN, maxLength = 7)) String to,
            @QueryParam("population") @Parameter(schema = @Schema(implementation = ReportPopulation.class))
            String population,
            @QueryParam("rows") @Parameter(schema = @Schema(implementation = ReportDimension.class)) String rows,
            @QueryParam("columns") @Parameter(schema = @Schema(implementation = ReportDimension.class))
            String columns) {
        return reports.issue(ReportRequest.of(quarter("from", from), quarter("to", to),
                Params.enumValue("population", population, ReportPopulation.class),
                Params.enumValue("rows", rows, ReportDimension.class),
                Params.enumValue("columns", columns, ReportDimension.class), reports.currentQuarter())).csv();
    }

    private static Quarter quarter(String name, String raw) {
        String text = Params.text(name, raw, 7);
        if (text == null) {
            return null;
        }
        Quarter quarter = Quarter.parse(text);
        if (quarter == null) {
            throw ProblemException.badParameter(name, "must be a quarter like 2026-Q1");
        }
        return quarter;
    }
}
