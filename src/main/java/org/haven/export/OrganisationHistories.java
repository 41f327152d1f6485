package org.haven.export;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.shared.security.AccessScope;

/**
 * Organisation histories: the organisation as it is now (its contacts sealed), every link of a defender to
 * it (current and ended, by the defender's reference only), the grants supporting or paying it (each with
 * its own audit trail), and its audit trail.
 */
final class OrganisationHistories implements GroupHistoryReader.GroupSource {

    static final OrganisationHistories INSTANCE = new OrganisationHistories();

    /** Current and ended links; an erased defender's links are deleted by erasure (OrganisationErasure). */
    private static final GroupHistoryReader.Section MEMBERS = new GroupHistoryReader.Section() {
        @Override
        public String name() {
            return "members";
        }

        @Override
        public Map<Object, Object> read(HistoryRows rows, UUID[] ids) throws SQLException {
            return new java.util.HashMap<>(HistoryRows.group(rows.query("""
                    select organisation_id, defender_ref as defender_reference, role, linked_at, linked_by,
                           ended_at, ended_by
                      from organisation_member where organisation_id = any(?)
                     order by linked_at, defender_ref, id""", (Object) ids), "organisation_id"));
        }
    };

    private OrganisationHistories() {
    }

    @Override
    public ExportKind kind() {
        return ExportKind.ORGANISATION_HISTORIES;
    }

    @Override
    public String entityType() {
        return "organisation";
    }

    @Override
    public String sealedField() {
        return "organisation.contacts";
    }

    @Override
    public String select(GroupFilter filter, AccessScope scope, List<Object> params) {
        return """
                select o.id, o.reference, o.team, o.status, o.name,
                       array(select t from jsonb_array_elements_text(o.types) t order by t) as types,
                       o.country, o.vetting_status, o.vetted_on, o.public_key, o.registered_at, o.registered_by,
                       o.updated_at, o.updated_by, o.archived_at, o.archive_reason, o.contacts as sealed
                  from organisation o
                 where 1 = 1"""
                + GroupHistoryReader.filtered(filter, "status", "o.status = ?", params, v -> v)
                + GroupHistoryReader.filtered(filter, "vettingStatus", "o.vetting_status = ?", params, v -> v)
                + GroupHistoryReader.scoped("o.team", scope, params)
                + " order by o.registered_at, o.id";
    }

    @Override
    public List<GroupHistoryReader.Section> sections() {
        return List.of(MEMBERS, GrantSection.SUPPORTING, GrantSection.PAYING);
    }
}
