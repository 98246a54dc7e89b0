package org.zhnews.html;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.zhnews.text.chars.CharClass;

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
    private static final int LABEL_WIDTH = 130;
    private static final int BAR_WIDTH = 140;
    private static final int WIDTH = 380;
    /** About what fits the label column at 12px: 18 ASCII letters or 9 Han characters. */
    private static final int MAX_LABEL_UNITS = 18;

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

    /** The label cut to fit the label column: wide (CJK) characters count two units, others one. */
    static String shorten(String label) {
        int units = 0;
        int fit = -1;
        for (int i = 0; i < label.length(); i += Character.charCount(label.codePointAt(i))) {
            int w = width(label.codePointAt(i));
            if (fit < 0 && units + w > MAX_LABEL_UNITS - 1) {
                fit = i;
            }
            units += w;
            if (units > MAX_LABEL_UNITS) {
                return label.substring(0, fit) + "\u2026";
            }
        }
        return label;
    }

    private static int width(int cp) {
        return CharClass.isWide(cp) ? 2 : 1;
    }
}
