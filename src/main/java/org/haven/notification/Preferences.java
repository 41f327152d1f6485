package org.haven.notification;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One person's choices for e-mail: on or off, quiet hours in their time zone, or one digest a day at
 * a given hour. The in-console list always shows everything at once.
 */
record Preferences(boolean emailEnabled, ZoneId zone, LocalTime quietFrom, LocalTime quietUntil, Integer digestHour) {

    static final Preferences DEFAULT = new Preferences(true, ZoneId.of("UTC"), null, null, null);

    Preferences {
        if ((quietFrom == null) != (quietUntil == null)) {
            throw new IllegalArgumentException("quiet hours need a start and an end");
        }
        if (digestHour != null && (digestHour < 0 || digestHour > 23)) {
            throw new IllegalArgumentException("the digest hour is 0 to 23");
        }
    }

    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }

    /**
     * When an e-mail raised at {@code now} may be sent: at the next digest hour for digest readers;
     * else at the end of the quiet hours if {@code now} falls in them (unless the kind bypasses them);
     * else now.
     */
    Instant sendAt(Instant now, boolean bypassQuietHours) {
        ZonedDateTime local = now.atZone(zone);
        if (digestHour != null) {
            ZonedDateTime next = local.toLocalDate().atTime(digestHour, 0).atZone(zone);
            return (next.isAfter(local) ? next : local.toLocalDate().plusDays(1).atTime(digestHour, 0).atZone(zone))
                    .toInstant();
        }
        if (quietFrom == null || bypassQuietHours || quietFrom.equals(quietUntil)) {
            return now;
        }
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        boolean overnight = quietFrom.isAfter(quietUntil); // e.g. 22:00 to 07:00
        if (overnight) {
            if (!time.isBefore(quietFrom)) {
                return day.plusDays(1).atTime(quietUntil).atZone(zone).toInstant();
            }
            if (time.isBefore(quietUntil)) {
                return day.atTime(quietUntil).atZone(zone).toInstant();
            }
            return now;
        }
        if (!time.isBefore(quietFrom) && time.isBefore(quietUntil)) {
            return day.atTime(quietUntil).atZone(zone).toInstant();
        }
        return now;
    }
}
