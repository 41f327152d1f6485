package org.haven.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Operators upgrade by the migration table in docs/architecture.md and the Flyway rules in
 * docs/operations.md: the table names exactly the migration files there are, and the operations
 * guide names no particular "next" number, which goes stale with the next migration.
 */
class MigrationDocsTest {

    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");
    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `(V\\d{4}__[a-z0-9_]+\\.sql)` \\|");

    @Test
    void theArchitectureTableListsEveryMigrationFileAndNoOther() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(MIGRATIONS)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertTrue(files.contains("V0001__create_defender.sql"), "sanity: the listing is real: " + files);
        Matcher rows = TABLE_ROW.matcher(Files.readString(Path.of("docs", "architecture.md")));
        Set<String> documented = new TreeSet<>();
        while (rows.find()) {
            documented.add(rows.group(1));
        }
        assertEquals(files, documented, "docs/architecture.md#schema-and-migrations lists the migrations");
    }

    @Test
    void theOperationsGuideNamesNoNextMigrationNumber() throws IOException {
        String operations = Files.readString(Path.of("docs", "operations.md"));
        assertTrue(operations.contains("next free number after the highest file"), "the rule is stated");
        assertFalse(Pattern.compile("(?i)next (one|migration) is `?V\\d{4}").matcher(operations).find(),
                "docs/operations.md names a next migration number, which drifts");
    }
}
