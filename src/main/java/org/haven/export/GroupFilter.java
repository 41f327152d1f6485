package org.haven.export;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.haven.activity.ActivityStatus;
import org.haven.activity.ActivityType;
import org.haven.organisation.OrganisationStatus;
import org.haven.organisation.VettingStatus;
import org.haven.shared.web.Params;

/**
 * Which organisations or activities to export: the kind's filters ({@link ExportKind#filterKeys()}) by
 * name, each a normalised text or null for "any". Activities: {@code from} and {@code to} bound the
 * first day, both inclusive.
 */
public record GroupFilter(ExportKind kind, Map<String, String> values) {

    public GroupFilter {
        if (!kind.filterKeys().containsAll(values.keySet())) {
            throw new IllegalArgumentException("filters of another kind");
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String key : kind.filterKeys()) {
            ordered.put(key, values.get(key));
        }
        values = Collections.unmodifiableMap(ordered);
    }

    /** {@code GET /exports/organisation-histories}: a bad value is refused naming its parameter. */
    public static GroupFilter organisations(String status, String vettingStatus) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("status", name(Params.enumValue("status", status, OrganisationStatus.class)));
        values.put("vettingStatus", name(Params.enumValue("vettingStatus", vettingStatus, VettingStatus.class)));
        return new GroupFilter(ExportKind.ORGANISATION_HISTORIES, values);
    }

    /** {@code GET /exports/activity-histories}: a bad value is refused naming its parameter. */
    public static GroupFilter activities(String from, String to, String status, String type) {
        LocalDate start = Params.date("from", from);
        LocalDate end = Params.date("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw org.haven.shared.web.ProblemException.badParameter("to", "must not be before from");
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("from", start == null ? null : start.toString());
        values.put("to", end == null ? null : end.toString());
        values.put("status", name(Params.enumValue("status", status, ActivityStatus.class)));
        values.put("type", name(Params.enumValue("type", type, ActivityType.class)));
        return new GroupFilter(ExportKind.ACTIVITY_HISTORIES, values);
    }

    public String get(String key) {
        return values.get(key);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
