package org.zhnews.core.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds number expressions in text, left to right, without overlaps: plain figures in any
 * script ({@code 7912.8万}, {@code 二十五万}), English multipliers ({@code 1.5 billion},
 * {@code 30B}), figures with more ({@code 100多亿}, {@code 50余}), vague counts ({@code 数十亿},
 * {@code 几百万}), round minimums ({@code 上万}), ranges ({@code 3-5亿}, {@code 3至5亿},
 * {@code 三四十}) and fraction prefixes ({@code 百分之三十}).
 *
 * <p>Numbers glued to Latin words ({@code Qwen2.5}, {@code GPT-4o}, {@code iOS26}) are skipped:
 * they are names, not figures. What a number counts (money, users, percent) is for the
 * extractors to decide from the words around it. One pass, linear time. Stateless and
 * thread-safe.
 */
public final class NumberScanner {

    private static final String RANGE_SEPARATORS = "-~～至到—–";
    /** After these a hyphen joins two amounts (5万元-8万元) rather than starting a negative one. */
    private static final String NOT_BEFORE_HYPHEN_MINUS = "元圆圓币幣金镑鎊郎卢盧盾铢銖个個倍成";
    /** Longest number expression read; longer runs of numeral characters are not figures. */
    private static final int MAX_FIGURE_LENGTH = 32;

    private NumberScanner() {
    }

