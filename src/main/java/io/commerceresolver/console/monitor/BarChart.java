package io.commerceresolver.console.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart laid out for server-rendered SVG: bars stacked (parts of a whole) or side by side (figures to compare),
 * one group per bucket, with a value axis of round ticks. The page draws the rectangles and prints the same figures as
 * a table for those who do not see the chart.
 */
public record BarChart(String id, String title, String unit, int width, int height, List<String> series, List<Bar> bars,
                       List<Tick> ticks, List<Label> labels, boolean empty) {

    static final int WIDTH = 720;
    static final int HEIGHT = 240;
    static final int LEFT = 48;
    static final int BOTTOM = 36;
    static final int TOP = 10;

    /** One rectangle; {@code series} is its index (its colour class), {@code text} what its tooltip says. */
    public record Bar(double x, double y, double width, double height, int series, String text) {
    }

    public record Tick(double y, String text) {
    }

    public record Label(double x, String text) {
    }

    /** {@code values.get(s).get(b)}: series s in bucket b (null: nothing to show). */
    public static BarChart of(String id, String title, String unit, List<String> bucketLabels, List<String> series,
                              List<List<Double>> values, boolean stacked) {
        int buckets = bucketLabels.size();
        double max = 0;
        for (int b = 0; b < buckets; b++) {
            double sum = 0;
            for (List<Double> row : values) {
                double value = value(row.get(b));
                sum = stacked ? sum + value : Math.max(sum, value);
            }
            max = Math.max(max, sum);
        }
        double top = niceCeiling(max);
        double plotWidth = WIDTH - LEFT - 8;
        double plotHeight = HEIGHT - BOTTOM - TOP;
        double slot = plotWidth / Math.max(buckets, 1);
        double groupWidth = slot * 0.7;
        List<Bar> bars = new ArrayList<>();
        for (int b = 0; b < buckets; b++) {
            double x = LEFT + b * slot + (slot - groupWidth) / 2;
            double base = 0;
            for (int s = 0; s < series.size(); s++) {
                Double raw = values.get(s).get(b);
                double value = value(raw);
                double h = top == 0 ? 0 : value / top * plotHeight;
                if (stacked) {
                    double y = TOP + plotHeight - (base + value) / top * plotHeight;
                    if (value > 0) {
                        bars.add(new Bar(round(x), round(y), round(groupWidth), round(h), s, bucketLabels.get(b) + ", " + series.get(s) + ": "
                                + format(value, unit)));
                    }
                    base += value;
                } else {
                    double w = groupWidth / series.size();
                    if (raw != null && value > 0) {
                        bars.add(new Bar(round(x + s * w), round(TOP + plotHeight - h), round(w), round(h), s, bucketLabels.get(b) + ", "
                                + series.get(s) + ": " + format(value, unit)));
                    }
                }
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            ticks.add(new Tick(round(TOP + plotHeight - plotHeight * i / 4), format(value, unit)));
        }
        List<Label> labels = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(buckets / 8.0));
        for (int b = 0; b < buckets; b += every) {
            labels.add(new Label(round(LEFT + b * slot + slot / 2), bucketLabels.get(b)));
        }
        return new BarChart(id, title, unit, WIDTH, HEIGHT, series, bars, ticks, labels, max == 0);
    }

    /** The axis's top: 1, 2 or 5 times a power of ten, at least the largest value (rates: 1 = 100 %). */
    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }

    public static String format(double value, String unit) {
        if ("%".equals(unit)) {
            return String.format(Locale.ENGLISH, "%.0f %%", value * 100);
        }
        if (value == Math.rint(value)) {
            return String.format(Locale.ENGLISH, "%.0f%s", value, unit.isEmpty() ? "" : " " + unit);
        }
        return String.format(Locale.ENGLISH, "%.1f%s", value, unit.isEmpty() ? "" : " " + unit);
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }

    public int left() {
        return LEFT;
    }

    private static double value(Double value) {
        return value == null ? 0 : value;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
