package org.haven.stats;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING;

import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.shared.web.ProblemException;
import org.haven.shared.security.CurrentActor;
import org.haven.shared.security.Roles;
import org.haven.shared.web.ApiFormats;
import org.haven.shared.web.Params;

@Path("/stats")
@Tag(name = "Caseload overview", description = "What is waiting, what is late, where the money went")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    private final StatsService service;
    private final CurrentActor currentActor;
    private final java.time.Clock clock;

    StatsResource(StatsService service, CurrentActor currentActor, java.time.Clock clock) {
        this.service = service;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "The caseload overview", description = "from/to bound the period of the decision figures "
            + "(median time, within the deadline; default: the last 90 days); the other figures are as of now.")
    @APIResponse(responseCode = "200", description = "Figures computed by SQL aggregates")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid")
    public CaseloadOverview overview(
            @QueryParam("from") @Parameter(schema = @Schema(type = STRING, format = "date-time",
                    maxLength = ApiFormats.INSTANT_MAX_LENGTH)) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = STRING, format = "date-time",
                    maxLength = ApiFormats.INSTANT_MAX_LENGTH)) String to) {
        Instant end = java.util.Objects.requireNonNullElse(Params.instant("to", to), clock.instant());
        Instant start = java.util.Objects.requireNonNullElse(Params.instant("from", from), end.minus(Duration.ofDays(90)));
        if (!start.isBefore(end)) {
            throw ProblemException.badParameter("from", "must be before to");
        }
        return service.overview(start, end, currentActor.scope());
    }
}
