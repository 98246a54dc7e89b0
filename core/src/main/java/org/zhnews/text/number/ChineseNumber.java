package org.zhnews.text.number;

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
     *
     * @param text the expression, with an optional leading minus sign or {@code 负}
     * @return the value without trailing zeros, or empty
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<BigDecimal> parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int start = 0;
        boolean negative = false;
        if (text.length() > 1 && isMinus(text.charAt(0))) {
            negative = true;
            start = 1;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++; // 负 1,200,000
            }
        }
        BigDecimal v = parse(text, start, text.length());
        return Optional.ofNullable(v == null ? null : negative ? normalize(v.negate()) : v);
    }

    /** True for a sign that makes a number negative: 负, 負, an ASCII, full-width or Unicode minus. */
    static boolean isMinus(char c) {
        return c == '负' || c == '負' || c == '-' || c == '－' || c == '−';
    }

    /** The value of {@code text[start, end)}, or null when it is not one number. */
    static BigDecimal parse(CharSequence text, int start, int end) {
        if (start >= end) {
            return null;
        }
        int point = chinesePoint(text, start, end);
        if (point > start) {
            return decimal(text, start, point, end);
        }
        if (end - start >= 2 && isChineseDigitRun(text, start, end)) {
            return positional(text, start, end);
        }
        return integer(text, start, end);
    }

    /** The first 点 after the start, or -1. */
    private static int chinesePoint(CharSequence text, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            char c = text.charAt(k);
            if (c == '点' || c == '點') {
                return k;
            }
        }
        return -1;
    }

    /**
     * 十点二三三, 两千三点一, 一百点123, 一点五亿, 二百四十一點六億: an integer part, 点, digits
     * (not 两), and units after the digits: any when the integer part has none, big units only
     * when it has small units (十百千), none when it has a big unit.
     */
    private static BigDecimal decimal(CharSequence text, int start, int point, int end) {
        BigDecimal whole = parse(text, start, point);
        int k = point + 1;
        while (k < end && Numerals.digit(text.charAt(k)) >= 0 && text.charAt(k) != '两' && text.charAt(k) != '兩') {
            k++;
        }
        if (whole == null || k == point + 1) {
            return null;
        }
        BigDecimal value = whole.add(fraction(text, point + 1, k));
        if (k == end) {
            return normalize(value);
        }
        boolean smallUnits = false;
        for (int u = start; u < point; u++) {
            char c = text.charAt(u);
            if (Numerals.bigUnit(c) != null) {
                return null; // 两万点五万: big units on both sides
            }
            smallUnits |= !Numerals.isArabic(c) && Numerals.digit(c) < 0;
        }
        for (int u = k; u < end; u++) {
            char c = text.charAt(u);
            if (Numerals.bigUnit(c) == null && (smallUnits || Numerals.smallUnit(c) == null)) {
                return null; // 十点五千: a small unit after one before 点; 二百四十一點六億 is read
            }
        }
        BigDecimal unit = integer(text, k, end);
        return unit == null ? null : normalize(value.multiply(unit));
    }

    /** A number without 点: digits, units, 零, and an Arabic figure with or without decimals. */
    private static BigDecimal integer(CharSequence text, int start, int end) {
        BigDecimal total = BigDecimal.ZERO;   // completed groups of big units
        BigDecimal largestBig = null;        // the largest big unit applied to total so far
        BigDecimal section = BigDecimal.ZERO; // the sum below the next big unit
        BigDecimal number = null;             // the figure waiting for its unit
        boolean chineseDigit = false;         // number is one Chinese digit (for 两万五)
        BigDecimal lastUnit = null;           // the unit applied last
        boolean zero = false;                 // 零 since the last unit (一百零五: no 两万五 rule)
        boolean afterBig = false;             // the last token was a big unit (四万万)
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
                afterBig = false;
                i = j;
            } else if (d >= 0 && (i == start || Numerals.bigUnit(text.charAt(i - 1)) != null)
                    && positionalRunEnd(text, i, end) > i) {
                int j = positionalRunEnd(text, i, end);
                number = positional(text, i, j); // 四七五亿, 二兆三四五六亿: digits read one by one
                chineseDigit = false;
                afterBig = false;
                i = j;
            } else if (d >= 0) {
                if (number != null && number.signum() != 0) {
                    return null; // two digits in a row among units: 三四万 is a range, not a number
                }
                number = BigDecimal.valueOf(d);
                chineseDigit = true;
                afterBig = false;
                zero |= d == 0;
                i++;
            } else if (Numerals.smallUnit(c) != null) {
                BigDecimal unit = Numerals.smallUnit(c);
                boolean none = number == null || chineseDigit && number.signum() == 0; // 一千零十: 零 is no multiplier
                section = section.add((none ? BigDecimal.ONE : number).multiply(unit));
                number = null;
                lastUnit = unit;
                afterBig = false;
                zero = false;
                i++;
            } else if (Numerals.tens(c) != null) {
                if (number != null && number.signum() != 0) {
                    return null;
                }
                section = section.add(Numerals.tens(c)); // 廿 20, 卅 30, 卌 40
                number = null;
                lastUnit = Numerals.TEN;
                afterBig = false;
                zero = false;
                i++;
            } else if (c == ' ' && i > start && Numerals.isArabic(text.charAt(i - 1)) && i + 1 < end
                    && Numerals.bigUnit(text.charAt(i + 1)) != null) {
                i++; // 300 亿: one space between the digits and their unit
            } else if ((c == '个' || c == '個') && i > start && i + 1 < end && Numerals.bigUnit(text.charAt(i + 1)) != null) {
                i++; // 两个亿: a spoken 个 before the big unit
            } else if (Numerals.bigUnit(c) != null) {
                BigDecimal unit = Numerals.bigUnit(c);
                if (number != null && chineseDigit && !zero && lastUnit != null && lastUnit.compareTo(Numerals.WAN) < 0
                        && number.signum() != 0) {
                    number = number.multiply(lastUnit).divide(Numerals.TEN); // 百二万 = 120万
                }
                BigDecimal value = section.add(number == null ? BigDecimal.ZERO : number);
                if (value.signum() == 0 && total.signum() == 0) {
                    value = BigDecimal.ONE; // 万亿, 亿 alone
                }
                if (afterBig && value.signum() == 0) {
                    total = total.multiply(unit); // 四万万, 10万万
                    largestBig = largestBig.max(unit);
                } else if (largestBig == null || unit.compareTo(largestBig) > 0) {
                    total = total.add(value).multiply(unit);
                    largestBig = unit;
                } else {
                    total = total.add(value.multiply(unit));
                }
                section = BigDecimal.ZERO;
                number = null;
                lastUnit = unit;
                afterBig = true;
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

    /**
     * End of a run of Chinese digits read one by one ({@code 四七五亿}, {@code 一二〇八亿}) starting
     * at {@code i}: two or more digits, not starting with 零 and without 两, right before a big
     * unit; two digits rising by one or two ({@code 三四万}, {@code 三五亿}) are a range instead.
     * {@code i} when there is no such run.
     */
    private static int positionalRunEnd(CharSequence text, int i, int end) {
        int j = i;
        while (j < end && Numerals.digit(text.charAt(j)) >= 0 && !Numerals.isArabic(text.charAt(j))
                && text.charAt(j) != '两' && text.charAt(j) != '兩' && text.charAt(j) != '倆') {
            j++;
        }
        if (j - i < 2 || j == end || Numerals.bigUnit(text.charAt(j)) == null || Numerals.digit(text.charAt(i)) == 0) {
            return i;
        }
        int rise = Numerals.digit(text.charAt(i + 1)) - Numerals.digit(text.charAt(i));
        return j - i == 2 && rise >= 1 && rise <= 2 ? i : j;
    }

    private static boolean isChineseDigitRun(CharSequence text, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Numerals.isArabic(c) || Numerals.digit(c) < 0 || c == '两' || c == '兩') {
                return false; // 两 never stands in a digit-by-digit figure (两两 is no 22)
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
            } else if ((c == ',' || c == '，' && commaGroups(text, j, end)) && !point && j + 3 < end + 1
                    && isGroupOfThree(text, j + 1, end)) {
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

    /**
     * A full-width comma separates thousands only among full-width digits or when more groups or
     * decimals follow (82，225.00): otherwise it ends a clause ($20，300美元 are two figures).
     */
    private static boolean commaGroups(CharSequence text, int j, int end) {
        char before = text.charAt(j - 1);
        if (before >= '０' && before <= '９') {
            return true;
        }
        if (j + 4 >= end) {
            return false;
        }
        char after = text.charAt(j + 4);
        return after == '.' || after == '．' || after == ',' || after == '，';
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
