package org.haven.legal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Small-cell suppression of a two-way table of counts with its margins, so that it can be published outside the
 * organisation without identifying anyone (docs/legal-status.md, "Safe numbers"). Pure: no database, no clock.
 * Public for the caseload overview's group figures (stats), which hide small counts the same way.
 *
 * <p>The table is taken with its margins as one (rows+1) x (columns+1) grid: the last column holds the row
 * totals, the last row the column totals, the corner the grand total. Every row and every column of that grid
 * is a <em>line</em> whose last entry is the sum of the others. The method:
 * <ol>
 * <li>Primary suppression: every entry, total or not, with {@code 0 < count < k}. A true zero is published (it
 * says no one, and identifies no one).</li>
 * <li>Complementary suppression, repeated until nothing changes:
 * <ul>
 * <li>a line with exactly one suppressed entry gets a second one (otherwise subtraction gives it back);</li>
 * <li>a suppressed entry that lies on no cycle of suppressed entries (a "bridge" of the bipartite graph whose
 * nodes are the lines and whose edges are the suppressed entries) could still be computed by adding and
 * subtracting whole lines; a further entry is suppressed to close a cycle through it.</li>
 * </ul>
 * </li>
 * </ol>
 * With every line holding none or at least two suppressed entries and no bridge left, no suppressed entry is a
 * linear function of the published ones: each lies on a cycle, along which counts can be moved (+t, -t, ...)
 * without changing anything published. Complements are chosen among non-zero entries first (every non-zero
 * entry left is at least k), smallest first, so as little as possible is hidden.
 */
public final class SmallCellSuppression {

    /** The outcome: the grid with its margins, and which entries must not be published. */
    public record Result(long[][] grid, boolean[][] suppressed, int k) {

        public int rows() {
            return grid.length - 1;
        }

        public int columns() {
            return grid[0].length - 1;
        }

        /** The published value of an entry of the grid (row == rows() for column totals, etc.), or null. */
        public Long published(int row, int column) {
            return suppressed[row][column] ? null : grid[row][column];
        }

        public int suppressedCount() {
            int n = 0;
            for (boolean[] row : suppressed) {
                for (boolean s : row) {
                    n += s ? 1 : 0;
                }
            }
            return n;
        }
    }

    private SmallCellSuppression() {
    }

