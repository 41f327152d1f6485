package org.haven.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes an export line by line and keeps what makes it verifiable: each line carries the SHA-256 of
 * the line before it (so a removed, inserted, altered or reordered line breaks the chain at that
 * line), and the digest of everything written is what the manifest signs. docs/auditors.md
 * describes the rules; {@code export.verify.ExportVerifier} checks them offline.
 */
public final class LineChain {

    public static final String GENESIS = "0".repeat(64);

    private final OutputStream out;
    private final MessageDigest total = sha256();
    /** Each line's own digest; reused, as digest() resets it (a chain is written by one thread). */
    private final MessageDigest lineDigest = sha256();
    private String previous = GENESIS;
    private long lines;

    public LineChain(OutputStream out) {
        this.out = out;
    }

    /** The digest of the line written last (the "prev" value of the next line). */
    public String previous() {
        return previous;
    }

    public void write(String line) throws IOException {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        out.write('\n');
        total.update(bytes);
        total.update((byte) '\n');
        previous = HexFormat.of().formatHex(lineDigest.digest(bytes));
        lines++;
    }

    public long lines() {
        return lines;
    }

    /** Digest of every byte written so far (call once, before the manifest). */
    public String totalDigest() {
        return HexFormat.of().formatHex(total.digest());
    }

    public static String digest(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** The filter keys, in the order in which they enter the signed message. */
    public static final java.util.List<String> FILTER_KEYS = java.util.List.of("from", "to", "status", "fundId",
            "assistanceType", "requestId");

    /**
     * The exact bytes the manifest signature covers: every manifest field that says what the export is
     * (docs/auditors.md). Filters are written as key=value pairs in {@link #FILTER_KEYS} order, joined
     * by '&amp;', an absent value as empty.
     */
    public static byte[] manifestMessage(String exportId, String format, String digest, long lines, long cases,
            long events, long auditHeadSeq, String auditHeadHash, String exportedAt, String exportedBy,
            boolean includesSensitive, String filters, String keyId) {
        return ("haven-export-v2\n" + exportId + "\n" + format + "\n" + digest + "\n" + lines + "\n" + cases + "\n"
                + events + "\n" + auditHeadSeq + "\n" + auditHeadHash + "\n" + exportedAt + "\n" + exportedBy
                + "\n" + includesSensitive + "\n" + filters + "\n" + keyId + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static String filters(java.util.function.Function<String, String> valueOf) {
        return String.join("&", FILTER_KEYS.stream().map(k -> k + "=" + java.util.Objects.requireNonNullElse(
                valueOf.apply(k), "")).toList());
    }

    /**
     * The signed message of an export of any kind. Case histories keep "haven-export-v2" above; the other
     * kinds sign "haven-export-v3", which names the kind, so a manifest cannot be passed off as another
     * kind's, and their own filters (docs/auditors.md).
     */
    public static byte[] manifestMessage(ExportKind kind, String exportId, String format, String digest, long lines,
            long records, long events, long auditHeadSeq, String auditHeadHash, String exportedAt, String exportedBy,
            boolean includesSensitive, java.util.function.Function<String, String> filterValues, String keyId) {
        if (kind == ExportKind.CASE_HISTORIES) {
            return manifestMessage(exportId, format, digest, lines, records, events, auditHeadSeq, auditHeadHash,
                    exportedAt, exportedBy, includesSensitive, filters(filterValues), keyId);
        }
        String filters = String.join("&", kind.filterKeys().stream().map(k -> k + "="
                + java.util.Objects.requireNonNullElse(filterValues.apply(k), "")).toList());
        return ("haven-export-v3\n" + kind.formatName() + "\n" + exportId + "\n" + format + "\n" + digest + "\n"
                + lines + "\n" + records + "\n" + events + "\n" + auditHeadSeq + "\n" + auditHeadHash + "\n"
                + exportedAt + "\n" + exportedBy + "\n" + includesSensitive + "\n" + filters + "\n" + keyId + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
