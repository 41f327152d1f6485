package org.haven.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditHash;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditSignatures;
import org.haven.audit.Changes;
import org.haven.protection.DataErasedException;
import org.haven.protection.SensitiveVault;
import org.haven.shared.security.Actor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Streams case histories as JSON Lines or CSV, ending with a signed manifest. Every export is
 * recorded twice in the audit log: when it starts (who, which filters) and when it completes
 * (how many cases and events, and the digest of exactly what was handed out).
 */
@ApplicationScoped
public class ExportService {

    static final String ENTITY = "export";
    /** Bytes handed to the HTTP response at a time. */
    static final int OUTPUT_BUFFER = 64 * 1024;
    static final List<String> CSV_COLUMNS = List.of("row", "prevRowDigest", "caseId", "caseReference", "caseStatus",
            "urgency", "defenderReference", "seq", "occurredAt", "actorSubject", "actorName", "actorRoles", "action",
            "entityType", "entityId", "reason", "changesText", "prevHash", "hash");

    private final DataSource dataSource;
    private final SensitiveVault vault;
    private final AuditLog audit;
    private final AuditSignatures signatures;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().configure(SerializationFeature.INDENT_OUTPUT, false);

    ExportService(DataSource dataSource, SensitiveVault vault, AuditLog audit, AuditSignatures signatures,
            Clock clock) {
        this.dataSource = dataSource;
        this.vault = vault;
        this.audit = audit;
        this.signatures = signatures;
        this.clock = clock;
    }

    /** An export recorded as started, and what writes it (once, into the answer's body). */
    public record Started(UUID id, ExportFormat format, Consumer<OutputStream> body) {
    }

    /**
     * Starts an export for the API and the console alike: records its start, then streams it when the
     * body is written. {@code sensitiveReason} is null for a pseudonymous export; the caller has checked
     * that this actor may ask for sensitive fields in this format.
     */
    public Started begin(Actor actor, ExportFilter filter, ExportFormat format, String sensitiveReason) {
        UUID exportId = start(actor, filter, format, sensitiveReason);
        return new Started(exportId, format,
                out -> stream(exportId, actor, filter, format, sensitiveReason != null, out));
    }

