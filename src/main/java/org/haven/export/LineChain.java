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
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final MessageDigest total = sha256();
    /** Each line's own digest; reused, as digest() resets it (a chain is written by one thread). */
    private final MessageDigest lineDigest = sha256();
    /** The previous line's digest in hex, rewritten in place after each line. */
    private final byte[] previousHex = GENESIS.getBytes(StandardCharsets.US_ASCII);
    private final byte[] lineHash = new byte[32];
    private long lines;

    public LineChain(OutputStream out) {
        this.out = out;
    }

    /** The digest of the line written last (the "prev" value of the next line). */
    public String previous() {
        return new String(previousHex, StandardCharsets.US_ASCII);
    }

    /** {@link #previous()} as its ASCII bytes, for a writer that builds lines as bytes; do not change them. */
    byte[] previousBytes() {
        return previousHex;
    }

    public void write(String line) throws IOException {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        write(bytes, 0, bytes.length);
    }

    /** Writes {@code bytes[offset, offset + length)}, UTF-8 without the line terminator, as the next line. */
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        out.write('\n');
        total.update(bytes, offset, length);
        total.update((byte) '\n');
        lineDigest.update(bytes, offset, length);
        try {
            lineDigest.digest(lineHash, 0, lineHash.length);
        } catch (java.security.DigestException e) {
            throw new IllegalStateException("a SHA-256 digest is 32 bytes", e);
        }
        for (int i = 0; i < lineHash.length; i++) {
            previousHex[2 * i] = HEX[(lineHash[i] >> 4) & 0xF];
            previousHex[2 * i + 1] = HEX[lineHash[i] & 0xF];
        }
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
