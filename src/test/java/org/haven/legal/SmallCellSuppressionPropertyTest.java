package org.haven.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/**
 * The published form of any table is safe: random tables (many small and zero counts, as real breakdowns by
 * country and gender have), random k, over fixed seeds so that a failure can be replayed.
 */
class SmallCellSuppressionPropertyTest {

    private static final long[] SEEDS = LongStream.rangeClosed(1, 40).map(s -> s * 7919).toArray();
    private static final int TABLES_PER_SEED = 100;

    @Test
    void noPublishedEntryIsBelowKAndNoHiddenEntryCanBeDerived() {
        int tables = 0;
        int withSuppression = 0;
        for (long seed : SEEDS) {
            Random random = new Random(seed);
            for (int t = 0; t < TABLES_PER_SEED; t++) {
                long[][] counts = randomTable(random);
                int k = random.nextInt(4) == 0 ? 2 + random.nextInt(9) : 5;
                var result = SmallCellSuppression.suppress(counts, k);
                String where = "seed " + seed + ", table " + t + ", k " + k;
                assertPublishedAtLeastK(result, where);
                assertLinesHoldNoneOrTwo(result, where);
                assertEquals(0, SuppressionCheck.derivable(result.suppressed()).size(), where);
                assertMarginsAreTrue(counts, result, where);
                tables++;
                withSuppression += result.suppressedCount() > 0 ? 1 : 0;
            }
        }
        assertEquals(SEEDS.length * TABLES_PER_SEED, tables);
        assertTrue(withSuppression > tables / 2, "the random tables exercise suppression: " + withSuppression);
    }

    private static long[][] randomTable(Random random) {
        int rows = 1 + random.nextInt(6);
        int columns = 1 + random.nextInt(6);
        long[][] counts = new long[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                counts[i][j] = switch (random.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> 1 + random.nextInt(4);
                    case 2 -> random.nextInt(10);
                    default -> random.nextInt(60);
                };
            }
        }
        return counts;
    }

    private static void assertPublishedAtLeastK(SmallCellSuppression.Result result, String where) {
        for (int i = 0; i <= result.rows(); i++) {
            for (int j = 0; j <= result.columns(); j++) {
                Long value = result.published(i, j);
                assertTrue(value == null || value == 0 || value >= result.k(),
                        where + ": published " + value + " at " + i + "," + j);
            }
        }
    }

    private static void assertLinesHoldNoneOrTwo(SmallCellSuppression.Result result, String where) {
        boolean[][] s = result.suppressed();
        for (int i = 0; i < s.length; i++) {
            int n = 0;
            for (boolean b : s[i]) {
                n += b ? 1 : 0;
            }
            assertTrue(n != 1, where + ": row " + i + " hides a single entry");
        }
        for (int j = 0; j < s[0].length; j++) {
            int n = 0;
            for (boolean[] row : s) {
                n += row[j] ? 1 : 0;
            }
            assertTrue(n != 1, where + ": column " + j + " hides a single entry");
        }
    }

    private static void assertMarginsAreTrue(long[][] counts, SmallCellSuppression.Result result, String where) {
        long grand = 0;
        for (int i = 0; i < counts.length; i++) {
            long row = 0;
            for (int j = 0; j < counts[i].length; j++) {
                assertEquals(counts[i][j], result.grid()[i][j], where);
                row += counts[i][j];
            }
            assertEquals(row, result.grid()[i][counts[i].length], where);
            grand += row;
        }
        assertEquals(grand, result.grid()[counts.length][counts[0].length], where);
    }
}
