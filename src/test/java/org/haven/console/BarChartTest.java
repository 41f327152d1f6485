package org.haven.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The overview's bar charts: lengths on a common or an own scale, the edge cases, and mirroring for Dari and Pashto. */
class BarChartTest {

    private static BarChart counts(boolean rightToLeft, double... values) {
        List<BarChart.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            entries.add(BarChart.Entry.count("Row " + i, String.valueOf(values[i]), values[i]));
        }
        return BarChart.of("c", "Title", "Description", rightToLeft, entries);
    }

    private static BarChart.Rect bar(BarChart chart, int row) {
        return chart.rows().get(row).bars().get(0);
    }

    @Test
    void countsShareOneScaleWhoseLargestFillsTheBarArea() {
        BarChart chart = counts(false, 10, 5, 2.5);

        assertEquals(BarChart.BARS, bar(chart, 0).width(), 0.001);
        assertEquals(BarChart.BARS / 2, bar(chart, 1).width(), 0.001);
        assertEquals(BarChart.BARS / 4, bar(chart, 2).width(), 0.001);
        for (int i = 0; i < 3; i++) {
            assertEquals(BarChart.LABEL, bar(chart, i).x(), 0.001, "every bar starts at the axis");
            assertNull(chart.rows().get(i).track(), "counts have no track");
        }
        assertEquals(BarChart.LABEL, chart.axisX(), 0.001);
        assertTrue(bar(chart, 1).y() > bar(chart, 0).y() + BarChart.BAR, "rows do not overlap");
        assertEquals(3 * BarChart.ROW + 2 * BarChart.PAD, chart.height(), 0.001);
    }

    @Test
    void zeroIsNoBarAndAllZeroesDoNotDivideByZero() {
        BarChart chart = counts(false, 0, 0);

        assertEquals(0, bar(chart, 0).width(), 0.0);
        assertEquals(0, bar(chart, 1).width(), 0.0);
        assertEquals("0.0", bar(chart, 0).svgWidth());
        assertEquals(BarChart.PAD * 2 + BarChart.ROW, counts(false).height(), 0.001, "an empty chart keeps one row");
    }

    @Test
    void oneHugeValueTakesTheAreaAndTheSmallOnesStayVisible() {
        BarChart chart = counts(false, 1_000_000_000, 1, 0);

        assertEquals(BarChart.BARS, bar(chart, 0).width(), 0.001);
        assertEquals(BarChart.MIN_VISIBLE, bar(chart, 1).width(), 0.001, "a one is still seen");
        assertEquals(0, bar(chart, 2).width(), 0.0, "a zero is not");
        assertEquals("2.0", bar(chart, 1).svgWidth(), "written without exponent");
    }

    @Test
    void aMeterIsScaledToItsOwnWholeDrawnAsATrackAndNeverRunsPastIt() {
        BarChart chart = BarChart.of("f", "Funds", "Budgets", false, List.of(
                BarChart.Entry.meter("Fund A", "40 %", 10_000, new BarChart.Layer(4_000, "committed"),
                        new BarChart.Layer(1_000, "disbursed")),
                BarChart.Entry.meter("Fund B", "over", 100, new BarChart.Layer(250, "committed")),
                BarChart.Entry.meter("Empty budget", "0 %", 0, new BarChart.Layer(0, "committed"))));

        BarChart.Row a = chart.rows().get(0);
        assertEquals(BarChart.BARS, a.track().width(), 0.001);
        assertEquals(BarChart.BARS * 0.4, a.bars().get(0).width(), 0.001);
        assertEquals(BarChart.BARS * 0.1, a.bars().get(1).width(), 0.001);
        assertEquals("disbursed", a.bars().get(1).kind(), "drawn last, on top");
        assertEquals(BarChart.BARS, chart.rows().get(1).bars().get(0).width(), 0.001, "capped at the whole");
        assertEquals(0, chart.rows().get(2).bars().get(0).width(), 0.0, "a budget of zero divides nothing");
    }

    @Test
    void rightToLeftMirrorsEveryXAndKeepsTheRest() {
        BarChart ltr = counts(false, 8, 2);
        BarChart rtl = counts(true, 8, 2);

        assertEquals(BarChart.WIDTH - BarChart.LABEL, rtl.axisX(), 0.001);
        assertEquals("rtl", rtl.dir());
        for (int i = 0; i < 2; i++) {
            BarChart.Rect left = bar(ltr, i);
            BarChart.Rect right = bar(rtl, i);
            assertEquals(left.width(), right.width(), 0.001, "same length");
            assertEquals(left.y(), right.y(), 0.001, "same row");
            assertEquals(BarChart.WIDTH - left.x() - left.width(), right.x(), 0.001, "mirrored");
            assertEquals(rtl.axisX(), right.x() + right.width(), 0.001, "grows leftwards from the axis");
            BarChart.Row row = rtl.rows().get(i);
            assertTrue(row.labelX() > rtl.axisX(), "the label stands right of the axis");
            assertTrue(row.valueX() < right.x(), "the value stands left of the bar");
            assertEquals(BarChart.WIDTH - ltr.rows().get(i).labelX(), row.labelX(), 0.001);
            assertEquals(BarChart.WIDTH - ltr.rows().get(i).valueX(), row.valueX(), 0.001);
        }
        BarChart meter = BarChart.of("m", "t", "d", true,
                List.of(BarChart.Entry.meter("x", "50 %", 100, new BarChart.Layer(50, "bar"))));
        assertEquals(BarChart.VALUE, meter.rows().get(0).track().x(), 0.001, "the track too, from the value column to the axis");
    }

    @Test
    void longLabelsAreShortenedInThePictureOnly() {
        String name = "The Example Donor Emergency Relocation Fund 2026";
        BarChart.Row row = BarChart.of("l", "t", "d", false, List.of(BarChart.Entry.count(name, "1", 1))).rows().get(0);

        assertEquals(name, row.label());
        assertEquals(BarChart.LABEL_CHARS, row.shownLabel().length());
        assertTrue(row.shownLabel().endsWith("…"));
    }
}
