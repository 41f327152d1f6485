package org.haven.export;

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

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
