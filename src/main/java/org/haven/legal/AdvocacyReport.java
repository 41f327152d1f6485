package org.haven.legal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An aggregate report as issued: the table after small-cell suppression (a null count is not published), and the
 * signed CSV that can leave the organisation. {@code csv} is exactly what the signature's digest covers, followed
 * by its manifest line.
 */
public record AdvocacyReport(UUID reportId, Instant generatedAt, ReportRequest request, int minimumCount,
        List<String> rowLabels, List<String> columnLabels, List<List<Long>> cells, List<Long> rowTotals,
        List<Long> columnTotals, Long grandTotal, int suppressed, Manifest manifest, String csv) {

    /** What the signature covers, as docs/legal-status.md describes. */
    public record Manifest(String format, String reportId, String generatedAt, String parameters,
            int minimumCount, long lines, String digest, String algorithm, String keyId, String signature) {
    }

    /** The marker of a count that is not published. */
    public static final String SUPPRESSED = "x";
}
