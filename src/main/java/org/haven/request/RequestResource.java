package org.haven.request;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN;
import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.audit.AuditEntryView;
import org.haven.protection.DataErasedException;
import org.haven.shared.idempotency.Idempotent;
import org.haven.shared.idempotency.IdempotencyStore;
import org.haven.shared.paging.Page;
import org.haven.shared.security.Roles;
import org.haven.shared.web.ApiFormats;
import org.haven.shared.web.ETags;
import org.haven.shared.web.Tagged;
import org.haven.shared.web.PageParams;
import org.haven.shared.web.Params;

@Path("/requests")
@Tag(name = "Requests", description = "Emergency-assistance requests: the cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestResource {

    private final RequestService service;

    RequestResource(RequestService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    @Operation(summary = "Log a request", description = "Send an Idempotency-Key so that a retry creates nothing new.")
    @APIResponse(responseCode = "201", description = "Created (or the original response to a retry)",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "422", description = "Invalid field, unknown or archived defender, reused key")
    @Idempotent
    public Response open(@HeaderParam(IdempotencyStore.HEADER) String idempotencyKey,
            @NotNull @Valid OpenRequest body) {
        RequestView view = service.open(body);
        return Response.created(URI.create("/requests/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "The request queue", description = "Filters: status, urgency, assignedOfficer, defenderId, "
            + "assistanceType, overdue. Sort: deadline (default), receivedAt, reference; prefix - for descending.")
    @APIResponse(responseCode = "200", description = "A page of requests with the total count")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid")
    public Page<RequestSummary> list(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = RequestStatus.class)) String status,
            @QueryParam("urgency") @Parameter(schema = @Schema(implementation = Urgency.class)) String urgency,
            @QueryParam("assignedOfficer") @Parameter(schema = @Schema(type = STRING, maxLength = 255))
            String assignedOfficer,
            @QueryParam("defenderId") @Parameter(schema = @Schema(type = STRING, format = "uuid",
                    maxLength = ApiFormats.UUID_LENGTH)) String defenderId,
            @QueryParam("assistanceType") @Parameter(schema = @Schema(implementation = AssistanceType.class))
            String assistanceType,
            @QueryParam("overdue") @Parameter(schema = @Schema(type = BOOLEAN)) String overdue,
            @QueryParam("sort") @Parameter(schema = @Schema(type = STRING, enumeration = { "deadline", "-deadline",
                    "receivedAt", "-receivedAt", "reference", "-reference" }, defaultValue = "deadline")) String sort,
            @BeanParam PageParams paging) {
        RequestFilter filter = new RequestFilter(Params.enumValue("status", status, RequestStatus.class),
                Params.enumValue("urgency", urgency, Urgency.class), Params.text("assignedOfficer", assignedOfficer, 255),
                Params.uuid("defenderId", defenderId),
                Params.enumValue("assistanceType", assistanceType, AssistanceType.class),
                Params.bool("overdue", overdue));
        return service.list(filter, RequestSort.parse(sort), paging.request());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "Read a request", description = "No narrative or assessment notes.")
    @APIResponse(responseCode = "200", description = "The request; ETag carries the version",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "404", description = "Unknown or not visible")
    public RequestView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    @Operation(summary = "Correct the intake details", description = "While undecided; needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed; new ETag",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "409", description = "The request is already decided")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RequestView changeDetails(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid RequestDetails body) {
        return service.changeDetails(id, ETags.requireVersion(ifMatch), body);
    }

    @GET
    @Path("/{id}/sensitive")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "Read the narrative and assessment notes",
            description = "Need-to-know only; give a reason (?reason=...). Every read is an audit entry.")
    @APIResponse(responseCode = "200", description = "The sensitive parts; ETag is the request's version",
            content = @Content(schema = @Schema(implementation = RequestSensitiveView.class)))
    @APIResponse(responseCode = "404", description = "Unknown or not visible")
    public Response sensitive(@PathParam("id") UUID id, @QueryParam("reason") @Parameter(required = true,
            schema = @Schema(type = STRING, maxLength = Params.REASON_MAX_LENGTH)) String reason) {
        RequestService.VersionedSensitive read = service.sensitive(id, Params.reason(reason));
        return Response.ok(new Tagged(read.view(), read.version())).build();
    }

    @PUT
    @Path("/{id}/narrative")
    @RolesAllowed(Roles.PROTECTION_OFFICER)
    @Operation(summary = "Replace the narrative", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed; new ETag",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "409", description = "The request is final")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @APIResponse(responseCode = "410", description = DataErasedException.API_DESCRIPTION)
    public RequestView changeNarrative(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ChangeNarrative body) {
        return service.changeNarrative(id, ETags.requireVersion(ifMatch), body.narrative());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    @Operation(summary = "The case history", description = "Every audit entry of this case, in chain order.")
    @APIResponse(responseCode = "200", description = "Audit entries of the case")
    @APIResponse(responseCode = "404", description = "Unknown or not visible")
    public List<AuditEntryView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }
}
