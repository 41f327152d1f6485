package org.haven.export;

import java.util.List;

/**
 * What an export holds. The manifest's {@code format} starts with the kind's name, and the verifier reads
 * it to know which key carries each record, which manifest field counts them and which filters the
 * signature covers (docs/auditors.md).
 */
public enum ExportKind {

    /** Case histories: the signed message "haven-export-v2", unchanged since it was first published. */
    CASE_HISTORIES("haven-case-histories/v1", "case", "cases", LineChain.FILTER_KEYS),
    ORGANISATION_HISTORIES("haven-organisation-histories/v1", "organisation", "organisations",
            List.of("status", "vettingStatus")),
    ACTIVITY_HISTORIES("haven-activity-histories/v1", "activity", "activities",
            List.of("from", "to", "status", "type"));

    private final String name;
    private final String recordKey;
    private final String countKey;
    private final List<String> filterKeys;

    ExportKind(String name, String recordKey, String countKey, List<String> filterKeys) {
        this.name = name;
        this.recordKey = recordKey;
        this.countKey = countKey;
        this.filterKeys = filterKeys;
    }

    /** The kind of a manifest's {@code format} ("haven-activity-histories/v1/JSONL"), or null if unknown. */
    public static ExportKind ofFormat(String manifestFormat) {
        for (ExportKind kind : values()) {
            if (manifestFormat != null && manifestFormat.startsWith(kind.name + "/")) {
                return kind;
            }
        }
        return null;
    }

    /** The manifest's format prefix, e.g. {@code haven-activity-histories/v1}. */
    public String formatName() {
        return name;
    }

    /** The key of each line's record: {@code case}, {@code organisation}, {@code activity}. */
    public String recordKey() {
        return recordKey;
    }

    /** The manifest field that counts the records: {@code cases}, {@code organisations}, {@code activities}. */
    public String countKey() {
        return countKey;
    }

    /** The filters, in the order in which they enter the signed message. */
    public List<String> filterKeys() {
        return filterKeys;
    }
}
