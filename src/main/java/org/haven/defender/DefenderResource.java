package org.haven.defender;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.jboss.resteasy.reactive.RestResponse;
import org.haven.audit.AuditEntryView;
import org.haven.shared.paging.Page;
import org.haven.shared.security.Roles;
import org.haven.shared.validation.CountryCode;
import org.haven.shared.web.ApiFormats;
import org.haven.shared.web.ETags;
import org.haven.shared.web.PageParams;
import org.haven.shared.web.Params;

@Path("/defenders")
@Tag(name = "Defenders", description = "The registry of human rights defenders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DefenderResource {

    /** The longest query text Params.text accepts for the search. */
    static final int TEXT_MAX_LENGTH = DefenderFilter.TEXT_MAX_LENGTH;

    private final DefenderService service;

    DefenderResource(DefenderService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    @Operation(summary = "Register a defender", description = "The server assigns id and HRD reference.")
    @APIResponse(responseCode = "201", description = "Registered; ETag carries the version",
            content = @Content(schema = @Schema(implementation = DefenderView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body")
    @APIResponse(responseCode = "422", description = "A field violates a rule")
    public RestResponse<DefenderView> register(@NotNull @Valid RegisterDefender body) {
        DefenderView view = service.register(body);
        return RestResponse.ResponseBuilder.<DefenderView>created(URI.create("/defenders/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List defenders", description = "Pseudonymous summaries only. Defaults to ACTIVE defenders.")
    @APIResponse(responseCode = "200", description = "A page of summaries with the total count")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid")
    public Page<DefenderSummary> list(
            @Parameter(schema = @Schema(implementation = RiskLevel.class)) @QueryParam("riskLevel") String riskLevel,
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = ApiFormats.COUNTRY_PATTERN, maxLength = 2))
            @QueryParam("currentCountry") String currentCountry,
            @Parameter(schema = @Schema(implementation = AreaOfWork.class)) @QueryParam("areaOfWork") String areaOfWork,
            @Parameter(description = "Default ACTIVE", schema = @Schema(implementation = DefenderStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Part of the pseudonym or reference",
                    schema = @Schema(type = SchemaType.STRING, maxLength = TEXT_MAX_LENGTH))
            @QueryParam("q") String text,
            @Parameter(description = "Prefix with - for descending; default reference",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "reference", "-reference", "pseudonym",
                        "-pseudonym", "riskLevel", "-riskLevel", "registeredAt", "-registeredAt", "updatedAt",
                        "-updatedAt" })) @QueryParam("sort") String sort,
            @BeanParam PageParams paging) {
        String country = Params.text("currentCountry", currentCountry, 2);
        if (country != null && !CountryCode.Validator.isKnown(country)) {
            throw org.haven.shared.web.ProblemException.badParameter("currentCountry",
                    "must be an ISO 3166-1 alpha-2 country code such as AF or PK");
        }
        DefenderStatus statusFilter = Params.enumValue("status", status, DefenderStatus.class);
        DefenderFilter filter = new DefenderFilter(Params.enumValue("riskLevel", riskLevel, RiskLevel.class), country,
                Params.enumValue("areaOfWork", areaOfWork, AreaOfWork.class),
                statusFilter == null ? DefenderStatus.ACTIVE : statusFilter, Params.text("q", text, TEXT_MAX_LENGTH));
        return service.list(filter, DefenderSort.parse(sort), paging.request());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Read a defender's profile", description = "Never includes sensitive details.")
    @APIResponse(responseCode = "200", description = "The profile; ETag carries the version",
            content = @Content(schema = @Schema(implementation = DefenderView.class)))
    @APIResponse(responseCode = "404", description = "Unknown or not visible")
    public DefenderView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    @Operation(summary = "Replace a defender's profile", description = "Needs If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Changed; new ETag",
            content = @Content(schema = @Schema(implementation = DefenderView.class)))
    @APIResponse(responseCode = "409", description = "The defender is not ACTIVE")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public DefenderView changeProfile(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DefenderProfile body) {
        return service.changeProfile(id, ETags.requireVersion(ifMatch), body);
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Operation(summary = "Archive a defender", description = "Nothing is deleted. Needs a reason and If-Match.")
    @APIResponse(responseCode = "200", description = "Archived",
            content = @Content(schema = @Schema(implementation = DefenderView.class)))
    @APIResponse(responseCode = "409", description = "Already archived or erased")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public DefenderView archive(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ArchiveDefender body) {
        return service.archive(id, ETags.requireVersion(ifMatch), body.reason());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "The defender's audit history", description = "Oldest first; sensitive values never shown.")
    @APIResponse(responseCode = "200", description = "Audit entries about this defender")
    @APIResponse(responseCode = "404", description = "Unknown or not visible")
    public List<AuditEntryView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }
}
