package org.haven.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.haven.shared.security.AccessScope;
import org.haven.shared.security.Actor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Streams organisation or activity histories as JSON Lines, one record per line in a chain of line
 * digests ({@link LineChain}), ending with a manifest signed like the case-history export's. Recorded
 * twice in the audit log, as case-history exports are: when it starts (who, what, which filters, and the
 * reason for sensitive fields) and when it completes (counts and the digest of what was handed out).
 */
@ApplicationScoped
public class GroupExportService {

    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final SensitiveVault vault;
    private final AuditLog audit;
    private final AuditSignatures signatures;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().configure(SerializationFeature.INDENT_OUTPUT, false);

    GroupExportService(DataSource dataSource, SensitiveVault vault, AuditLog audit, AuditSignatures signatures,
            Clock clock) {
        this.dataSource = dataSource;
        this.vault = vault;
        this.audit = audit;
        this.signatures = signatures;
        this.clock = clock;
    }

    /**
     * Records the start of an export and returns what writes it. {@code scope} is whose records the actor
     * may see (need-to-know); {@code sensitiveReason} is null for a pseudonymous export, and the caller has
     * checked that this actor may ask for sensitive fields.
     */
    public ExportService.Started begin(Actor actor, AccessScope scope, GroupFilter filter, String sensitiveReason) {
        UUID exportId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> audit.record(AuditEvent.of(actor, AuditAction.EXPORT_STARTED,
                ExportService.ENTITY, exportId).because(sensitiveReason)
                .with(Changes.none().field("kind", null, filter.kind().formatName())
                        .field("format", null, ExportFormat.JSONL)
                        .field("filters", null, filter.values().toString())
                        .field("includesSensitive", null, sensitiveReason != null))));
        return new ExportService.Started(exportId, ExportFormat.JSONL,
                out -> stream(exportId, actor, scope, filter, sensitiveReason != null, out));
    }

    void stream(UUID exportId, Actor actor, AccessScope scope, GroupFilter filter, boolean sensitive,
            OutputStream out) {
        GroupHistoryReader.GroupSource source = switch (filter.kind()) {
            case ORGANISATION_HISTORIES -> OrganisationHistories.INSTANCE;
            case ACTIVITY_HISTORIES -> ActivityHistories.INSTANCE;
            case CASE_HISTORIES -> throw new IllegalArgumentException("case histories are ExportService's");
        };
        AuditSignatures.Head head = signatures.head();
        String exportedAt = AuditHash.time(clock.instant());
        LineChain chain = new LineChain(out);
        long[] counts = new long[2];
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            new GroupHistoryReader(new HistoryRows(connection)).read(source, filter, scope, history -> {
                counts[0]++;
                counts[1] += history.eventCount();
                Map<String, Object> record = history.record();
                if (sensitive) {
                    record.put("sensitive", QuarkusTransaction.requiringNew().call(() -> opened(source, history)));
                }
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("line", chain.lines() + 1);
                line.put("prev", chain.previous());
                line.put(filter.kind().recordKey(), record);
                try {
                    chain.write(json.writeValueAsString(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            connection.rollback();
            writeManifest(out, chain, exportId, actor, filter, sensitive, counts, head, exportedAt);
        } catch (SQLException | IOException | UncheckedIOException e) {
            // The client sees a truncated export without a valid manifest; the verifier rejects it.
            Log.errorf("Export %s failed: %s", exportId, e.getClass().getName());
            throw new IllegalStateException("export failed", e);
        }
    }

    private void writeManifest(OutputStream out, LineChain chain, UUID exportId, Actor actor, GroupFilter filter,
            boolean sensitive, long[] counts, AuditSignatures.Head head, String exportedAt) throws IOException {
        ExportKind kind = filter.kind();
        String digest = chain.totalDigest();
        String signature = signatures.sign(LineChain.manifestMessage(kind, exportId.toString(),
                ExportFormat.JSONL.name(), digest, chain.lines(), counts[0], counts[1], head.seq(), head.hash(),
                exportedAt, actor.subject(), sensitive, filter::get, signatures.keyId()));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", kind.formatName() + "/" + ExportFormat.JSONL.name());
        manifest.put("exportId", exportId.toString());
        manifest.put("exportedAt", exportedAt);
        manifest.put("exportedBy", actor.subject());
        manifest.put("filters", filter.values());
        manifest.put("includesSensitive", sensitive);
        manifest.put(kind.countKey(), counts[0]);
        manifest.put("events", counts[1]);
        manifest.put("lines", chain.lines());
        manifest.put("lastLineDigest", chain.previous());
        manifest.put("auditHead", Map.of("seq", head.seq(), "hash", head.hash()));
        manifest.put("digest", digest);
        manifest.put("algorithm", signatures.algorithm());
        manifest.put("keyId", signatures.keyId());
        manifest.put("signature", signature);
        out.write(json.writeValueAsString(Map.of("manifest", manifest)).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        out.flush();
        QuarkusTransaction.requiringNew().run(() -> audit.record(AuditEvent.of(actor, AuditAction.EXPORT_COMPLETED,
                ExportService.ENTITY, exportId).with(Changes.none().field("kind", null, kind.formatName())
                        .field(kind.countKey(), null, counts[0]).field("events", null, counts[1])
                        .field("digest", null, digest).field("auditHeadSeq", null, head.seq()))));
    }

    /** The record's sealed value, opened with the record's own data key; {@code erased} if it was shredded. */
    private Map<String, Object> opened(GroupHistoryReader.GroupSource source, GroupHistoryReader.GroupHistory history) {
        Map<String, Object> result = new LinkedHashMap<>();
        try {
            String text = vault.open(history.id(), source.sealedField(), history.sealed());
            if (source.kind() == ExportKind.ORGANISATION_HISTORIES) {
                result.put("contacts", text == null ? List.of() : json.readValue(text, LIST));
            } else {
                result.put("location", text);
            }
        } catch (DataErasedException e) {
            result.put("erased", true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sealed value did not hold what was sealed", e);
        }
        return result;
    }
}
