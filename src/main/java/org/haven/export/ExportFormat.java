package org.haven.export;

import java.util.Locale;

import org.haven.shared.web.ProblemException;

/** JSON Lines (one complete case per line) or CSV (one row per audit event, with case columns). */
public enum ExportFormat {
    JSONL("application/x-ndjson", "jsonl"),
    CSV("text/csv", "csv");

    public static final String JSONL_TYPE = "application/x-ndjson";
    public static final String CSV_TYPE = "text/csv";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The {@code format} parameter: jsonl (also ndjson, json) or csv; anything else is refused naming it. */
    public static ExportFormat named(String format) {
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "jsonl", "ndjson", "json" -> JSONL;
            case "csv" -> CSV;
            default -> throw ProblemException.badParameter("format", "must be jsonl or csv");
        };
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
