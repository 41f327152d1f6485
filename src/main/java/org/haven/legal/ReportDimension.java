package org.haven.legal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.haven.defender.AreaOfWork;
import org.haven.defender.Gender;
import org.haven.request.AssistanceType;

/**
 * What the aggregate report can break its counts down by. Each has a fixed SQL expression over the report's base
 * rows (never text from the caller) and, where the values are known in advance, its full list of categories so
 * that a table's shape does not depend on who is in it.
 */
public enum ReportDimension {
    COUNTRY_OF_EXILE("coalesce(b.current_country, 'NOT_RECORDED')", null),
    GENDER("coalesce(b.gender, 'NOT_RECORDED')", withNotRecorded(Gender.values())),
    AREA_OF_WORK("coalesce(a.area, 'NOT_RECORDED')", withNotRecorded(AreaOfWork.values())),
    ASSISTANCE_TYPE("t.assistance_type", names(AssistanceType.values())),
    OUTCOME("case when b.status in ('SUPPORTED', 'CLOSED') then 'SUPPORTED' else b.status end",
            List.of("SUPPORTED", "DECLINED", "REFERRED", "WITHDRAWN")),
    QUARTER("to_char(b.decided_at at time zone 'UTC', 'YYYY-\"Q\"Q')", null);

    /** The category of a missing value (an erased defender's gender, for instance). */
    public static final String NOT_RECORDED = "NOT_RECORDED";

    private final String sql;
    private final List<String> categories;

    ReportDimension(String sql, List<String> categories) {
        this.sql = sql;
        this.categories = categories;
    }

    String sql() {
        return sql;
    }

    /** The categories known in advance, or null when they come from the data (countries) or the period. */
    List<String> categories() {
        return categories;
    }

    /** The join a dimension needs beyond the base rows (areas and types are sets: one row per member). */
    String join() {
        return switch (this) {
            case AREA_OF_WORK -> " left join defender_area_of_work a on a.defender_id = b.defender_id";
            case ASSISTANCE_TYPE -> " join assistance_request_type t on t.request_id = b.request_id";
            default -> "";
        };
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> withNotRecorded(Enum<?>[] values) {
        return Stream.concat(names(values).stream(), Stream.of(NOT_RECORDED)).toList();
    }
}
