package org.zhnews.html;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG: one row per bar, the label on the left, the bar scaled
 * to the largest value, the value written after it. Every bar is a {@code <g class="bar">} with
 * {@code data-label} and {@code data-value}. Labels are escaped. Stateless.
 */
final class BarChart {

    /**
     * One bar.
     *
     * @param label      what it counts (untrusted text)
     * @param value      its length, at least 0
     * @param valueLabel the value as written after the bar
     * @param cssClass   a class for its colour
     */
    record Bar(String label, double value, String valueLabel, String cssClass) {
    }

    private static final int ROW = 22;
    private static final int LABEL_WIDTH = 120;
    private static final int BAR_WIDTH = 150;
    private static final int WIDTH = 380;
    private static final int MAX_LABEL_CHARS = 14;

    private BarChart() {
    }

    /** Writes the chart; {@code name} becomes its {@code data-chart} attribute. */
    static void write(Writer out, String name, String caption, List<Bar> bars) throws IOException {
        double max = 0;
        for (Bar b : bars) {
            max = Math.max(max, b.value());
        }
        int height = ROW * bars.size() + 4;
        out.write("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + WIDTH
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" data-chart=\"");
        HtmlText.write(out, name);
        out.write("\" aria-label=\"");
        HtmlText.write(out, caption);
        out.write("\">");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = i * ROW + 2;
            double w = max <= 0 ? 0 : Math.max(1, b.value() / max * BAR_WIDTH);
            out.write("<g class=\"bar\" data-label=\"");
            HtmlText.write(out, b.label());
            out.write("\" data-value=\"");
            HtmlText.write(out, b.valueLabel());
            out.write("\"><title>");
            HtmlText.write(out, b.label() + ": " + b.valueLabel());
            out.write("</title><text class=\"label\" x=\"" + (LABEL_WIDTH - 6) + "\" y=\"" + (y + 15)
                    + "\" text-anchor=\"end\">");
            HtmlText.write(out, shorten(b.label()));
            out.write("</text><rect class=\"");
            HtmlText.write(out, b.cssClass());
            out.write("\" x=\"" + LABEL_WIDTH + "\" y=\"" + (y + 3) + "\" height=\"" + (ROW - 6)
                    + "\" width=\"" + String.format(Locale.ROOT, "%.1f", w) + "\"/><text class=\"value\" x=\""
                    + String.format(Locale.ROOT, "%.1f", LABEL_WIDTH + w + 4) + "\" y=\"" + (y + 15) + "\">");
            HtmlText.write(out, b.valueLabel());
            out.write("</text></g>");
        }
        out.write("</svg>");
    }

    private static String shorten(String label) {
        if (label.codePointCount(0, label.length()) <= MAX_LABEL_CHARS) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, MAX_LABEL_CHARS - 1)) + "\u2026";
    }
}
