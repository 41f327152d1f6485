package org.haven.legal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Examples of the suppression method; {@link SmallCellSuppressionPropertyTest} checks it on random tables. */
class SmallCellSuppressionTest {

    @Test
    void aTableWithoutSmallCountsIsPublishedWhole() {
        var result = SmallCellSuppression.suppress(new long[][] { { 10, 7 }, { 5, 0 } }, 5);
        assertEquals(0, result.suppressedCount());
        assertEquals(22L, result.published(2, 2));
        assertEquals(17L, result.published(0, 2));
        assertEquals(0L, result.published(1, 1), "a true zero is published");
    }

    @Test
    void aSmallCellIsHiddenWithAPartnerInItsRowAndColumn() {
        var result = SmallCellSuppression.suppress(new long[][] { { 3, 10, 12 }, { 9, 11, 20 }, { 15, 6, 8 } }, 5);
        assertNull(result.published(0, 0));
        assertTrue(result.suppressedCount() >= 4, "a small cell needs at least three partners to close a cycle");
        assertTrue(SuppressionCheck.derivable(result.suppressed()).isEmpty());
        assertEquals(94L, result.published(3, 3), "the grand total stays published");
    }

    @Test
    void aSmallTotalIsHiddenToo() {
        var result = SmallCellSuppression.suppress(new long[][] { { 2, 1 }, { 20, 30 } }, 5);
        assertNull(result.published(0, 2), "the row total 3 is below k");
        assertNull(result.published(0, 0));
        assertNull(result.published(0, 1));
        assertTrue(SuppressionCheck.derivable(result.suppressed()).isEmpty());
    }

    @Test
    void aWholeTableBelowKHidesEverything() {
        var result = SmallCellSuppression.suppress(new long[][] { { 1, 1 }, { 1, 0 } }, 5);
        assertNull(result.published(2, 2));
        assertEquals(0L, result.published(1, 1));
    }

    @Test
    void theGridCarriesTheTrueMargins() {
        var result = SmallCellSuppression.suppress(new long[][] { { 1, 2 }, { 3, 4 } }, 1);
        assertArrayEquals(new long[] { 1, 2, 3 }, result.grid()[0]);
        assertArrayEquals(new long[] { 4, 6, 10 }, result.grid()[2]);
        assertEquals(0, result.suppressedCount(), "k = 1 hides nothing");
    }

    @Test
    void theCheckerFindsACellLeftAloneInItsRow() {
        // Only the small cell hidden: row total minus the published cells gives it back.
        boolean[][] naive = new boolean[3][3];
        naive[0][0] = true;
        assertEquals(1, SuppressionCheck.derivable(naive).size());
    }

    @Test
    void theCheckerFindsABridgeBetweenTwoCycles() {
        // Two 2x2 cycles joined by one entry: every line holds two hidden entries, yet the joining entry is
        // the difference of two sums of lines.
        boolean[][] hidden = new boolean[6][6];
        for (int[] p : new int[][] { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 }, { 2, 2 }, { 2, 3 }, { 3, 2 }, { 3, 3 },
                { 1, 2 } }) {
            hidden[p[0]][p[1]] = true;
        }
        var derivable = SuppressionCheck.derivable(hidden);
        assertEquals(1, derivable.size());
        assertArrayEquals(new int[] { 1, 2 }, derivable.get(0));
    }

    @Test
    void refusesNegativeCountsAndRaggedTables() {
        assertThrows(IllegalArgumentException.class, () -> SmallCellSuppression.suppress(new long[][] { { -1 } }, 5));
        assertThrows(IllegalArgumentException.class,
                () -> SmallCellSuppression.suppress(new long[][] { { 1, 2 }, { 3 } }, 5));
        assertFalse(SmallCellSuppression.suppress(new long[][] { { 7 } }, 5).suppressed()[0][0]);
    }
}
