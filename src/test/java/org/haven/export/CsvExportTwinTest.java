package org.haven.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The CSV export's benchmark twin (src/bench/sql/export-csv.sql, timed against Haven by
 * src/bench/ratios.sh) must run the query Haven runs for an unfiltered CSV export, word for word:
 * a twin that drifted from it would make the ratio compare different work (docs/performance.md).
 */
class CsvExportTwinTest {

    @Test
    void theTwinCopiesTheQueryTheExportRuns() throws Exception {
        String twin = Files.readString(Path.of("src/bench/sql/export-csv.sql"));
        String copied = twin.substring(twin.indexOf("COPY (") + "COPY (".length(), twin.lastIndexOf(") TO STDOUT"));

        assertEquals(words(CaseEventReader.SELECT + CaseEventReader.ORDER), words(copied));
    }

    private static String words(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }
}
