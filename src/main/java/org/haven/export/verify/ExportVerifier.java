package org.haven.export.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.haven.audit.AuditHash;
import org.haven.export.ExportKind;
import org.haven.export.LineChain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * Checks an export offline, without Haven or its database: the manifest's Ed25519 signature (with
 * the public key the auditor obtained separately), the digest of the whole file, the chain of line
 * digests (which pinpoints an altered, inserted, removed or reordered line), and the hash of every
 * audit entry recomputed from its fields.
 */
public final class ExportVerifier {

    /**
     * What the check found. {@code cases} counts the file's records: cases, organisations or activities, as
     * {@code kind} says (null if the manifest names no known kind).
     */
    public record Report(boolean valid, long lines, long cases, long events, List<String> problems, ExportKind kind) {

        Report(boolean valid, long lines, long cases, long events, List<String> problems) {
            this(valid, lines, cases, events, problems, null);
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final CsvMapper csv = new CsvMapper();

    public Report verify(Path file, PublicKey publicKey) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        // CSV fields may hold quoted newlines; JSON Lines never contain a raw newline inside a line.
        boolean csvFile = new String(bytes, 0, Math.min(bytes.length, 20), StandardCharsets.UTF_8)
                .startsWith("row,prevRowDigest");
        List<int[]> records = records(bytes, csvFile);
        List<String> problems = new ArrayList<>();
        if (records.isEmpty()) {
            return new Report(false, 0, 0, 0, List.of("the file is empty"));
        }
        int[] last = records.get(records.size() - 1);
        String lastText = text(bytes, last);
        boolean isCsv = csvFile;
        JsonNode manifest;
        try {
            manifest = json.readTree(isCsv ? csvFields(lastText).get(1) : lastText).get("manifest");
        } catch (RuntimeException | IOException e) {
            manifest = null;
        }
        if (manifest == null) {
            return new Report(false, 0, 0, 0, List.of("no manifest at the end: the export is truncated or altered"));
        }
        ExportKind kind = ExportKind.ofFormat(manifest.path("format").asText());
        if (kind == null) {
            return new Report(false, 0, 0, 0, List.of("the manifest names no known kind of export"));
        }
        if (isCsv && kind != ExportKind.CASE_HISTORIES) {
            return new Report(false, 0, 0, 0, List.of("only case histories are exported as CSV"), kind);
        }
        String digest = HexFormat.of().formatHex(sha256(bytes, 0, last[0]));
        if (!digest.equals(manifest.path("digest").asText())) {
            problems.add("the file's digest does not match the manifest: content was altered, added or removed");
        }
        byte[] message = LineChain.manifestMessage(kind, manifest.path("exportId").asText(),
                manifest.path("format").asText().replaceAll(".*/", ""), manifest.path("digest").asText(),
                manifest.path("lines").asLong(), manifest.path(kind.countKey()).asLong(),
                manifest.path("events").asLong(), manifest.path("auditHead").path("seq").asLong(),
                manifest.path("auditHead").path("hash").asText(), manifest.path("exportedAt").asText(),
                manifest.path("exportedBy").asText(), manifest.path("includesSensitive").asBoolean(),
                filterValues(manifest), manifest.path("keyId").asText());
        if (!signatureValid(publicKey, message, manifest.path("signature").asText())) {
            problems.add("the manifest's signature is not valid for this public key");
        }
        long cases = 0;
        long events = 0;
        String previous = LineChain.GENESIS;
        for (int i = 0; i < records.size() - 1; i++) {
            int[] record = records.get(i);
            String line = text(bytes, record);
            long number = i + 1;
            if (isCsv && i == 0) {
                previous = LineChain.digest(slice(bytes, record));
                continue;
            }
            try {
                if (isCsv) {
                    List<String> f = csvFields(line);
                    checkChain(problems, number, f.get(0), f.get(1), previous);
                    events++;
                    checkEntry(problems, number, f.get(7), f.get(8), f.get(9), f.get(10), f.get(11), f.get(12),
                            f.get(13), f.get(14), f.get(2), f.get(15), f.get(16), f.get(17), f.get(18));
                } else {
                    JsonNode node = json.readTree(line);
                    checkChain(problems, number, node.path("line").asText(), node.path("prev").asText(), previous);
                    cases++;
                    // the record's own entries, and those of the records inside it (an organisation's grants)
                    for (JsonNode e : auditEntriesOf(node.path(kind.recordKey()))) {
                        events++;
                        checkEntry(problems, number, e.path("seq").asText(), e.path("occurredAt").asText(),
                                e.path("actorSubject").asText(), e.path("actorName").asText(),
                                e.path("actorRoles").asText(), e.path("action").asText(), e.path("entityType").asText(),
                                e.path("entityId").asText(), nullable(e.get("caseId")), nullable(e.get("reason")),
                                nullable(e.get("changesText")), e.path("prevHash").asText(), e.path("hash").asText());
                    }
                }
            } catch (IOException | RuntimeException e) {
                problems.add("line " + number + ": cannot be read (" + e.getClass().getSimpleName() + ")");
            }
            previous = LineChain.digest(slice(bytes, record));
        }
        long declared = manifest.path(kind.countKey()).asLong();
        if (isCsv) {
            cases = declared;
        }
        long lines = records.size() - 1;
        if (lines != manifest.path("lines").asLong()) {
            problems.add("the manifest says " + manifest.path("lines").asLong() + " lines, the file has " + lines);
        }
        if (!previous.equals(manifest.path("lastLineDigest").asText())) {
            problems.add("line " + lines + " (the last before the manifest) was altered, or lines were cut off");
        }
        if (!isCsv && cases != declared) {
            problems.add("the manifest says " + declared + " " + kind.countKey() + ", the file has " + cases);
        }
        if (events != manifest.path("events").asLong()) {
            problems.add("the manifest says " + manifest.path("events").asLong() + " events, the file has " + events);
        }
        return new Report(problems.isEmpty(), lines, cases, events, problems, kind);
    }

