package org.haven.console;

import java.util.List;
import java.util.function.Function;

import org.haven.activity.ActivityStatus;
import org.haven.activity.ActivityType;
import org.haven.defender.Gender;
import org.haven.organisation.OrganisationType;
import org.haven.organisation.VettingStatus;
import org.haven.stats.CountTable;
import org.haven.stats.GroupWork;

/**
 * The overview's group-support tables from {@link GroupWork}: the service's counts after suppression, with
 * their labels in the reader's language and a hidden count said in words. Nothing is counted here.
 */
final class OverviewGroups {

    /** One table; {@code totals} is null when its column totals are not published. */
    public record Table(String id, String caption, String corner, List<String> columns, List<Row> rows,
            Row totals) {
    }

    public record Row(String label, List<String> counts, String total) {
    }

    public record Section(String note, List<Table> tables) {
    }

    private OverviewGroups() {
    }

    static Section of(GroupWork work, ConsoleFormat format, FundMessages m, GroupMessages g, DefenderMessages d) {
        Function<Long, String> shown = n -> n == null ? m.group_hidden() : format.number(n);
        Function<String, String> orgType = t -> OrganisationPages.type(OrganisationType.valueOf(t), g);
        Function<String, String> vetting = v -> OrganisationPages.vetting(VettingStatus.valueOf(v), g);
        Function<String, String> actType = t -> ActivityPages.type(ActivityType.valueOf(t), g);
        Function<String, String> actStatus = s -> ActivityPages.status(ActivityStatus.valueOf(s), g);
        Function<String, String> gender = x -> "NOT_RECORDED".equals(x) ? g.gender_not_recorded() : gender(
                Gender.valueOf(x), d);
        Function<String, String> participants = x -> m.group_participants_row();
        return new Section(m.group_note(format.number(work.minimumCount())), List.of(
                table("table-organisations", m.group_organisations_table(), m.group_col_type(), work.organisations(),
                        orgType, vetting, shown, m),
                table("table-activities", m.group_activities_table(), m.group_col_type(), work.activities(),
                        actType, actStatus, shown, m),
                table("table-participants", m.group_participants_table(), "", work.participants(), participants,
                        gender, shown, m)));
    }

    private static Table table(String id, String caption, String corner, CountTable table,
            Function<String, String> rowLabel, Function<String, String> columnLabel, Function<Long, String> shown,
            FundMessages m) {
        List<String> columns = table.rows().get(0).counts().stream().map(c -> columnLabel.apply(c.label())).toList();
        List<Row> rows = table.rows().stream().map(r -> new Row(rowLabel.apply(r.label()),
                r.counts().stream().map(c -> shown.apply(c.count())).toList(), shown.apply(r.total()))).toList();
        Row totals = table.columnTotals() == null ? null : new Row(m.total(),
                table.columnTotals().stream().map(c -> shown.apply(c.count())).toList(), shown.apply(table.total()));
        return new Table(id, caption, corner, columns, rows, totals);
    }

    private static String gender(Gender gender, DefenderMessages d) {
        return switch (gender) {
            case WOMAN -> d.gender_woman();
            case MAN -> d.gender_man();
            case NON_BINARY -> d.gender_non_binary();
            case OTHER -> d.gender_other();
            case UNDISCLOSED -> d.gender_undisclosed();
        };
    }
}