    /** {@code counts[row][column]}, non-negative, at least one row and one column, all rows of equal length. */
    public static Result suppress(long[][] counts, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k is at least 1");
        }
        long[][] grid = withMargins(counts);
        int rows = grid.length;
        int columns = grid[0].length;
        boolean[][] suppressed = new boolean[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                suppressed[i][j] = grid[i][j] > 0 && grid[i][j] < k;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = completeLines(grid, suppressed) || closeOneBridge(grid, suppressed);
        }
        return new Result(grid, suppressed, k);
    }

    private static long[][] withMargins(long[][] counts) {
        if (counts.length == 0 || counts[0].length == 0) {
            throw new IllegalArgumentException("a table has at least one row and one column");
        }
        int rows = counts.length;
        int columns = counts[0].length;
        long[][] grid = new long[rows + 1][columns + 1];
        for (int i = 0; i < rows; i++) {
            if (counts[i].length != columns) {
                throw new IllegalArgumentException("every row has the same number of columns");
            }
            for (int j = 0; j < columns; j++) {
                if (counts[i][j] < 0) {
                    throw new IllegalArgumentException("counts are never negative");
                }
                grid[i][j] = counts[i][j];
                grid[i][columns] += counts[i][j];
                grid[rows][j] += counts[i][j];
                grid[rows][columns] += counts[i][j];
            }
        }
        return grid;
    }

    /** Gives every line with a single suppressed entry a second one. True if anything was added. */
    private static boolean completeLines(long[][] grid, boolean[][] suppressed) {
        boolean added = false;
        boolean again = true;
        while (again) {
            again = false;
            for (int i = 0; i < grid.length; i++) {
                if (countInRow(suppressed, i) == 1) {
                    int best = -1;
                    for (int j = 0; j < grid[i].length; j++) {
                        if (!suppressed[i][j] && (best < 0 || better(grid, suppressed, i, j, i, best, false))) {
                            best = j;
                        }
                    }
                    suppressed[i][best] = true;
                    added = again = true;
                }
            }
            for (int j = 0; j < grid[0].length; j++) {
                if (countInColumn(suppressed, j) == 1) {
                    int best = -1;
                    for (int i = 0; i < grid.length; i++) {
                        if (!suppressed[i][j] && (best < 0 || better(grid, suppressed, i, j, best, j, true))) {
                            best = i;
                        }
                    }
                    suppressed[best][j] = true;
                    added = again = true;
                }
            }
        }
        return added;
    }

    /**
     * Whether entry (i, j) is a better complement than (bi, bj): non-zero before zero; one whose other line
     * already holds a suppressed entry (so it creates no new single); then the smaller count.
     */
    private static boolean better(long[][] grid, boolean[][] suppressed, int i, int j, int bi, int bj,
            boolean crossIsRow) {
        long[] a = score(grid, suppressed, i, j, crossIsRow);
        long[] b = score(grid, suppressed, bi, bj, crossIsRow);
        return Arrays.compare(a, b) < 0;
    }

    private static long[] score(long[][] grid, boolean[][] suppressed, int i, int j, boolean crossIsRow) {
        long cross = crossIsRow ? countInRow(suppressed, i) : countInColumn(suppressed, j);
        return new long[] { grid[i][j] == 0 ? 1 : 0, cross > 0 ? 0 : 1, grid[i][j] };
    }

    private static int countInRow(boolean[][] suppressed, int i) {
        int n = 0;
        for (boolean s : suppressed[i]) {
            n += s ? 1 : 0;
        }
        return n;
    }

    private static int countInColumn(boolean[][] suppressed, int j) {
        int n = 0;
        for (boolean[] row : suppressed) {
            n += row[j] ? 1 : 0;
        }
        return n;
    }

    /**
     * Finds one suppressed entry that lies on no cycle and suppresses a further entry joining the two sides it
     * separates, which puts it on a cycle. True if one was closed.
     */
    private static boolean closeOneBridge(long[][] grid, boolean[][] suppressed) {
        int rows = grid.length;
        int columns = grid[0].length;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                if (!suppressed[i][j]) {
                    continue;
                }
                suppressed[i][j] = false;
                boolean[] side = reachable(suppressed, i); // nodes 0..rows-1 rows, rows.. columns
                boolean bridge = !side[rows + j];
                if (bridge) {
                    int[] best = null;
                    for (int a = 0; a < rows; a++) {
                        for (int b = 0; b < columns; b++) {
                            boolean joins = side[a] != side[rows + b];
                            if (joins && !suppressed[a][b] && !(a == i && b == j)
                                    && (best == null || closer(grid, a, b, best))) {
                                best = new int[] { a, b };
                            }
                        }
                    }
                    suppressed[i][j] = true;
                    if (best == null) {
                        throw new IllegalStateException("a bridge between lines that each hold two entries always "
                                + "has another entry joining its sides");
                    }
                    suppressed[best[0]][best[1]] = true;
                    return true;
                }
                suppressed[i][j] = true;
            }
        }
        return false;
    }

    private static boolean closer(long[][] grid, int a, int b, int[] best) {
        long[] x = { grid[a][b] == 0 ? 1 : 0, grid[a][b] };
        long[] y = { grid[best[0]][best[1]] == 0 ? 1 : 0, grid[best[0]][best[1]] };
        return Arrays.compare(x, y) < 0;
    }

    /** The lines reachable from row {@code startRow} through suppressed entries (rows first, then columns). */
    private static boolean[] reachable(boolean[][] suppressed, int startRow) {
        int rows = suppressed.length;
        int columns = suppressed[0].length;
        boolean[] seen = new boolean[rows + columns];
        Deque<Integer> todo = new ArrayDeque<>(List.of(startRow));
        seen[startRow] = true;
        while (!todo.isEmpty()) {
            int node = todo.pop();
            List<Integer> next = new ArrayList<>();
            if (node < rows) {
                for (int j = 0; j < columns; j++) {
                    if (suppressed[node][j]) {
                        next.add(rows + j);
                    }
                }
            } else {
                for (int i = 0; i < rows; i++) {
                    if (suppressed[i][node - rows]) {
                        next.add(i);
                    }
                }
            }
            for (int n : next) {
                if (!seen[n]) {
                    seen[n] = true;
                    todo.push(n);
                }
            }
        }
        return seen;
    }
}
