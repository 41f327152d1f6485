package org.haven.grant;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.shared.idempotency.Idempotent;
import org.haven.shared.idempotency.IdempotencyStore;
import org.haven.shared.security.Roles;

@Path("/grants/{id}")
@Tag(name = "Grants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GrantDecisionResource {

    private final GrantDecisionService decisions;
    private final DisbursementService payments;

    GrantDecisionResource(GrantDecisionService decisions, DisbursementService payments) {
        this.decisions = decisions;
        this.payments = payments;
    }

    @POST
    @Path("/decisions")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Approve or reject", description = "Never by the proposer; two managers above the "
            + "threshold; due diligence before the final approval; the fund must cover it.")
    @APIResponse(responseCode = "200", description = "Decided (or first of two approvals recorded)",
            content = @Content(schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "403", description = "Own proposal, or the same manager approving twice")
    @APIResponse(responseCode = "409", description = "Not PROPOSED, or the fund's budget is insufficient")
    @APIResponse(responseCode = "422", description = "Comment or due diligence missing, cap exceeded")
    public GrantView decide(@PathParam("id") UUID id, @NotNull @Valid DecideOnGrant body) {
        return decisions.decide(id, body);
    }

    @POST
    @Path("/cancellation")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Cancel an approved grant", description = "Only while nothing is disbursed; needs a reason.")
    @APIResponse(responseCode = "200", description = "Cancelled; the fund's commitment is released",
            content = @Content(schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "409", description = "Not APPROVED, or already partly paid")
    public GrantView cancel(@PathParam("id") UUID id, @NotNull @Valid GiveReason body) {
        return decisions.cancel(id, body.reason());
    }

    @POST
    @Path("/disbursements")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Record a payment (tranche)", description = "Send an Idempotency-Key; the total never "
            + "exceeds the approved amount.")
    @APIResponse(responseCode = "201", description = "Recorded (or the original response to a retry)",
            content = @Content(schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "409", description = "Not APPROVED")
    @APIResponse(responseCode = "422", description = "Exceeds the amount left, wrong currency, reused key")
    @Idempotent
    public Response disburse(@PathParam("id") UUID id, @HeaderParam(IdempotencyStore.HEADER) String idempotencyKey,
            @NotNull @Valid RecordDisbursement body) {
        return Response.created(URI.create("/grants/" + id)).entity(payments.disburse(id, body)).build();
    }

    @POST
    @Path("/closure")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Close a fully disbursed grant")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "409", description = "Not APPROVED or not fully disbursed")
    public GrantView close(@PathParam("id") UUID id) {
        return payments.close(id);
    }
}
