package org.haven.export;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.haven.shared.security.AccessScope;

/**
 * Reads organisation or activity histories with a server-side cursor, {@value #BATCH} records at a time,
 * inside the caller's REPEATABLE READ snapshot, like {@link CaseHistoryReader}. Each record is the
 * entity's current state, then its {@link Section sections} in order, then its complete audit trail.
 */
final class GroupHistoryReader {

    static final int BATCH = 500;

    /**
     * One part of every record, read for a whole batch at once. A new part (grants to an organisation,
     * an activity's costs) is one more section in {@link GroupSource#sections()}, nothing else.
     */
    interface Section {

        /** The key of this part in the record, e.g. {@code members}. */
        String name();

        /** The part of each record of the batch, by id; records without one get {@link #empty()}. */
        Map<Object, Object> read(HistoryRows rows, UUID[] ids) throws SQLException;

        default Object empty() {
            return List.of();
        }
    }

    /** Where one kind of record comes from. */
    interface GroupSource {

        ExportKind kind();

        /** The audit log's {@code entity_type} of these records. */
        String entityType();

        /** The sealed value's field name for {@code SensitiveVault} (the record's id holds the key). */
        String sealedField();

        /**
         * The main query: one row per record, in a stable order, with {@code id}, the state, and the sealed
         * column labelled {@code sealed}; only records of the scope's teams unless it sees everything.
         */
        String select(GroupFilter filter, AccessScope scope, List<Object> params);

        List<Section> sections();
    }

    /** One record as written, and its sealed value, which leaves the service only opened and asked for. */
    record GroupHistory(UUID id, Map<String, Object> record, byte[] sealed) {

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> auditEntries() {
            return (List<Map<String, Object>>) record.get("auditEntries");
        }

        /** How many audit entries the record carries: its own, and those of the records in its sections (grants). */
        long eventCount() {
            long count = auditEntries().size();
            for (Object part : record.values()) {
                if (part instanceof List<?> items) {
                    for (Object item : items) {
                        if (item instanceof Map<?, ?> held && held.get("auditEntries") instanceof List<?> nested) {
                            count += nested.size();
                        }
                    }
                }
            }
            return count;
        }
    }

    private final HistoryRows rows;

    GroupHistoryReader(HistoryRows rows) {
        this.rows = rows;
    }

    void read(GroupSource source, GroupFilter filter, AccessScope scope, Consumer<GroupHistory> sink)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = source.select(filter, scope, params);
        List<Map<String, Object>> batch = new ArrayList<>(BATCH);
        rows.stream(sql, params, BATCH, row -> {
            batch.add(row);
            if (batch.size() == BATCH) {
                emit(source, batch, sink);
                batch.clear();
            }
        });
        emit(source, batch, sink);
    }

    private void emit(GroupSource source, List<Map<String, Object>> batch, Consumer<GroupHistory> sink)
            throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        UUID[] ids = batch.stream().map(r -> (UUID) r.get("id")).toArray(UUID[]::new);
        Map<String, Map<Object, Object>> parts = new LinkedHashMap<>();
        for (Section section : source.sections()) {
            parts.put(section.name(), section.read(rows, ids));
        }
        Map<Object, List<Map<String, Object>>> audit = rows.auditEntries(source.entityType(), ids);
        for (Map<String, Object> state : batch) {
            UUID id = (UUID) state.get("id");
            byte[] sealed = (byte[]) state.remove("sealed");
            Map<String, Object> record = new LinkedHashMap<>();
            record.put(source.kind().recordKey(), state);
            for (Section section : source.sections()) {
                record.put(section.name(), parts.get(section.name()).getOrDefault(id, section.empty()));
            }
            record.put("auditEntries", audit.getOrDefault(id, List.of()));
            sink.accept(new GroupHistory(id, record, sealed));
        }
    }

    /** Adds the need-to-know condition on {@code column} (a team) unless the scope sees everything. */
    static String scoped(String column, AccessScope scope, List<Object> params) {
        if (scope.all()) {
            return "";
        }
        params.add(scope.teamsForQuery().toArray(String[]::new));
        return " and " + column + " = any(?)";
    }

    /** Adds {@code condition} (with one placeholder) when the filter has a value for {@code key}. */
    static String filtered(GroupFilter filter, String key, String condition, List<Object> params,
            java.util.function.Function<String, Object> convert) {
        String value = filter.get(key);
        if (value == null) {
            return "";
        }
        params.add(convert.apply(value));
        return " and " + condition;
    }
}
