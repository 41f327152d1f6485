package org.haven.stats;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A table of counts after small-cell suppression: a {@code null} count is not published, because it is
 * below the minimum count or could be worked out from the published ones. Labels are enum names.
 */
public record CountTable(
        @Schema(maxItems = CountTable.MAX_LINES) List<Row> rows,
        @Schema(nullable = true, maxItems = CountTable.MAX_LINES,
                description = "Null where the column totals are not published (see the table's description)")
        List<Cell> columnTotals,
        @Schema(nullable = true, minimum = "0", maximum = "" + Long.MAX_VALUE) Long total) {

    /** No table has more rows or columns than the largest enum it is counted by (six genders with "not recorded"). */
    static final int MAX_LINES = 8;
    static final int LABEL_MAX_LENGTH = 32;
    static final String LABEL_PATTERN = "^[A-Z_]+$";

    /** One row: its label, a count per column, and its total (null when not published). */
    public record Row(
            @Schema(maxLength = LABEL_MAX_LENGTH, pattern = LABEL_PATTERN) String label,
            @Schema(maxItems = MAX_LINES) List<Cell> counts,
            @Schema(nullable = true, minimum = "0", maximum = "" + Long.MAX_VALUE) Long total) {
    }

    /** One count: its column's label and the number, null when not published. */
    public record Cell(
            @Schema(maxLength = LABEL_MAX_LENGTH, pattern = LABEL_PATTERN) String label,
            @Schema(nullable = true, minimum = "0", maximum = "" + Long.MAX_VALUE) Long count) {
    }
}