    private static java.util.function.Function<String, String> filterValues(JsonNode manifest) {
        JsonNode filters = manifest.path("filters");
        return key -> filters.hasNonNull(key) ? filters.get(key).asText() : null;
    }

    private static void checkChain(List<String> problems, long number, String declared, String prev,
            String expectedPrev) {
        if (!String.valueOf(number).equals(declared)) {
            problems.add("line " + number + ": carries number " + declared
                    + " (a line was removed, inserted or moved before it)");
        } else if (!expectedPrev.equals(prev)) {
            problems.add("line " + number + ": the line before it was altered (its digest does not match)");
        }
    }

    private static void checkEntry(List<String> problems, long number, String seq, String occurredAt, String subject,
            String name, String roles, String action, String entityType, String entityId, String caseId,
            String reason, String changes, String prevHash, String hash) {
        String computed = AuditHash.hash(prevHash, AuditHash.canonical(Long.parseLong(seq), Instant.parse(occurredAt),
                subject, name, roles, action, entityType, entityId, blankToNull(caseId), blankToNull(reason),
                blankToNull(changes)));
        if (!computed.equals(hash)) {
            problems.add("line " + number + ": audit entry " + seq + " does not match its hash (altered)");
        }
    }

    /** Every audit entry of a record: its own, and those of the records it holds (an organisation's grants). */
    private static List<JsonNode> auditEntriesOf(JsonNode record) {
        List<JsonNode> entries = new ArrayList<>();
        for (JsonNode list : record.findValues("auditEntries")) {
            list.forEach(entries::add);
        }
        return entries;
    }

    private static String nullable(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private List<String> csvFields(String record) throws IOException {
        try (MappingIterator<List<String>> it = csv.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(record)) {
            return it.next();
        }
    }

    /** Record boundaries: a newline ends a record, in CSV only outside double quotes. */
    static List<int[]> records(byte[] bytes, boolean csvQuoting) {
        List<int[]> records = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (csvQuoting && bytes[i] == '"') {
                quoted = !quoted;
            } else if (bytes[i] == '\n' && !quoted) {
                if (i > start) {
                    records.add(new int[] { start, i });
                }
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            records.add(new int[] { start, bytes.length });
        }
        return records;
    }

    private static String text(byte[] bytes, int[] record) {
        return new String(bytes, record[0], record[1] - record[0], StandardCharsets.UTF_8);
    }

    private static byte[] slice(byte[] bytes, int[] record) {
        return java.util.Arrays.copyOfRange(bytes, record[0], record[1]);
    }

    private static byte[] sha256(byte[] bytes, int from, int to) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes, from, to - from);
            return sha.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean signatureValid(PublicKey key, byte[] message, String signatureBase64) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(message);
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static PublicKey publicKey(String pemOrBase64) throws GeneralSecurityException {
        String base64 = pemOrBase64.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                .decode(base64)));
    }

    /** {@code verify <export file> --public-key <pem file>}; exit 0 valid, 1 invalid, 2 usage error. */
    public static int run(String[] args, PrintStream out) {
        if (args.length < 4 || !"--public-key".equals(args[2])) {
            out.println("usage: java -jar quarkus-run.jar verify <export.jsonl|export.csv> --public-key <key.pem>");
            return 2;
        }
        try {
            PublicKey key = publicKey(Files.readString(Path.of(args[3]), StandardCharsets.UTF_8));
            Report report = new ExportVerifier().verify(Path.of(args[1]), key);
            if (report.valid()) {
                out.printf("VALID: %d lines, %d %s, %d audit events; signature and every hash check out%n",
                        report.lines(), report.cases(), report.kind().countKey(), report.events());
                return 0;
            }
            out.println("INVALID:");
            report.problems().forEach(p -> out.println("  - " + p));
            return 1;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            out.println("cannot verify: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 2;
        }
    }
}
