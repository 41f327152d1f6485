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
        previous = digest(bytes);
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

    /** The exact bytes the manifest signature covers. */
    public static byte[] manifestMessage(String exportId, String format, String digest, long lines, long cases,
            long events, long auditHeadSeq, String auditHeadHash, String exportedAt) {
        return ("haven-export-v1\n" + exportId + "\n" + format + "\n" + digest + "\n" + lines + "\n" + cases + "\n"
                + events + "\n" + auditHeadSeq + "\n" + auditHeadHash + "\n" + exportedAt + "\n")
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
