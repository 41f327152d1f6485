package org.haven.legal;

import org.haven.shared.error.Refusal;

/**
 * What an aggregate report counts: the quarters (inclusive), whose requests, and the two dimensions of its table.
 * The rules of a valid request live here, for the API and the console alike (422 naming the parameter).
 */
public record ReportRequest(Quarter from, Quarter to, ReportPopulation population, ReportDimension rows,
        ReportDimension columns) {

    /** The longest period one report covers: five years. */
    public static final int MAX_QUARTERS = 20;

    public ReportRequest {
        if (from == null || to == null || population == null || rows == null || columns == null) {
            throw new IllegalArgumentException("use ReportRequest.of, which fills the defaults");
        }
        if (from.compareTo(to) > 0) {
            throw Refusal.rule("validation-failed", "from", "must not be after to");
        }
        if (from.plus(MAX_QUARTERS - 1).compareTo(to) < 0) {
            throw Refusal.rule("validation-failed", "to", "a report covers at most " + MAX_QUARTERS + " quarters");
        }
        if (rows == columns) {
            throw Refusal.rule("validation-failed", "columns", "must differ from rows");
        }
    }

    /**
     * Absent values take the defaults: from the first quarter of {@code current}'s year to {@code current}, the
     * supported population, countries of exile by gender.
     */
    public static ReportRequest of(Quarter from, Quarter to, ReportPopulation population, ReportDimension rows,
            ReportDimension columns, Quarter current) {
        Quarter last = to != null ? to : current;
        return new ReportRequest(from != null ? from : new Quarter(last.year(), 1), last,
                population != null ? population : ReportPopulation.SUPPORTED,
                rows != null ? rows : (columns == ReportDimension.COUNTRY_OF_EXILE ? ReportDimension.GENDER
                        : ReportDimension.COUNTRY_OF_EXILE),
                columns != null ? columns : (rows == ReportDimension.GENDER ? ReportDimension.COUNTRY_OF_EXILE
                        : ReportDimension.GENDER));
    }

    /** The parameters as they enter the signed manifest, in a fixed order. */
    String canonical() {
        return "from=" + from + "&to=" + to + "&population=" + population + "&rows=" + rows + "&columns=" + columns;
    }
}
