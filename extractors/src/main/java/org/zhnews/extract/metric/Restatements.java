package org.zhnews.extract.metric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.zhnews.extract.money.Currencies;
import org.zhnews.text.number.NumberForm;
import org.zhnews.text.number.NumberMatch;

/**
 * A figure restated in another notation right after it: in brackets ({@code 4050亿(405B)},
 * {@code 405B（4050亿）}) or after an equals sign ({@code 0.4T = 405B}). The second restates
 * the first when they are the same value, or the rougher one is the finer one rounded; then it is
 * a second mention of the same quantity, read with the first one's unit and kind. Stateless.
 */
final class Restatements {

    private Restatements() {
    }

    /**
     * Figure {@code i} and its restatement, figure {@code i + 1}, as one figure from the start
     * of the first to past the second and its closing bracket, valued as the finer of the two;
     * null when figure {@code i + 1} does not restate figure {@code i}.
     */
    static NumberMatch merged(String text, List<NumberMatch> figures, int i) {
        if (i + 1 >= figures.size()) {
            return null;
        }
        NumberMatch a = figures.get(i);
        NumberMatch b = figures.get(i + 1);
        int end = end(text, a.end(), b);
        BigDecimal value = end < 0 ? null : sameValue(a, b);
        if (value == null) {
            return null;
        }
        return new NumberMatch(a.start(), end, Optional.of(value), Optional.empty(), Optional.empty(), NumberForm.EXACT,
                NumberMatch.Fraction.NONE);
    }

    /**
     * The end of restatement {@code b} written right at {@code at} (past its closing bracket), or
     * -1 when {@code b} does not stand there in brackets or after an equals sign.
     */
    static int end(String text, int at, NumberMatch b) {
        int k = skipSpaces(text, at, b.start());
        if (k >= b.start()) {
            return -1;
        }
        char c = text.charAt(k);
        if (c == '(' || c == '（') {
            if (skipSpaces(text, k + 1, b.start()) != b.start()) {
                return -1;
            }
            int e = skipSpaces(text, b.end(), text.length());
            return e < text.length() && (text.charAt(e) == ')' || text.charAt(e) == '）') ? e + 1 : -1;
        }
        if (c == '=' || c == '＝' || c == '≈') {
            return skipSpaces(text, k + 1, b.start()) == b.start() ? b.end() : -1;
        }
        return -1;
    }

    /**
     * The finer value of two exact figures when they state the same value (4050亿 and 405B; 0.4T
     * and 405B, the rougher rounded from the finer); null otherwise.
     */
    static BigDecimal sameValue(NumberMatch a, NumberMatch b) {
        if (a.form() != NumberForm.EXACT || b.form() != NumberForm.EXACT || a.fraction() != NumberMatch.Fraction.NONE
                || b.fraction() != NumberMatch.Fraction.NONE || a.value().isEmpty() || b.value().isEmpty()
                || a.value().get().signum() <= 0 || b.value().get().signum() <= 0) {
            return null;
        }
        BigDecimal x = a.value().get().stripTrailingZeros();
        BigDecimal y = b.value().get().stripTrailingZeros();
        BigDecimal finer = x.precision() >= y.precision() ? x : y;
        BigDecimal rougher = finer == x ? y : x;
        BigDecimal rounded = finer.round(new MathContext(rougher.precision(), RoundingMode.HALF_UP));
        if (rounded.compareTo(rougher) != 0) {
            return null;
        }
        return finer == x ? a.value().get() : b.value().get();
    }

    private static int skipSpaces(String text, int from, int to) {
        int k = from;
        while (k < to && Currencies.isSpaceChar(text.charAt(k))) {
            k++;
        }
        return k;
    }
}
