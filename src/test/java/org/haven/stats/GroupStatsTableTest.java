package org.haven.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The overview's group tables, without a database: what is published and what is hidden. */
class GroupStatsTableTest {

    private static final List<String> ROWS = List.of("PARTNER", "HOST");
    private static final List<String> COLUMNS = List.of("NOT_VETTED", "VETTED");

    private static Long cell(CountTable table, String row, String column) {
        return table.rows().stream().filter(r -> r.label().equals(row)).findFirst().orElseThrow().counts().stream()
                .filter(c -> c.label().equals(column)).findFirst().orElseThrow().count();
    }

    private static List<Long> everyPublished(CountTable table) {
        List<Long> all = new ArrayList<>();
        for (CountTable.Row row : table.rows()) {
            row.counts().forEach(c -> all.add(c.count()));
            all.add(row.total());
        }
        if (table.columnTotals() != null) {
            table.columnTotals().forEach(c -> all.add(c.count()));
            all.add(table.total());
        }
        return all;
    }

    @Test
    void largeCountsAndZerosArePublishedWithEveryLabel() {
        CountTable table = GroupStats.table(Map.of(List.of("PARTNER", "NOT_VETTED"), 7L,
                List.of("HOST", "VETTED"), 5L), ROWS, COLUMNS, 5, true);
        assertEquals(7L, cell(table, "PARTNER", "NOT_VETTED"));
        assertEquals(0L, cell(table, "PARTNER", "VETTED"), "a true zero identifies no one");
        assertEquals(5L, cell(table, "HOST", "VETTED"));
        assertEquals(List.of(7L, 5L), table.rows().stream().map(CountTable.Row::total).toList());
        assertEquals(12L, table.total());
        assertEquals(List.of("NOT_VETTED", "VETTED"), table.columnTotals().stream().map(CountTable.Cell::label)
                .toList());
    }

    @Test
    void aSmallCountIsHiddenWithAComplementSoItCannotBeWorkedOut() {
        CountTable table = GroupStats.table(Map.of(List.of("PARTNER", "NOT_VETTED"), 9L,
                List.of("PARTNER", "VETTED"), 6L, List.of("HOST", "NOT_VETTED"), 8L, List.of("HOST", "VETTED"), 2L),
                ROWS, COLUMNS, 5, true);
        assertNull(cell(table, "HOST", "VETTED"));
        assertTrue(everyPublished(table).stream().allMatch(n -> n == null || n == 0 || n >= 5),
                everyPublished(table).toString());
        for (CountTable.Row row : table.rows()) {
            List<Long> line = new ArrayList<>(row.counts().stream().map(CountTable.Cell::count).toList());
            line.add(row.total());
            long hidden = line.stream().filter(n -> n == null).count();
            assertTrue(hidden == 0 || hidden >= 2, "a line never hides exactly one count: " + line);
        }
    }

    @Test
    void withoutMeaningfulColumnTotalsOnlyRowsAndTheirTotalsArePublished() {
        CountTable table = GroupStats.table(Map.of(List.of("PARTNER", "NOT_VETTED"), 6L,
                List.of("HOST", "NOT_VETTED"), 6L), ROWS, COLUMNS, 5, false);
        assertNull(table.columnTotals());
        assertNull(table.total());
        assertEquals(List.of(6L, 6L), table.rows().stream().map(CountTable.Row::total).toList());
    }
}
