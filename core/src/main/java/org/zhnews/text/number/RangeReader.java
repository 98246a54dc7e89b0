package org.zhnews.text.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhnews.text.chars.CharClass;

/**
 * Reads a figure with what may follow it for {@link NumberScanner}: a range separator and a
 * second figure ({@code 3-5亿}, {@code 3至5亿}, {@code 20 - 100}), the second lending its scale
 * to the first ({@code 十八至三十万}). Stateless.
 */
final class RangeReader {

    private static final String RANGE_SEPARATORS = "-~～至到—–";

    private RangeReader() {
    }

    /** Length of a range separator at {@code j}: 1 (-, ~, 至, 到), 2 (——, --, ～～), or 0. */
    static int separatorLength(CharSequence text, int j) {
        int n = text.length();
        char c = text.charAt(j);
        if (RANGE_SEPARATORS.indexOf(c) < 0) {
            return 0;
        }
        if (j + 1 < n && text.charAt(j + 1) == c && (c == '-' || c == '—' || c == '~' || c == '～')) {
            return 2;
        }
        return 1;
    }

    /** A figure starting at {@code i}, possibly with 多/余, a multiplier, or a range after it. */
    static NumberMatch plainOrRange(CharSequence text, int i) {
        int n = text.length();
        NumberMatch first = FigureReader.figure(text, i);
        if (first == null) {
            return null;
        }
        int j = first.end();
        if (j + 3 < n && text.charAt(j) == ' ' && separatorLength(text, j + 1) == 1 && text.charAt(j + 2) == ' '
                && Numerals.isArabic(text.charAt(j - 1)) && Numerals.isArabic(text.charAt(j + 3))) {
            j++; // 20 - 100
        }
        int sep = j < n ? separatorLength(text, j) : 0;
        if (sep > 0 && j + sep + 1 < n && text.charAt(j + sep) == ' ' && text.charAt(j - 1) == ' ') {
            sep++;
        }
        if (first.form() == NumberForm.EXACT && sep > 0 && j + sep < n
                && Numerals.startsNumber(text.charAt(j + sep)) && !(text.charAt(j) == '-' && Numerals.digit(text.charAt(j + sep)) >= 0
                && !Numerals.isArabic(text.charAt(j + sep)))) {
            NumberMatch second = FigureReader.figure(text, j + sep);
            if (second != null && second.form() == NumberForm.EXACT) {
                BigDecimal lo = first.value().orElseThrow();
                BigDecimal hi = second.value().orElseThrow();
                for (BigDecimal scale : tailScales(text, second)) {
                    if (!hasScale(text, first, scale.compareTo(Numerals.WAN) < 0)
                            && lo.multiply(scale).compareTo(hi) < 0) {
                        lo = lo.multiply(scale); // 3至5亿, 十八至三十万, 两到三千, 10~15k
                        break;
                    }
                }
                if (lo.compareTo(hi) < 0) {
                    return new NumberMatch(i, second.end(), Optional.empty(), Optional.of(ChineseNumber.normalize(lo)),
                            Optional.of(hi), NumberForm.RANGE, NumberMatch.Fraction.NONE);
                }
            }
        }
        return first;
    }

    /**
     * The scales a range's second figure may lend its first, most specific first: its whole
     * trailing unit run (5千万: 千万), its big units only (三十万: 万), its English multiplier
     * (15k), its last small unit (三千: 千).
     */
    static List<BigDecimal> tailScales(CharSequence text, NumberMatch m) {
        List<BigDecimal> out = new ArrayList<>(2);
        int end = m.end();
        char last = text.charAt(end - 1);
        if (CharClass.isLatinLetter(last)) {
            int k = end;
            while (k > m.start() && (CharClass.isLatinLetter(text.charAt(k - 1)) || text.charAt(k - 1) == ' ')) {
                k--;
            }
            BigDecimal f = FigureReader.englishMultiplier(text, k, new int[1]);
            if (f != null) {
                out.add(f);
            }
            return out;
        }
        BigDecimal run = trailingBigUnit(text, m.start(), end);
        if (run != null) {
            out.add(run);
        }
        int k = end;
        while (k > m.start() && Numerals.bigUnit(text.charAt(k - 1)) != null) {
            k--;
        }
        if (k < end) {
            BigDecimal big = ChineseNumber.parse(text, k, end);
            if (big != null && !big.equals(run)) {
                out.add(big);
            }
        } else if (Numerals.smallUnit(last) != null) {
            out.add(Numerals.smallUnit(last));
        }
        return out;
    }

    /** True if a range's first figure has its own scale: a big unit, a multiplier, or with {@code small} any unit. */
    static boolean hasScale(CharSequence text, NumberMatch m, boolean small) {
        for (int k = m.start(); k < m.end(); k++) {
            char c = text.charAt(k);
            if (Numerals.bigUnit(c) != null || CharClass.isLatinLetter(c) || small && Numerals.isUnit(c)) {
                return true;
            }
        }
        return false;
    }

    static BigDecimal trailingBigUnit(CharSequence text, int start, int end) {
        for (int k = end - 1; k >= start; k--) {
            char c = text.charAt(k);
            BigDecimal u = Numerals.bigUnit(c);
            if (u != null) {
                return ChineseNumber.parse(text, unitRunStart(text, start, k), end);
            }
            if (!Numerals.isUnit(c)) {
                return null;
            }
        }
        return null;
    }

    static int unitRunStart(CharSequence text, int start, int k) {
        int s = k;
        while (s > start && Numerals.isUnit(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }
}
