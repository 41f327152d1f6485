package org.haven.legal;

import java.util.ArrayList;
import java.util.List;

/**
 * An attacker's view of a published table, written independently of {@link SmallCellSuppression}: which hidden
 * entries follow exactly from the published entries and the rule that every line adds up. A hidden entry x is
 * derivable iff its unit vector lies in the row space of the line equations restricted to the hidden entries
 * (Gaussian elimination over exact fractions).
 */
final class SuppressionCheck {

    private SuppressionCheck() {
    }

    /** The hidden entries, as {row, column} of the grid with margins, whose value the published ones fix. */
    static List<int[]> derivable(boolean[][] hidden) {
        int rows = hidden.length;
        int columns = hidden[0].length;
        List<int[]> unknowns = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                if (hidden[i][j]) {
                    unknowns.add(new int[] { i, j });
                }
            }
        }
        List<long[]> equations = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            long[] eq = new long[unknowns.size()];
            for (int u = 0; u < unknowns.size(); u++) {
                int[] p = unknowns.get(u);
                if (p[0] == i) {
                    eq[u] = p[1] == columns - 1 ? -1 : 1;
                }
            }
            equations.add(eq);
        }
        for (int j = 0; j < columns; j++) {
            long[] eq = new long[unknowns.size()];
            for (int u = 0; u < unknowns.size(); u++) {
                int[] p = unknowns.get(u);
                if (p[1] == j) {
                    eq[u] = p[0] == rows - 1 ? -1 : 1;
                }
            }
            equations.add(eq);
        }
        int rank = rank(equations);
        List<int[]> derivable = new ArrayList<>();
        for (int u = 0; u < unknowns.size(); u++) {
            List<long[]> with = new ArrayList<>(equations);
            long[] unit = new long[unknowns.size()];
            unit[u] = 1;
            with.add(unit);
            if (rank(with) == rank) {
                derivable.add(unknowns.get(u));
            }
        }
        return derivable;
    }

    /** Rank by fraction-free elimination (Bareiss-style integer row operations); matrices here are small. */
    static int rank(List<long[]> input) {
        if (input.isEmpty() || input.get(0).length == 0) {
            return 0;
        }
        java.math.BigInteger[][] m = new java.math.BigInteger[input.size()][];
        for (int r = 0; r < m.length; r++) {
            m[r] = new java.math.BigInteger[input.get(r).length];
            for (int c = 0; c < m[r].length; c++) {
                m[r][c] = java.math.BigInteger.valueOf(input.get(r)[c]);
            }
        }
        int rank = 0;
        int columns = m[0].length;
        for (int c = 0; c < columns && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (m[r][c].signum() != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            java.math.BigInteger[] t = m[pivot];
            m[pivot] = m[rank];
            m[rank] = t;
            for (int r = rank + 1; r < m.length; r++) {
                if (m[r][c].signum() != 0) {
                    java.math.BigInteger a = m[rank][c];
                    java.math.BigInteger b = m[r][c];
                    for (int k = c; k < columns; k++) {
                        m[r][k] = m[r][k].multiply(a).subtract(m[rank][k].multiply(b));
                    }
                    java.math.BigInteger g = java.math.BigInteger.ZERO;
                    for (int k = c; k < columns; k++) {
                        g = g.gcd(m[r][k]);
                    }
                    if (g.signum() != 0 && !g.equals(java.math.BigInteger.ONE)) {
                        for (int k = c; k < columns; k++) {
                            m[r][k] = m[r][k].divide(g);
                        }
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
