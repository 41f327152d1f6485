package org.haven.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The canonical encoding of an audit entry and its chain hash, exactly as docs/audit.md specifies
 * so that anyone can recompute it:
 *
 * <pre>
 * canonical = "haven-audit-v1" as a netstring, then each field as a netstring, in this order:
 *   seq, occurredAt, actorSubject, actorName, actorRoles, action, entityType, entityId, caseId, reason, changes
 * netstring(s) = decimal length of UTF-8 bytes of s, ":", the bytes, ","   (absent value: "-1:,")
 * hash      = lowercase hex of SHA-256( ASCII(prevHash) || canonical )
 * </pre>
 */
public final class AuditHash {

    public static final String GENESIS = "0".repeat(64);
    static final String VERSION = "haven-audit-v1";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditHash() {
    }

    /** Time as it appears in the canonical encoding: UTC, always six fractional digits. */
    public static String time(Instant instant) {
        return TIME.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    public static byte[] canonical(long seq, Instant occurredAt, String actorSubject, String actorName,
            String actorRoles, String action, String entityType, String entityId, String caseId, String reason,
            String changes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        for (String field : new String[] { VERSION, Long.toString(seq), time(occurredAt), actorSubject, actorName,
                actorRoles, action, entityType, entityId, caseId, reason, changes }) {
            netstring(out, field);
        }
        return out.toByteArray();
    }

    public static String hash(String prevHash, byte[] canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prevHash.getBytes(StandardCharsets.US_ASCII));
            sha.update(canonical);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void netstring(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes("-1:,".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
        out.write(',');
    }
}
