package org.haven.organisation;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.audit.AuditEntryView;
import org.haven.shared.paging.Page;
import org.haven.shared.security.Roles;
import org.haven.shared.validation.CountryCode;
import org.haven.shared.web.ApiFormats;
import org.haven.shared.web.ETags;
import org.haven.shared.web.PageParams;
import org.haven.shared.web.Params;
import org.haven.shared.web.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/organisations")
@Tag(name = "Organisations", description = "Partner, host, beneficiary and funder organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private final OrganisationService service;

    OrganisationResource(OrganisationService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Operation(summary = "Register an organisation", description = "Filed under one of the caller's teams; "
            + "the contact channels are sealed. Starts NOT_VETTED.")
    @APIResponse(responseCode = "201", description = "Registered; ETag carries the version",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "422", description = "A field violates a rule")
    public RestResponse<OrganisationView> register(@NotNull @Valid RegisterOrganisation body) {
        OrganisationView view = service.register(body);
        return RestResponse.ResponseBuilder.<OrganisationView>created(URI.create("/organisations/" + view.id()))
                .entity(view).build();
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "List organisations", description = "The caller's teams' organisations (auditors: all), "
            + "by reference. Defaults to ACTIVE. Never the contact channels.")
    @APIResponse(responseCode = "200", description = "A page of organisations with the total count")
    public Page<OrganisationView> list(
            @Parameter(schema = @Schema(implementation = OrganisationType.class)) @QueryParam("type") String type,
            @Parameter(schema = @Schema(implementation = VettingStatus.class)) @QueryParam("vettingStatus")
            String vettingStatus,
            @Parameter(description = "Default ACTIVE", schema = @Schema(implementation = OrganisationStatus.class))
            @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = ApiFormats.COUNTRY_PATTERN, maxLength = 2))
            @QueryParam("country") String country,
            @Parameter(description = "Organisations the defender is currently linked to",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = ApiFormats.UUID_LENGTH))
            @QueryParam("defenderId") String defenderId,
            @Parameter(description = "Part of the name or reference",
                    schema = @Schema(type = SchemaType.STRING, maxLength = OrganisationFilter.TEXT_MAX_LENGTH))
            @QueryParam("q") String text,
            @BeanParam PageParams paging) {
        String countryCode = Params.text("country", country, 2);
        if (countryCode != null && !CountryCode.Validator.isKnown(countryCode)) {
            throw ProblemException.badParameter("country", "must be an ISO 3166-1 alpha-2 country code such as AF or PK");
        }
        OrganisationStatus statusFilter = Params.enumValue("status", status, OrganisationStatus.class);
        OrganisationFilter filter = new OrganisationFilter(Params.enumValue("type", type, OrganisationType.class),
                Params.enumValue("vettingStatus", vettingStatus, VettingStatus.class),
                statusFilter == null ? OrganisationStatus.ACTIVE : statusFilter, countryCode,
                Params.uuid("defenderId", defenderId), Params.text("q", text, OrganisationFilter.TEXT_MAX_LENGTH));
        return service.list(filter, paging.request());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "Read an organisation", description = "Never includes the contact channels.")
    @APIResponse(responseCode = "200", description = "The organisation; ETag carries the version",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "404", description = "Unknown or not visible")
    public OrganisationView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER })
    @Operation(summary = "Replace an organisation's profile", description = "Needs If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Changed; new ETag",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "409", description = "The organisation is archived")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public OrganisationView changeProfile(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OrganisationProfile body) {
        return service.changeProfile(id, ETags.requireVersion(ifMatch), body);
    }

    @POST
    @Path("/{id}/vetting")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Record a vetting decision", description = "Status, date and a reason; needs If-Match.")
    @APIResponse(responseCode = "200", description = "Recorded; new ETag",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "409", description = "The organisation is archived")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "Date missing, not allowed, or in the future")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public OrganisationView vet(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid VetOrganisation body) {
        return service.vet(id, ETags.requireVersion(ifMatch), body);
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Archive an organisation", description = "Nothing is deleted. Needs a reason and If-Match.")
    @APIResponse(responseCode = "200", description = "Archived",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "409", description = "Already archived")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public OrganisationView archive(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ArchiveOrganisation body) {
        return service.archive(id, ETags.requireVersion(ifMatch), body.reason());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "The organisation's audit history", description = "Oldest first; sensitive values never shown.")
    @APIResponse(responseCode = "200", description = "Audit entries about this organisation")
    @APIResponse(responseCode = "404", description = "Unknown or not visible")
    public List<AuditEntryView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }
}
