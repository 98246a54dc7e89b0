package org.zhnews.core.number;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one number written the ways Chinese text writes them: Arabic digits with thousands
 * separators and decimals ({@code 1,000}, {@code 3.5}), Chinese numerals ({@code 二十五万},
 * {@code 两千}, {@code 壹佰}), positional digits ({@code 二〇二五}), and mixtures
 * ({@code 7912.8万}, {@code 1万2千}, {@code 3亿5000万}, {@code 千亿}, {@code 1万亿}).
 * {@code 兆} is read as 10^12, as in Taiwan money. Stateless and thread-safe.
 */
public final class ChineseNumber {

    private ChineseNumber() {
    }

    /**
     * The value of {@code text}, which must be a whole number expression and nothing else;
     * empty when it is not one.
     */
    public static Optional<BigDecimal> parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return Optional.ofNullable(parse(text, 0, text.length()));
    }

    /** The value of {@code text[start, end)}, or null when it is not one number. */
    static BigDecimal parse(CharSequence text, int start, int end) {
        if (start >= end) {
            return null;
        }
        if (end - start >= 2 && isChineseDigitRun(text, start, end)) {
            return positional(text, start, end);
        }
        BigDecimal total = BigDecimal.ZERO;   // completed groups of big units
        BigDecimal largestBig = null;        // the largest big unit applied to total so far
        BigDecimal section = BigDecimal.ZERO; // the sum below the next big unit
        BigDecimal number = null;             // the figure waiting for its unit
        boolean chineseDigit = false;         // number is one Chinese digit (for 两万五)
        BigDecimal lastUnit = null;           // the unit applied last
        boolean zero = false;                 // 零 since the last unit (一百零五: no 两万五 rule)
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            int d = Numerals.digit(c);
            if (Numerals.isArabic(c)) {
                int j = scanArabic(text, i, end);
                if (number != null && number.signum() != 0) {
                    return null;
                }
                number = arabicValue(text, i, j);
                chineseDigit = false;
                i = j;
            } else if (d >= 0) {
                if (number != null && number.signum() != 0) {
                    return null; // two digits in a row among units: 三四万 is a range, not a number
                }
                number = BigDecimal.valueOf(d);
                chineseDigit = true;
                zero |= d == 0;
                i++;
                if (i < end && (text.charAt(i) == '点' || text.charAt(i) == '點')) {
                    int j = i + 1;
                    while (j < end && !Numerals.isArabic(text.charAt(j)) && Numerals.digit(text.charAt(j)) >= 0) {
                        j++;
                    }
                    if (j == i + 1) {
                        return null;
                    }
                    number = number.add(fraction(text, i + 1, j));
                    chineseDigit = false;
                    i = j;
                }
            } else if (Numerals.smallUnit(c) != null) {
                BigDecimal unit = Numerals.smallUnit(c);
                section = section.add((number == null ? BigDecimal.ONE : number).multiply(unit));
                number = null;
                lastUnit = unit;
                zero = false;
                i++;
            } else if (Numerals.bigUnit(c) != null) {
                BigDecimal unit = Numerals.bigUnit(c);
                BigDecimal value = section.add(number == null ? BigDecimal.ZERO : number);
                if (value.signum() == 0 && total.signum() == 0) {
                    value = BigDecimal.ONE; // 万亿, 亿 alone
                }
                if (largestBig == null || unit.compareTo(largestBig) > 0) {
                    total = total.add(value).multiply(unit);
                    largestBig = unit;
                } else {
                    total = total.add(value.multiply(unit));
                }
                section = BigDecimal.ZERO;
                number = null;
                lastUnit = unit;
                zero = false;
                i++;
            } else {
                return null;
            }
        }
        BigDecimal result = total.add(section);
        if (number != null) {
            if (chineseDigit && !zero && lastUnit != null && number.signum() != 0) {
                // 两万五 = 25000, 一千二 = 1200: a trailing digit counts in the next lower unit
                number = number.multiply(lastUnit).divide(Numerals.TEN);
            }
            result = result.add(number);
        }
        return normalize(result);
    }

    private static boolean isChineseDigitRun(CharSequence text, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Numerals.isArabic(c) || Numerals.digit(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal positional(CharSequence text, int start, int end) {
        BigDecimal v = BigDecimal.ZERO;
        for (int k = start; k < end; k++) {
            v = v.multiply(Numerals.TEN).add(BigDecimal.valueOf(Numerals.digit(text.charAt(k))));
        }
        return v;
    }

    private static BigDecimal fraction(CharSequence text, int start, int end) {
        StringBuilder sb = new StringBuilder("0.");
        for (int k = start; k < end; k++) {
            sb.append(Numerals.digit(text.charAt(k)));
        }
        return new BigDecimal(sb.toString());
    }

    /** Strips trailing zeros without going to an exponent: 5.40E+10 -> 54000000000. */
    static BigDecimal normalize(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * End of the Arabic number starting at {@code i}: digits, thousands separators between
     * groups of three, at most one decimal point. -1 when malformed.
     */
    static int scanArabic(CharSequence text, int i, int end) {
        int j = i;
        boolean point = false;
        while (j < end) {
            char c = text.charAt(j);
            if (Numerals.isArabic(c)) {
                j++;
            } else if ((c == ',' || c == '，') && !point && j + 3 < end + 1 && isGroupOfThree(text, j + 1, end)) {
                j++;
            } else if ((c == '.' || c == '．') && !point && j + 1 < end && Numerals.isArabic(text.charAt(j + 1))) {
                point = true;
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isGroupOfThree(CharSequence text, int from, int end) {
        if (from + 3 > end) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (!Numerals.isArabic(text.charAt(k))) {
                return false;
            }
        }
        return from + 3 == end || !Numerals.isArabic(text.charAt(from + 3));
    }

    static BigDecimal arabicValue(CharSequence text, int start, int end) {
        StringBuilder sb = new StringBuilder(end - start);
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= '０' && c <= '９') {
                sb.append((char) (c - '０' + '0'));
            } else if (c == '.' || c == '．') {
                sb.append('.');
            } else if (c != ',' && c != '，') {
                sb.append(c);
            }
        }
        return new BigDecimal(sb.toString());
    }
}
