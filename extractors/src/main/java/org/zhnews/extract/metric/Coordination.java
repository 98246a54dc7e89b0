package org.zhnews.extract.metric;

import java.util.Optional;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.text.fold.CharFold;
import org.zhnews.text.number.NumberMatch;

/**
 * Counts in a coordination share what is counted: in {@code 提供90亿和320亿参数两个版本} the noun
 * after the last figure names the first too, and in {@code 月活分别为1.72亿、1.45亿和0.41亿} the
 * noun before the first names the last. A figure that reads as nothing alone takes the unit and
 * kind of the count coordinated right next to it when both end in the same kind of big unit
 * ({@code 万}, {@code 亿}, {@code 兆}, or a Latin size letter such as {@code B}). Stateless.
 */
final class Coordination {

    private static final String[] JOINERS = {"以及", "、", "和", "及", "与", "與", "或", "跟"};

    private Coordination() {
    }

    /**
     * Where the joiner right after {@code end} (spaces allowed) ends, or -1 when the text from
     * {@code end} is no joiner.
     */
    static int joinerEnd(String text, int end) {
        int k = skipSpaces(text, end);
        for (String j : JOINERS) {
            if (text.startsWith(j, k)) {
                return skipSpaces(text, k + j.length());
            }
        }
        return -1;
    }

    /** Whether a joiner alone stands between {@code end} and {@code start}. */
    static boolean joined(String text, int end, int start) {
        return end <= start && joinerEnd(text, end) == start;
    }

    /**
     * The figure {@code m} read with the unit and kind of its coordinated neighbour {@code other},
     * a count, parameters or tokens: the figure alone as the span; empty when the two do not end
     * in the same kind of big unit.
     */
    static Optional<MetricReading> like(String text, NumberMatch m, MetricReading other, String otherFigure) {
        if (other.unit() != MetricUnit.COUNT && other.unit() != MetricUnit.PARAMETERS && other.unit() != MetricUnit.TOKENS
                || other.kind().isEmpty() || !sameBigUnit(text.substring(m.start(), m.end()), otherFigure)) {
            return Optional.empty();
        }
        return Optional.of(new MetricReading(m.start(), m.end(), MetricReading.valueOf(m), m.min(), m.max(),
                other.unit(), other.kind(), MetricReading.formQualifier(m), m.start(), false));
    }

    /** Both figures end in 万, 亿 or 兆 (either script), or in the same Latin letter (70B, 8B). */
    static boolean sameBigUnit(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        char x = CharFold.keepingCase().fold(a.charAt(a.length() - 1));
        char y = CharFold.keepingCase().fold(b.charAt(b.length() - 1));
        if ("万亿兆".indexOf(x) >= 0 || "万亿兆".indexOf(y) >= 0) {
            return "万亿兆".indexOf(x) >= 0 && "万亿兆".indexOf(y) >= 0;
        }
        return Character.toUpperCase(x) == Character.toUpperCase(y) && Character.isLetter(x) && x < 128;
    }

    private static int skipSpaces(String text, int from) {
        int k = from;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u3000')) {
            k++;
        }
        return k;
    }
}
