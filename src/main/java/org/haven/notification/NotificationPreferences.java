package org.haven.notification;

import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's e-mail preferences: the body of PUT and the answer of GET /notifications/preferences. */
@Schema(name = "NotificationPreferences")
public record NotificationPreferences(
        @NotNull @Schema(description = "E-mail notifications at all; the console list always works") Boolean emailEnabled,
        @NotBlank @Size(max = 64) @Schema(description = "IANA time zone of the hours below", example = "Asia/Kabul",
                maxLength = 64) String timeZone,
        @Pattern(regexp = TIME, message = "must be a time of day such as 22:00") @Schema(
                description = "Start of quiet hours (no e-mail but the most urgent kinds); with quietUntil",
                pattern = TIME, maxLength = 5, example = "22:00") String quietFrom,
        @Pattern(regexp = TIME, message = "must be a time of day such as 07:00") @Schema(
                description = "End of quiet hours", pattern = TIME, maxLength = 5, example = "07:00") String quietUntil,
        @Min(0) @Max(23) @Schema(description = "If set, one digest e-mail a day at this hour instead of one per event")
        Integer digestHour) {

    /** A time of day, hours and minutes. */
    static final String TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

    static NotificationPreferences of(Preferences p) {
        return new NotificationPreferences(p.emailEnabled(), p.zone().getId(), text(p.quietFrom()), text(p.quietUntil()),
                p.digestHour());
    }

    LocalTime quietFromTime() {
        return quietFrom == null ? null : LocalTime.parse(quietFrom);
    }

    LocalTime quietUntilTime() {
        return quietUntil == null ? null : LocalTime.parse(quietUntil);
    }

    private static String text(LocalTime time) {
        return time == null ? null : time.toString();
    }
}
