package org.haven.notification;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.shared.paging.Page;
import org.haven.shared.security.Roles;
import org.haven.shared.web.PageParams;
import org.haven.shared.web.Params;

@Path("/notifications")
@Tag(name = "Notifications", description = "Your own notifications (assignments, deadlines, approvals) and e-mail preferences")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final NotificationService service;

    NotificationResource(NotificationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "My notifications", description = "Newest first. Each names a reference, never a person.")
    @APIResponse(responseCode = "200", description = "A page of notifications")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid")
    public Page<NotificationView> mine(
            @QueryParam("unread") @Parameter(schema = @Schema(type = BOOLEAN)) String unread,
            @BeanParam PageParams paging) {
        return service.mine(Boolean.TRUE.equals(Params.bool("unread", unread)), paging.request());
    }

    @POST
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Path("/{id}/read")
    @Operation(summary = "Mark one of my notifications read")
    @APIResponse(responseCode = "200", description = "The notification, read",
            content = @Content(schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "404", description = "Not one of yours")
    public NotificationView markRead(@PathParam("id") UUID id) {
        return service.markRead(id);
    }

    @POST
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Path("/read")
    @Operation(summary = "Mark all my notifications read")
    @APIResponse(responseCode = "200", description = "How many were unread")
    @APIResponse(responseCode = "400", description = "Malformed request")
    public MarkedRead markAllRead() {
        return new MarkedRead(service.markAllRead());
    }

    /** The answer of "mark all read". */
    @Schema(name = "MarkedRead")
    public record MarkedRead(@Schema(minimum = "0", maximum = "2147483647") int marked) {
    }

    @GET
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Path("/preferences")
    @Operation(summary = "My e-mail preferences", description = "Defaults until changed: e-mail on, UTC, no quiet hours.")
    @APIResponse(responseCode = "200", description = "The preferences")
    @APIResponse(responseCode = "400", description = "Malformed request")
    public NotificationPreferences preferences() {
        return service.preferences();
    }

    @PUT
    @RolesAllowed({ Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Path("/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my e-mail preferences",
            description = "Quiet hours hold e-mails (except the most urgent kinds) until they end; a digest hour sends one e-mail a day.")
    @APIResponse(responseCode = "200", description = "The preferences now")
    @APIResponse(responseCode = "422", description = "Invalid field")
    public NotificationPreferences changePreferences(@NotNull @Valid NotificationPreferences body) {
        return service.changePreferences(body);
    }
}
