package org.haven.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Group support in the overview: organisations, activities and their participants, counted in SQL and
 * published with small cells suppressed (the advocacy report's method and minimum count), so no count
 * can point at a person or an organisation.
 */
public record GroupWork(
        @Schema(minimum = "1", maximum = "" + Integer.MAX_VALUE,
                description = "No published count is below this") int minimumCount,
        @Schema(description = "Active organisations: rows by type, columns by vetting status. An organisation of "
                + "several types is counted under each, so only row totals are published.")
        CountTable organisations,
        @Schema(description = "Activities: rows by type, columns by status, with every total")
        CountTable activities,
        @Schema(description = "Defenders taking part in activities that were not cancelled, each counted once: one "
                + "row (PARTICIPANTS), columns by gender (NOT_RECORDED when none is recorded)")
        CountTable participants) {
}
