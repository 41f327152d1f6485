package org.haven.fund;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.haven.shared.web.ProblemException;
import org.haven.shared.money.ValidMoney;
import org.haven.shared.paging.Page;
import org.haven.shared.security.Roles;
import org.haven.shared.web.ApiFormats;
import org.haven.shared.web.ETags;
import org.haven.shared.web.PageParams;
import org.haven.shared.web.Params;

@Path("/funds")
@Tag(name = "Funds", description = "Donor funds and their budgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundResource {

    private final FundService service;

    FundResource(FundService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.ADMIN })
    @Operation(summary = "Create a fund")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = FundView.class)))
    @APIResponse(responseCode = "422", description = "A field violates a rule")
    public RestResponse<FundView> create(@NotNull @Valid CreateFund body) {
        FundView view = service.create(body);
        return RestResponse.ResponseBuilder.<FundView>created(URI.create("/funds/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List funds", description = "Filters: status, currency.")
    @APIResponse(responseCode = "200", description = "A page of funds with their figures")
    public Page<FundView> list(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = FundStatus.class)) String status,
            @QueryParam("currency") @Parameter(schema = @Schema(type = STRING, maxLength = 3,
                    pattern = ApiFormats.CURRENCY_PATTERN)) String currency,
            @BeanParam PageParams paging) {
        String code = Params.text("currency", currency, 3);
        if (code != null && !ValidMoney.Validator.isCurrency(code)) {
            throw ProblemException.badParameter("currency", "must be an ISO 4217 currency code such as EUR");
        }
        return service.list(Params.enumValue("status", status, FundStatus.class), code, paging.request());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Read a fund")
    @APIResponse(responseCode = "200", description = "The fund; ETag carries the version",
            content = @Content(schema = @Schema(implementation = FundView.class)))
    @APIResponse(responseCode = "404", description = "Unknown")
    public FundView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.ADMIN })
    @Operation(summary = "Change a fund", description = "Currency never changes; budget never below commitments.")
    @APIResponse(responseCode = "200", description = "Changed; new ETag",
            content = @Content(schema = @Schema(implementation = FundView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "A rule is violated")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public FundView change(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ChangeFund body) {
        long version = ETags.requireVersion(ifMatch);
        return service.change(id, version, body);
    }
}