    /** Records the start of an export (in its own transaction, before anything is sent) and returns its id. */
    UUID start(Actor actor, ExportFilter filter, ExportFormat format, String sensitiveReason) {
        UUID exportId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> audit.record(AuditEvent.of(actor, AuditAction.EXPORT_STARTED,
                ENTITY, exportId).inCase(filter.requestId()).because(sensitiveReason)
                .with(Changes.none().field("format", null, format)
                        .field("filters", null, filter.asMap().toString())
                        .field("includesSensitive", null, sensitiveReason != null))));
        return exportId;
    }

    void stream(UUID exportId, Actor actor, ExportFilter filter, ExportFormat format, boolean sensitive,
            OutputStream body) {
        // lines go to the client in chunks of this size, not one write each; memory stays flat
        OutputStream out = new BufferedOutputStream(body, OUTPUT_BUFFER);
        AuditSignatures.Head head = signatures.head();
        String exportedAt = AuditHash.time(clock.instant());
        LineChain chain = new LineChain(out);
        long[] counts = new long[2];
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            if (format == ExportFormat.CSV) {
                writeCsvRows(connection, filter, chain, counts);
            } else {
                new CaseHistoryReader(connection).read(filter, history -> {
                    counts[0]++;
                    counts[1] += history.auditEntries().size();
                    try {
                        writeJsonLine(chain, history, sensitive ? QuarkusTransaction.requiringNew()
                                .call(() -> opened(history.sealed())) : null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            connection.rollback();
            String digest = chain.totalDigest();
            Map<String, Object> filters = filter.asMap();
            String signature = signatures.sign(LineChain.manifestMessage(exportId.toString(), format.name(), digest,
                    chain.lines(), counts[0], counts[1], head.seq(), head.hash(), exportedAt, actor.subject(),
                    sensitive, LineChain.filters(k -> (String) filters.get(k)), signatures.keyId()));
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", "haven-case-histories/v1/" + format.name());
            manifest.put("exportId", exportId.toString());
            manifest.put("exportedAt", exportedAt);
            manifest.put("exportedBy", actor.subject());
            manifest.put("filters", filter.asMap());
            manifest.put("includesSensitive", sensitive);
            manifest.put("cases", counts[0]);
            manifest.put("events", counts[1]);
            manifest.put("lines", chain.lines());
            manifest.put("lastLineDigest", chain.previous());
            manifest.put("auditHead", Map.of("seq", head.seq(), "hash", head.hash()));
            manifest.put("digest", digest);
            manifest.put("algorithm", signatures.algorithm());
            manifest.put("keyId", signatures.keyId());
            manifest.put("signature", signature);
            String manifestJson = json.writeValueAsString(Map.of("manifest", manifest));
            byte[] last = (format == ExportFormat.JSONL ? manifestJson
                    : new CsvRecord().field("#manifest").field(manifestJson).end())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.write(last);
            out.write('\n');
            out.flush();
            QuarkusTransaction.requiringNew().run(() -> audit.record(AuditEvent.of(actor,
                    AuditAction.EXPORT_COMPLETED, ENTITY, exportId).inCase(filter.requestId())
                    .with(Changes.none().field("cases", null, counts[0]).field("events", null, counts[1])
                            .field("digest", null, digest).field("auditHeadSeq", null, head.seq()))));
        } catch (SQLException | IOException | UncheckedIOException e) {
            // The client sees a truncated export without a valid manifest; the verifier rejects it.
            Log.errorf("Export %s failed: %s", exportId, e.getClass().getName());
            throw new IllegalStateException("export failed", e);
        }
    }

    private void writeJsonLine(LineChain chain, CaseHistoryReader.CaseHistory history, Map<String, Object> sensitive)
            throws IOException {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("request", history.request());
        c.put("defender", history.defender());
        c.put("grants", history.grants());
        c.put("followUps", history.followUps());
        c.put("auditEntries", history.auditEntries());
        if (sensitive != null) {
            c.put("sensitive", sensitive);
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("line", chain.lines() + 1);
        line.put("prev", chain.previous());
        line.put("case", c);
        chain.write(json.writeValueAsString(line));
    }

    /**
     * The header, then a row per audit event with its case's columns, each row carrying its number and the
     * digest of the row before it. Only what the rows hold is read (one query, not the whole history).
     */
    private void writeCsvRows(Connection connection, ExportFilter filter, LineChain chain, long[] counts)
            throws SQLException, IOException {
        CsvRecord record = new CsvRecord();
        CSV_COLUMNS.forEach(record::field);
        record.writeTo(chain);
        new CaseEventReader(connection).read(filter, (row, newCase) -> {
            if (newCase) {
                counts[0]++;
            }
            if (row.isNull(CaseEventReader.SEQ)) {
                return; // a case without audit events: counted, no row
            }
            counts[1]++;
            record.field(chain.lines() + 1).field(chain.previousBytes());
            for (int column = 0; column < CaseEventReader.COLUMNS; column++) {
                if (column == CaseEventReader.OCCURRED_AT) {
                    record.copyTime(row.bytes(), row.from(column), row.to(column));
                } else {
                    record.copyText(row.bytes(), row.from(column), row.to(column));
                }
            }
            record.writeTo(chain);
        });
    }

    /** The case's sealed values, opened (within one transaction, so each data key is unwrapped once). */
    private Map<String, Object> opened(CaseHistoryReader.Sealed sealed) {
        Map<String, Object> result = new LinkedHashMap<>();
        try {
            Map<String, Object> defender = new LinkedHashMap<>();
            sealed.defender().forEach((field, bytes) -> defender.put(field,
                    vault.open(sealed.defenderId(), "defender." + field, bytes)));
            Map<String, Object> request = new LinkedHashMap<>();
            sealed.request().forEach((field, bytes) -> request.put(field,
                    vault.open(sealed.defenderId(), "request." + field, bytes)));
            Map<String, Object> notes = new LinkedHashMap<>();
            sealed.followUpNotes().forEach((id, bytes) -> notes.put(id,
                    vault.open(sealed.defenderId(), "followUp.notes", bytes)));
            result.put("defender", defender);
            result.put("request", request);
            result.put("followUpNotes", notes);
        } catch (DataErasedException e) {
            result.clear();
            result.put("erased", true);
        }
        return result;
    }
}
