package org.haven.legal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditSignatures;
import org.haven.audit.Changes;
import org.haven.export.LineChain;
import org.haven.shared.security.AccessScope;
import org.haven.shared.security.Actor;
import org.haven.shared.security.CurrentActor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Safe numbers for advocacy and donor reports (docs/legal-status.md): counts of defenders from the case tables,
 * one two-way table per report, small cells suppressed ({@link SmallCellSuppression}), no free text, and a manifest
 * signed with the service's key as the exports are. Managers count their teams' cases, auditors all. Every issued
 * report is an audit entry with its digest.
 */
@ApplicationScoped
public class AdvocacyReportService {

    static final String ENTITY = "aggregate-report";
    static final String FORMAT = "haven-aggregate-report/v1";

    private final EntityManager em;
    private final AuditSignatures signatures;
    private final LegalConfig config;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    AdvocacyReportService(EntityManager em, AuditSignatures signatures, LegalConfig config, CurrentActor currentActor,
            AuditLog audit, Clock clock) {
        this.em = em;
        this.signatures = signatures;
        this.config = config;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    /** The quarter it is now (UTC), for the defaults of a request. */
    public Quarter currentQuarter() {
        return Quarter.of(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    /** k: no published count is below it. */
    public int minimumCount() {
        return config.reportMinimumCount();
    }

    @Transactional
    public AdvocacyReport issue(ReportRequest request) {
        Actor actor = currentActor.get();
        AccessScope scope = currentActor.scope();
        Map<List<String>, Long> counts = count(request, scope);
        List<String> rows = categories(request.rows(), request, counts, 0);
        List<String> columns = categories(request.columns(), request, counts, 1);
        long[][] table = new long[rows.size()][columns.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                table[i][j] = counts.getOrDefault(List.of(rows.get(i), columns.get(j)), 0L);
            }
        }
        int k = config.reportMinimumCount();
        SmallCellSuppression.Result result = SmallCellSuppression.suppress(table, k);
        UUID reportId = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Signed signed = sign(reportId, now, request, k, rows, columns, result);
        audit.record(AuditEvent.of(actor, AuditAction.AGGREGATE_REPORT_ISSUED, ENTITY, reportId)
                .with(Changes.none().field("parameters", null, request.canonical()).field("minimumCount", null, k)
                        .field("suppressed", null, result.suppressedCount())
                        .field("digest", null, signed.manifest().digest())));
        return view(reportId, now, request, k, rows, columns, result, signed);
    }

    private Map<List<String>, Long> count(ReportRequest request, AccessScope scope) {
        String statuses = request.population() == ReportPopulation.SUPPORTED ? "('SUPPORTED', 'CLOSED')"
                : "('SUPPORTED', 'CLOSED', 'DECLINED', 'REFERRED', 'WITHDRAWN')";
        String sql = "with b as (select r.id as request_id, r.defender_id, r.decided_at, r.status, d.gender,"
                + " d.current_country from assistance_request r join defender d on d.id = r.defender_id"
                + " where r.decided_at >= :from and r.decided_at < :to and r.status in " + statuses
                + (scope.all() ? "" : " and r.team in (:teams)") + ")"
                + " select " + request.rows().sql() + ", " + request.columns().sql() + ", count(distinct b.defender_id)"
                + " from b" + request.rows().join() + request.columns().join() + " group by 1, 2";
        var query = em.createNativeQuery(sql).setParameter("from", request.from().start())
                .setParameter("to", request.to().end());
        if (!scope.all()) {
            query.setParameter("teams", List.copyOf(scope.teamsForQuery()));
        }
        Map<List<String>, Long> counts = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(List.of(String.valueOf(r[0]), String.valueOf(r[1])), ((Number) r[2]).longValue());
        }
        return counts;
    }

    /** The categories of a dimension: fixed ones, the period's quarters, or the countries found (sorted). */
    private static List<String> categories(ReportDimension dimension, ReportRequest request,
            Map<List<String>, Long> counts, int position) {
        if (dimension.categories() != null) {
            return dimension.categories();
        }
        if (dimension == ReportDimension.QUARTER) {
            return request.from().through(request.to()).stream().map(Quarter::toString).toList();
        }
        TreeSet<String> found = new TreeSet<>();
        counts.keySet().forEach(key -> found.add(key.get(position)));
        return found.isEmpty() ? List.of(ReportDimension.NOT_RECORDED) : List.copyOf(found);
    }

    private record Signed(AdvocacyReport.Manifest manifest, String csv) {
    }

    private Signed sign(UUID reportId, Instant now, ReportRequest request, int k, List<String> rows,
            List<String> columns, SmallCellSuppression.Result result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LineChain chain = new LineChain(out);
        try {
            List<String> header = new ArrayList<>();
            header.add(request.rows() + "\\" + request.columns());
            header.addAll(columns);
            header.add("TOTAL");
            chain.write(String.join(",", header));
            for (int i = 0; i <= rows.size(); i++) {
                List<String> line = new ArrayList<>();
                line.add(i < rows.size() ? rows.get(i) : "TOTAL");
                for (int j = 0; j <= columns.size(); j++) {
                    Long value = result.published(i, j);
                    line.add(value == null ? AdvocacyReport.SUPPRESSED : value.toString());
                }
                chain.write(String.join(",", line));
            }
            String digest = chain.totalDigest();
            String generatedAt = now.toString();
            String parameters = request.canonical();
            String signature = signatures.sign(message(reportId.toString(), generatedAt, parameters, k, chain.lines(),
                    digest, signatures.keyId()));
            // Who issued it stays in the audit log (AGGREGATE_REPORT_ISSUED): the file leaves the organisation and
            // names no one, staff included.
            AdvocacyReport.Manifest manifest = new AdvocacyReport.Manifest(FORMAT, reportId.toString(), generatedAt,
                    parameters, k, chain.lines(), digest, signatures.algorithm(), signatures.keyId(), signature);
            Map<String, Object> wrapped = new LinkedHashMap<>();
            wrapped.put("manifest", manifest);
            String manifestJson = json.writeValueAsString(wrapped);
            // one CSV field: quoted, quotes doubled
            out.write(("#manifest,\"" + manifestJson.replace("\"", "\"\"") + "\"\n").getBytes(StandardCharsets.UTF_8));
            return new Signed(manifest, out.toString(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a manifest is plain values", e);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
    }

    /** The exact bytes the signature covers (docs/legal-status.md). */
    public static byte[] message(String reportId, String generatedAt, String parameters, int k, long lines,
            String digest, String keyId) {
        return (FORMAT + "\n" + reportId + "\n" + generatedAt + "\n" + parameters + "\n" + k
                + "\n" + lines + "\n" + digest + "\n" + keyId + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static AdvocacyReport view(UUID reportId, Instant now, ReportRequest request, int k, List<String> rows,
            List<String> columns, SmallCellSuppression.Result result, Signed signed) {
        List<List<Long>> cells = new ArrayList<>();
        List<Long> rowTotals = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Long> line = new ArrayList<>();
            for (int j = 0; j < columns.size(); j++) {
                line.add(result.published(i, j));
            }
            cells.add(java.util.Collections.unmodifiableList(line));
            rowTotals.add(result.published(i, columns.size()));
        }
        List<Long> columnTotals = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            columnTotals.add(result.published(rows.size(), j));
        }
        return new AdvocacyReport(reportId, now, request, k, rows, columns, cells,
                java.util.Collections.unmodifiableList(rowTotals), java.util.Collections.unmodifiableList(columnTotals),
                result.published(rows.size(), columns.size()), result.suppressedCount(), signed.manifest(),
                signed.csv());
    }
}
