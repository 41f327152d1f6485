package org.haven.export;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.haven.shared.security.AccessScope;

/**
 * Activity histories: the activity as it is now (with the activity it follows up; its location sealed),
 * its partner organisations, its participants (those who consented to be listed by reference and gender,
 * everyone counted by gender), its outputs, its costs (grants charged to it, each with its own audit trail),
 * and its audit trail.
 */
final class ActivityHistories implements GroupHistoryReader.GroupSource {

    static final ActivityHistories INSTANCE = new ActivityHistories();

    private static final GroupHistoryReader.Section PARTNERS = section("partners", (rows, ids) -> rows.query("""
            select p.activity_id, p.organisation_id, o.reference as organisation_reference
              from activity_partner p join organisation o on o.id = p.organisation_id
             where p.activity_id = any(?) order by o.reference""", (Object) ids));

    private static final GroupHistoryReader.Section OUTPUTS = section("outputs", (rows, ids) -> rows.query("""
            select activity_id, position, kind, title, recorded_at, recorded_by
              from activity_output where activity_id = any(?) order by activity_id, position""", (Object) ids));

    /**
     * Listed: participants who consented, by reference and gender. Everyone (listed or not) only in the
     * counts. Erasure deletes an erased defender's rows (ActivityErasure), so they are in neither.
     */
    private static final GroupHistoryReader.Section PARTICIPANTS = new GroupHistoryReader.Section() {
        @Override
        public String name() {
            return "participants";
        }

        @Override
        public Map<Object, Object> read(HistoryRows rows, UUID[] ids) throws SQLException {
            Map<Object, List<Map<String, Object>>> all = HistoryRows.group(rows.query("""
                    select activity_id, defender_ref, gender, listed from activity_participant
                     where activity_id = any(?) order by added_at, defender_ref""", (Object) ids), "activity_id");
            Map<Object, Object> parts = new HashMap<>();
            all.forEach((id, list) -> parts.put(id, participants(list)));
            return parts;
        }

        @Override
        public Object empty() {
            return participants(List.of());
        }
    };

    private ActivityHistories() {
    }

    private static Map<String, Object> participants(List<Map<String, Object>> all) {
        List<Map<String, Object>> listed = new ArrayList<>();
        Map<String, Long> counts = new TreeMap<>();
        for (Map<String, Object> p : all) {
            String gender = (String) p.get("gender");
            if (Boolean.TRUE.equals(p.get("listed"))) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("defender_reference", p.get("defender_ref"));
                entry.put("gender", gender);
                listed.add(entry);
            }
            counts.merge(Objects.requireNonNullElse(gender, NOT_RECORDED), 1L, Long::sum);
        }
        List<Map<String, Object>> byGender = new ArrayList<>();
        counts.forEach((gender, count) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("gender", gender);
            entry.put("count", count);
            byGender.add(entry);
        });
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("listed", listed);
        part.put("total", (long) all.size());
        part.put("by_gender", byGender);
        return part;
    }

    /** A participant whose defender has no gender recorded. */
    static final String NOT_RECORDED = "NOT_RECORDED";

    @Override
    public ExportKind kind() {
        return ExportKind.ACTIVITY_HISTORIES;
    }

    @Override
    public String entityType() {
        return "activity";
    }

    @Override
    public String sealedField() {
        return "activity.location";
    }

    @Override
    public String select(GroupFilter filter, AccessScope scope, List<Object> params) {
        Function<String, Object> date = d -> java.sql.Date.valueOf(LocalDate.parse(d));
        return """
                select a.id, a.reference, a.team, a.type, a.title, a.starts_on, a.ends_on, a.status, a.status_reason,
                       a.follows_activity_id, f.reference as follows_activity_reference,
                       a.created_at, a.created_by, a.updated_at, a.updated_by, a.location as sealed
                  from activity a left join activity f on f.id = a.follows_activity_id
                 where 1 = 1"""
                + GroupHistoryReader.filtered(filter, "from", "a.starts_on >= ?", params, date)
                + GroupHistoryReader.filtered(filter, "to", "a.starts_on <= ?", params, date)
                + GroupHistoryReader.filtered(filter, "status", "a.status = ?", params, v -> v)
                + GroupHistoryReader.filtered(filter, "type", "a.type = ?", params, v -> v)
                + GroupHistoryReader.scoped("a.team", scope, params)
                + " order by a.starts_on, a.created_at, a.id";
    }

    @Override
    public List<GroupHistoryReader.Section> sections() {
        return List.of(PARTNERS, PARTICIPANTS, OUTPUTS, GrantSection.COSTS);
    }

    private interface Query {
        List<Map<String, Object>> run(HistoryRows rows, UUID[] ids) throws SQLException;
    }

    /** A section that is a list of rows per activity ({@code activity_id} first, removed). */
    private static GroupHistoryReader.Section section(String name, Query query) {
        return new GroupHistoryReader.Section() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Map<Object, Object> read(HistoryRows rows, UUID[] ids) throws SQLException {
                return new HashMap<>(HistoryRows.group(query.run(rows, ids), "activity_id"));
            }
        };
    }
}