    /** All number expressions of {@code text}, in text order. */
    public static List<NumberMatch> scan(CharSequence text) {
        Objects.requireNonNull(text, "text");
        List<NumberMatch> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isLatinLetter(c)) {
                i = skipWord(text, i);
                continue;
            }
            NumberMatch m = matchAt(text, i);
            if (m == null || isWordNotNumber(text, m)) {
                i++;
                continue;
            }
            out.add(m);
            i = Math.max(m.end(), i + 1);
        }
        return out;
    }

    /**
     * A lone unit (百 in 百度, 万 in 万达, 万万) or a lone financial numeral (拾 in 收拾, 伍 in 入伍,
     * 陆 in 大陆) is a word, not a number; 十 alone is ten.
     */
    private static boolean isWordNotNumber(CharSequence text, NumberMatch m) {
        if (m.fraction() != NumberMatch.Fraction.NONE || m.form() != NumberForm.EXACT) {
            return false;
        }
        char first = text.charAt(m.start());
        if (m.end() - m.start() == 1) {
            return Numerals.isFinancial(first) || Numerals.isUnit(first) && first != '十';
        }
        for (int k = m.start(); k < m.end(); k++) {
            char c = text.charAt(k);
            if (c != '万' && c != '萬') {
                return false;
            }
        }
        return true;
    }

    private static NumberMatch matchAt(CharSequence text, int i) {
        int n = text.length();
        char c = text.charAt(i);
        NumberMatch.Fraction fraction = fractionPrefix(c);
        if (fraction != null && i + 3 < n && text.charAt(i + 1) == '分' && text.charAt(i + 2) == '之') {
            NumberMatch inner = plainOrRange(text, i + 3);
            if (inner != null && inner.form() == NumberForm.EXACT) {
                return new NumberMatch(i, inner.end(), inner.value(), Optional.empty(), Optional.empty(),
                        NumberForm.EXACT, fraction);
            }
            return null;
        }
        if (ChineseNumber.isMinus(c) && i + 1 < n && (i == 0 || minusMayFollow(text.charAt(i - 1))
                && (c == '负' || c == '負' || NOT_BEFORE_HYPHEN_MINUS.indexOf(text.charAt(i - 1)) < 0))
                && (c == '负' || c == '負' ? startsNumber(text.charAt(i + 1)) : Numerals.isArabic(text.charAt(i + 1)))) {
            NumberMatch inner = plainOrRange(text, i + 1);
            if (inner != null && inner.form() == NumberForm.EXACT && inner.value().isPresent()) {
                return new NumberMatch(i, inner.end(), Optional.of(ChineseNumber.normalize(inner.value().get().negate())),
                        Optional.empty(), Optional.empty(), NumberForm.EXACT, NumberMatch.Fraction.NONE);
            }
            return null;
        }
        if ((c == '数' || c == '數' || c == '几' || c == '幾' || c == '上') && i + 1 < n && Numerals.isUnit(text.charAt(i + 1))
                && !Numerals.isFinancial(text.charAt(i + 1))) {
            int j = i + 1;
            while (j < n && Numerals.isUnit(text.charAt(j))) {
                j++;
            }
            BigDecimal unit = ChineseNumber.parse(text, i + 1, j);
            if (unit == null) {
                return null;
            }
            if (c == '上') {
                return new NumberMatch(i, j, Optional.of(unit), Optional.of(unit), Optional.empty(),
                        NumberForm.AT_LEAST, NumberMatch.Fraction.NONE);
            }
            // 数十亿: some billions, [1e9, 1e10)
            return new NumberMatch(i, j, Optional.empty(), Optional.of(unit),
                    Optional.of(ChineseNumber.normalize(unit.multiply(BigDecimal.TEN))), NumberForm.VAGUE,
                    NumberMatch.Fraction.NONE);
        }
        if (!startsNumber(c)) {
            return null;
        }
        if (i > 0 && gluedToWordBefore(text, i)) {
            return null;
        }
        return plainOrRange(text, i);
    }

    private static NumberMatch.Fraction fractionPrefix(char c) {
        switch (c) {
            case '百', '佰':
                return NumberMatch.Fraction.PERCENT;
            case '千', '仟':
                return NumberMatch.Fraction.PERMILLE;
            case '万', '萬':
                return NumberMatch.Fraction.PERMYRIAD;
            default:
                return null;
        }
    }

    /** A minus sign starts a number after a space, punctuation or a Chinese word, not after a figure or name. */
    private static boolean minusMayFollow(char p) {
        return !isLatinLetter(p) && !startsNumber(p) && !ChineseNumber.isMinus(p) && ".%％_)）]】~～".indexOf(p) < 0;
    }

    /** Length of a range separator at {@code j}: 1 (-, ~, 至, 到), 2 (——, --, ～～), or 0. */
    private static int separatorLength(CharSequence text, int j) {
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
    private static NumberMatch plainOrRange(CharSequence text, int i) {
        int n = text.length();
        NumberMatch first = figure(text, i);
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
                && startsNumber(text.charAt(j + sep)) && !(text.charAt(j) == '-' && Numerals.digit(text.charAt(j + sep)) >= 0
                && !Numerals.isArabic(text.charAt(j + sep)))) {
            NumberMatch second = figure(text, j + sep);
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

    /** One figure: digits and units, an optional 多/余 among them, an optional multiplier. */
    private static NumberMatch figure(CharSequence text, int i) {
        int n = text.length();
        int j = i;
        int more = -1;
        int limit = Math.min(n, i + MAX_FIGURE_LENGTH);
        while (j < limit) {
            char c = text.charAt(j);
            if (Numerals.isArabic(c)) {
                if (more >= 0) {
                    break;
                }
                j = ChineseNumber.scanArabic(text, j, limit);
            } else if (Numerals.digit(c) >= 0 && more < 0 || Numerals.isUnit(c)) {
                j++;
            } else if ((c == '点' || c == '點') && more < 0 && j > i && j + 1 < n
                    && (chineseDigit(text.charAt(j - 1)) >= 0 || Numerals.isUnit(text.charAt(j - 1)))) {
                int k = j + 1;
                while (k < limit && chineseDigit(text.charAt(k)) >= 0 && text.charAt(k) != '两' && text.charAt(k) != '兩') {
                    k++;
                }
                if (k == j + 1 || k < n && (text.charAt(k) == '分' || Numerals.smallUnit(text.charAt(k)) != null)) {
                    break; // 一点两小时, 十点二十分: a time, not a decimal
                }
                boolean units = false;
                for (int u = i; u < j; u++) {
                    units |= Numerals.isUnit(text.charAt(u));
                }
                j = k;
                if (units) {
                    break; // 两千点五: nothing after the decimals
                }
            } else if ((c == '个' || c == '個') && more < 0 && j > i && j + 1 < limit
                    && Numerals.bigUnit(text.charAt(j + 1)) != null && startsNumber(text.charAt(j - 1))) {
                j++; // 两个亿
            } else if ((c == '多' || c == '余' || c == '餘'
                    || (c == '几' || c == '幾') && j > i && (Numerals.isUnit(text.charAt(j - 1)) || text.charAt(j - 1) == '零'))
                    && more < 0 && j > i) {
                more = j;
                j++;
            } else {
                break;
            }
        }
        if (j >= limit && limit < n && (Numerals.isUnit(text.charAt(limit)) || Numerals.digit(text.charAt(limit)) >= 0)) {
            return null;
        }
        int numEnd = more >= 0 ? more : j;
        NumberMatch range = adjacentDigitRange(text, i, numEnd, j);
        if (range != null) {
            return range;
        }
        BigDecimal value = ChineseNumber.parse(text, i, numEnd);
        if (value == null) {
            return null;
        }
        if (more >= 0) {
            BigDecimal scale = more + 1 < j ? ChineseNumber.parse(text, more + 1, j) : BigDecimal.ONE;
            if (scale == null) {
                return null;
            }
            BigDecimal step = text.charAt(more - 1) == '零' ? Numerals.TEN : lowestPlace(value);
            BigDecimal lo = value.multiply(scale);
            BigDecimal hi = value.add(step).multiply(scale);
            return new NumberMatch(i, j, Optional.of(ChineseNumber.normalize(lo)), Optional.of(ChineseNumber.normalize(lo)),
                    Optional.of(ChineseNumber.normalize(hi)), NumberForm.MORE_THAN, NumberMatch.Fraction.NONE);
        }
        int k = j;
        if (Numerals.isArabic(text.charAt(j - 1))) {
            int[] mult = new int[1];
            BigDecimal factor = englishMultiplier(text, j, mult);
            if (factor != null) {
                value = value.multiply(factor);
                k = mult[0];
            } else if (j < n && isLatinLetter(text.charAt(j))) {
                return null; // 4o, 3D, 5G: part of a name
            }
        }
        return new NumberMatch(i, k, Optional.of(ChineseNumber.normalize(value)), Optional.empty(), Optional.empty(),
                NumberForm.EXACT, NumberMatch.Fraction.NONE);
    }

    /** 三四十, 七八万, 五六个: two neighbouring Chinese digits, then units or nothing. */
    private static NumberMatch adjacentDigitRange(CharSequence text, int i, int numEnd, int end) {
        if (numEnd - i < 2) {
            return null;
        }
        int d1 = chineseDigit(text.charAt(i));
        int d2 = chineseDigit(text.charAt(i + 1));
        if (d1 <= 0 || d2 <= 0 || d2 <= d1 || d2 - d1 > 2) {
            return null;
        }
        if (i + 2 < numEnd && chineseDigit(text.charAt(i + 2)) >= 0) {
            return null;
        }
        BigDecimal unit = i + 2 < numEnd ? ChineseNumber.parse(text, i + 2, numEnd) : BigDecimal.ONE;
        if (unit == null || numEnd != end) {
            return null;
        }
        return new NumberMatch(i, end, Optional.empty(), Optional.of(unit.multiply(BigDecimal.valueOf(d1))),
                Optional.of(unit.multiply(BigDecimal.valueOf(d2))), NumberForm.RANGE, NumberMatch.Fraction.NONE);
    }

    private static int chineseDigit(char c) {
        return Numerals.isArabic(c) ? -1 : Numerals.digit(c);
    }

    /** The value of the last place that is not zero: 100 -> 100, 50 -> 10, 3000 -> 1000, 15 -> 1. */
    private static BigDecimal lowestPlace(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return BigDecimal.ONE.scaleByPowerOfTen(-s.scale());
    }

    /**
     * The scales a range's second figure may lend its first, most specific first: its whole
     * trailing unit run (5千万: 千万), its big units only (三十万: 万), its English multiplier
     * (15k), its last small unit (三千: 千).
     */
    private static List<BigDecimal> tailScales(CharSequence text, NumberMatch m) {
        List<BigDecimal> out = new ArrayList<>(2);
        int end = m.end();
        char last = text.charAt(end - 1);
        if (isLatinLetter(last)) {
            int k = end;
            while (k > m.start() && (isLatinLetter(text.charAt(k - 1)) || text.charAt(k - 1) == ' ')) {
                k--;
            }
            BigDecimal f = englishMultiplier(text, k, new int[1]);
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
    private static boolean hasScale(CharSequence text, NumberMatch m, boolean small) {
        for (int k = m.start(); k < m.end(); k++) {
            char c = text.charAt(k);
            if (Numerals.bigUnit(c) != null || isLatinLetter(c) || small && Numerals.isUnit(c)) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal trailingBigUnit(CharSequence text, int start, int end) {
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

    private static int unitRunStart(CharSequence text, int start, int k) {
        int s = k;
        while (s > start && Numerals.isUnit(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /** billion, million, thousand, trillion, bn, B, M, K after a figure; sets end in out[0]. */
    private static BigDecimal englishMultiplier(CharSequence text, int j, int[] out) {
        int n = text.length();
        int k = j;
        if (k < n && text.charAt(k) == ' ') {
            k++;
        }
        int w = k;
        while (w < n && isLatinLetter(text.charAt(w))) {
            w++;
        }
        if (w == k || w < n && (Character.isLetterOrDigit(text.charAt(w)) && text.charAt(w) < 128)) {
            return null;
        }
        String word = text.subSequence(k, w).toString();
        BigDecimal f = switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "trillion", "tn" -> BigDecimal.TEN.pow(12);
            case "billion", "bn" -> BigDecimal.TEN.pow(9);
            case "million", "mn", "mln" -> BigDecimal.TEN.pow(6);
            case "thousand" -> BigDecimal.TEN.pow(3);
            default -> null;
        };
        if (f == null && k == j) {
            f = switch (word) {
                case "T" -> BigDecimal.TEN.pow(12);
                case "B" -> BigDecimal.TEN.pow(9);
                case "M" -> BigDecimal.TEN.pow(6);
                case "K", "k" -> BigDecimal.TEN.pow(3);
                default -> null;
            };
        }
        out[0] = w;
        return f;
    }

    private static boolean startsNumber(char c) {
        return Numerals.digit(c) >= 0 || Numerals.isUnit(c);
    }

    /** A digit right after a Latin letter, or after -/. that follow one: Qwen2.5, GPT-4o. */
    private static boolean gluedToWordBefore(CharSequence text, int i) {
        char p = text.charAt(i - 1);
        if (isLatinLetter(p) || Numerals.isArabic(p)) {
            return true;
        }
        if ((p == '-' || p == '.' || p == '_') && i >= 2) {
            char q = text.charAt(i - 2);
            return isLatinLetter(q) || Numerals.isArabic(q) && p != '-';
        }
        return false;
    }

    private static int skipWord(CharSequence text, int i) {
        int j = i;
        while (j < text.length() && (isLatinLetter(text.charAt(j)) || Numerals.isArabic(text.charAt(j))
                || (text.charAt(j) == '.' || text.charAt(j) == '-' || text.charAt(j) == '_')
                && j + 1 < text.length() && (isLatinLetter(text.charAt(j + 1)) || Numerals.isArabic(text.charAt(j + 1))))) {
            j++;
        }
        return j;
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 'ａ' && c <= 'ｚ' || c >= 'Ａ' && c <= 'Ｚ';
    }
}
