package org.haven.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a horizontal bar chart that a template draws as SVG (tags/barchart.html): one row per
 * entry, its label at the axis, its bars growing away from the axis, its value in words beyond them. In a
 * right-to-left language the chart is mirrored: the labels stand on the right, the bars grow to the left.
 * Text anchors stay logical ({@code end} for labels, {@code start} for values) because the SVG carries the
 * page's direction, so only x coordinates change.
 *
 * <p>A row is scaled either to the chart's largest value (counts side by side) or to a full length of its
 * own (a fund's budget, a share of 100 %), which is then drawn as an outlined track behind its bars. Bars
 * of one row are drawn from the axis on top of each other, longest first given, so a smaller one stays
 * visible over a larger one. A value above zero is never thinner than {@link #MIN_VISIBLE}; nothing is
 * longer than the bar area.
 */
public final class BarChart {

    static final double WIDTH = 640;
    static final double LABEL = 210;
    static final double VALUE = 150;
    static final double BARS = WIDTH - LABEL - VALUE;
    static final double ROW = 32;
    static final double BAR = 18;
    static final double PAD = 8;
    static final double MIN_VISIBLE = 2;
    /** Longer labels are cut in the picture; the table behind it has them whole. */
    static final int LABEL_CHARS = 24;

    /** One bar of a row: its value and its kind (a CSS class: "bar", "committed", "disbursed", "late"). */
    public record Layer(double value, String kind) {
    }

    /**
     * One row as given: label, value in words, and its bars; {@code full} is the row's own full length
     * (null: the chart's largest value).
     */
    public record Entry(String label, String valueText, Double full, List<Layer> layers) {

        /** A count on the chart's common scale. */
        public static Entry count(String label, String valueText, double value) {
            return new Entry(label, valueText, null, List.of(new Layer(value, "bar")));
        }

        /** Parts of a whole (money of a budget, decisions out of 100 %), drawn over a track of the whole. */
        public static Entry meter(String label, String valueText, double full, Layer... layers) {
            return new Entry(label, valueText, full, List.of(layers));
        }
    }

    /** A rectangle in the SVG's user units. */
    public record Rect(double x, double y, double width, double height, String kind) {

        public String svgX() {
            return n(x);
        }

        public String svgY() {
            return n(y);
        }

        public String svgWidth() {
            return n(width);
        }

        public String svgHeight() {
            return n(height);
        }
    }

    /** One drawn row: label and value positions (text is vertically centred on textY), track and bars. */
    public record Row(String label, String shownLabel, String valueText, double labelX, double valueX, double textY,
            Rect track, List<Rect> bars) {

        public String svgLabelX() {
            return n(labelX);
        }

        public String svgValueX() {
            return n(valueX);
        }

        public String svgTextY() {
            return n(textY);
        }
    }

    private final String id;
    private final String title;
    private final String description;
    private final boolean rightToLeft;
    private final List<Row> rows;

    private BarChart(String id, String title, String description, boolean rightToLeft, List<Row> rows) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.rightToLeft = rightToLeft;
        this.rows = rows;
    }

    /**
     * @param id unique on the page: the SVG's title, description and pattern ids start with it
     * @param description what the picture shows in one sentence, for screen readers (the table has the numbers)
     */
    public static BarChart of(String id, String title, String description, boolean rightToLeft, List<Entry> entries) {
        double largest = 0;
        for (Entry entry : entries) {
            for (Layer layer : entry.layers()) {
                largest = Math.max(largest, layer.value());
            }
        }
        double axis = rightToLeft ? WIDTH - LABEL : LABEL;
        double labelX = rightToLeft ? axis + PAD : axis - PAD;
        double valueX = rightToLeft ? axis - BARS - PAD : axis + BARS + PAD;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            double top = PAD + i * ROW;
            double barY = top + (ROW - BAR) / 2;
            double full = entry.full() != null ? entry.full() : largest;
            Rect track = entry.full() == null ? null : bar(axis, barY, BARS, rightToLeft, "track");
            List<Rect> bars = new ArrayList<>();
            for (Layer layer : entry.layers()) {
                bars.add(bar(axis, barY, length(layer.value(), full), rightToLeft, layer.kind()));
            }
            rows.add(new Row(entry.label(), shorten(entry.label()), entry.valueText(), labelX, valueX, top + ROW / 2,
                    track, bars));
        }
        return new BarChart(id, title, description, rightToLeft, List.copyOf(rows));
    }

    /** The length of a value on a scale whose full length is the bar area; never negative, never beyond it. */
    static double length(double value, double full) {
        if (value <= 0 || full <= 0 || Double.isNaN(value)) {
            return 0;
        }
        double length = Math.min(value / full, 1.0) * BARS;
        return Math.max(length, MIN_VISIBLE);
    }

    private static Rect bar(double axis, double y, double length, boolean rightToLeft, String kind) {
        return new Rect(rightToLeft ? axis - length : axis, y, length, BAR, kind);
    }

    private static String shorten(String label) {
        if (label == null || label.codePointCount(0, label.length()) <= LABEL_CHARS) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, LABEL_CHARS - 1)).strip() + "…";
    }

    static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public List<Row> rows() {
        return rows;
    }

    /** The x of the axis the bars grow from. */
    public double axisX() {
        return rightToLeft ? WIDTH - LABEL : LABEL;
    }

    public String svgAxisX() {
        return n(axisX());
    }

    public String svgWidth() {
        return n(WIDTH);
    }

    public String svgHeight() {
        return n(height());
    }

    public double height() {
        return Math.max(rows.size(), 1) * ROW + 2 * PAD;
    }
}
