package org.haven.notification;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One notification in a person's list. Says what happened to which reference, never to whom. */
@Schema(name = "Notification")
public record NotificationView(UUID id, NotificationKind kind,
        @Schema(description = "The kind in English; the console shows its own translation", maxLength = 80) String title,
        @Schema(description = "A case, grant or defender reference such as EA-2026-00123", maxLength = 40) String reference,
        @Schema(description = "Where to look, in the console (a path)", maxLength = 200) String link,
        @Schema(description = "The deadline concerned, if any") Instant deadline, Instant createdAt, boolean read) {
}
