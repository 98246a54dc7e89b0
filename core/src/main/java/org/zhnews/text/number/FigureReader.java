package org.zhnews.text.number;

import java.math.BigDecimal;
import java.util.Optional;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.chars.NumeralChars;

/**
 * Reads one figure for {@link NumberScanner}: digits and units in any script, an optional
 * 多/余/几 among them, an English multiplier after Arabic digits ({@code 1.5 billion},
 * {@code 30B}), or two neighbouring Chinese digits as a range ({@code 三四十}). Stateless.
 */
final class FigureReader {

    /** Longest number expression read; longer runs of numeral characters are not figures. */
    private static final int MAX_FIGURE_LENGTH = 32;

    private FigureReader() {
    }

    /** Whether an SI unit follows 兆 at {@code at} (瓦 watt, 赫 hertz, 帕 pascal, 焦 joule, 字节 byte, 比特 bit). */
    private static boolean siMega(CharSequence text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return "瓦赫帕焦".indexOf(c) >= 0 || at + 1 < text.length()
                && ("字节".contentEquals(text.subSequence(at, at + 2)) || "字節".contentEquals(text.subSequence(at, at + 2))
                || "比特".contentEquals(text.subSequence(at, at + 2)));
    }

    /** One figure: digits and units, an optional 多/余 among them, an optional multiplier. */
    static NumberMatch figure(CharSequence text, int i) {
        int n = text.length();
        int j = i;
        int more = -1;
        int limit = Math.min(n, i + MAX_FIGURE_LENGTH);
        while (j < limit) {
            char c = text.charAt(j);
            if (Numerals.isArabic(c)) {
                if (more >= 0 || j > i && NumeralChars.allUnits(text, i, j)) {
                    break; // 每百万4元: a bare unit is a denominator, the Arabic figure after it is its own
                }
                j = ChineseNumber.scanArabic(text, j, limit);
            } else if (c == '兆' && j > i && siMega(text, j + 1)) {
                break; // 350兆瓦, 2.4兆赫: 兆 is the SI prefix mega there, not 10^12
            } else if (Numerals.digit(c) >= 0 && more < 0 || Numerals.isUnit(c)) {
                j++;
            } else if (more < 0 && spaceBeforeUnit(text, i, j, limit)) {
                j++; // 1200 多亿, 300 亿: Taiwan sites space the digits from the unit
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
                boolean bigUnits = false;
                for (int u = i; u < j; u++) {
                    units |= Numerals.isUnit(text.charAt(u));
                    bigUnits |= Numerals.bigUnit(text.charAt(u)) != null;
                }
                j = k;
                if (units) {
                    while (!bigUnits && j < limit && Numerals.bigUnit(text.charAt(j)) != null) {
                        j++; // 二百四十一點六億: small units before 点, big units after
                    }
                    break; // 两千点五: nothing else after the decimals
                }
            } else if ((c == '个' || c == '個') && more < 0 && j > i && j + 1 < limit
                    && Numerals.bigUnit(text.charAt(j + 1)) != null && Numerals.startsNumber(text.charAt(j - 1))) {
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
        if (more >= 0 && text.charAt(more - 1) == ' ') {
            numEnd--;
        }
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
            } else if (j < n && CharClass.isLatinLetter(text.charAt(j))) {
                return null; // 4o, 3D, 5G: part of a name
            }
        }
        return new NumberMatch(i, k, Optional.of(ChineseNumber.normalize(value)), Optional.empty(), Optional.empty(),
                NumberForm.EXACT, NumberMatch.Fraction.NONE);
    }

    /** One space at {@code j} between an Arabic figure and a big unit or 多/余 after it ({@code 1200 多亿}). */
    static boolean spaceBeforeUnit(CharSequence text, int i, int j, int limit) {
        if (text.charAt(j) != ' ' || j == i || j + 1 >= limit || !Numerals.isArabic(text.charAt(j - 1))) {
            return false;
        }
        char c = text.charAt(j + 1);
        return Numerals.bigUnit(c) != null || c == '多' || c == '余' || c == '餘';
    }

    /** 三四十, 七八万, 五六个: two neighbouring Chinese digits, then units or nothing. */
    static NumberMatch adjacentDigitRange(CharSequence text, int i, int numEnd, int end) {
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

    static int chineseDigit(char c) {
        return Numerals.isArabic(c) ? -1 : Numerals.digit(c);
    }

    /** The value of the last place that is not zero: 100 -> 100, 50 -> 10, 3000 -> 1000, 15 -> 1. */
    static BigDecimal lowestPlace(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return BigDecimal.ONE.scaleByPowerOfTen(-s.scale());
    }

    /** billion, million, thousand, trillion, bn, B, M, K after a figure; sets end in out[0]. */
    static BigDecimal englishMultiplier(CharSequence text, int j, int[] out) {
        int n = text.length();
        int k = j;
        if (k < n && text.charAt(k) == ' ') {
            k++;
        }
        int w = k;
        while (w < n && CharClass.isLatinLetter(text.charAt(w))) {
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
}
