package org.zhnews.text.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhnews.text.chars.CharClass;

/**
 * Finds number expressions in text, left to right, without overlaps: plain figures in any
 * script ({@code 7912.8万}, {@code 二十五万}), English multipliers ({@code 1.5 billion},
 * {@code 30B}), figures with more ({@code 100多亿}, {@code 50余}), vague counts ({@code 数十亿},
 * {@code 几百万}), round minimums ({@code 上万}), ranges ({@code 3-5亿}, {@code 3至5亿},
 * {@code 三四十}) and fraction prefixes ({@code 百分之三十}).
 *
 * <p>Numbers glued to Latin words ({@code Qwen2.5}, {@code GPT-4o}, {@code iOS26}) are skipped:
 * they are names, not figures. A run of Chinese numerals that does not read as one number is
 * passed over whole: its tail is never read as a number of its own. What a number counts
 * (money, users, percent) is for the extractors to decide from the words around it. One pass,
 * linear time. Stateless and thread-safe. Offsets are UTF-16 indexes into the scanned text.
 */
public final class NumberScanner {

    /** After these a hyphen joins two amounts (5万元-8万元) rather than starting a negative one. */
    private static final String NOT_BEFORE_HYPHEN_MINUS = "元圆圓币幣金镑鎊郎卢盧盾铢銖个個倍成";

    private NumberScanner() {
    }

    /**
     * All number expressions of {@code text}, in text order.
     *
     * @param text the text to scan
     * @return a new list of the expressions, not overlapping
     */
    public static List<NumberMatch> scan(CharSequence text) {
        Objects.requireNonNull(text, "text");
        List<NumberMatch> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (CharClass.isLatinLetter(c)) {
                i = skipWord(text, i);
                continue;
            }
            NumberMatch m = matchAt(text, i);
            if (m == null) {
                i = Math.max(i + 1, chineseNumeralRunEnd(text, i)); // never the tail: 七五亿 out of 四七五亿
                continue;
            }
            if (isWordNotNumber(text, m)) {
                i++;
                continue;
            }
            out.add(m);
            i = Math.max(m.end(), i + 1);
        }
        return out;
    }

    /**
     * End of the run of Chinese numerals (digits in Chinese or financial form, units) starting
     * at {@code i}: a number that could not be read there is skipped whole, so that its tail is
     * never read as a number of its own.
     */
    private static int chineseNumeralRunEnd(CharSequence text, int i) {
        int j = i;
        while (j < text.length() && Numerals.startsNumber(text.charAt(j)) && !Numerals.isArabic(text.charAt(j))) {
            j++;
        }
        return j;
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
            NumberMatch inner = RangeReader.plainOrRange(text, i + 3);
            if (inner != null && inner.form() == NumberForm.EXACT) {
                return new NumberMatch(i, inner.end(), inner.value(), Optional.empty(), Optional.empty(),
                        NumberForm.EXACT, fraction);
            }
            return null;
        }
        if (ChineseNumber.isMinus(c) && i + 1 < n && (i == 0 || minusMayFollow(text.charAt(i - 1))
                && (c == '负' || c == '負' || NOT_BEFORE_HYPHEN_MINUS.indexOf(text.charAt(i - 1)) < 0))
                && (c == '负' || c == '負' ? Numerals.startsNumber(text.charAt(i + 1)) : Numerals.isArabic(text.charAt(i + 1)))) {
            NumberMatch inner = RangeReader.plainOrRange(text, i + 1);
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
        if (!Numerals.startsNumber(c)) {
            return null;
        }
        if (i > 0 && gluedToWordBefore(text, i)) {
            return null;
        }
        return RangeReader.plainOrRange(text, i);
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
        return !CharClass.isLatinLetter(p) && !Numerals.startsNumber(p) && !ChineseNumber.isMinus(p) && ".%％_)）]】~～".indexOf(p) < 0;
    }

    /** A digit right after a Latin letter, or after -/. that follow one: Qwen2.5, GPT-4o. */
    private static boolean gluedToWordBefore(CharSequence text, int i) {
        char p = text.charAt(i - 1);
        if (CharClass.isLatinLetter(p) || Numerals.isArabic(p)) {
            return true;
        }
        if ((p == '-' || p == '.' || p == '_') && i >= 2) {
            char q = text.charAt(i - 2);
            return CharClass.isLatinLetter(q) || Numerals.isArabic(q) && p != '-';
        }
        return false;
    }

    private static int skipWord(CharSequence text, int i) {
        int j = i;
        while (j < text.length() && (CharClass.isLatinLetter(text.charAt(j)) || Numerals.isArabic(text.charAt(j))
                || (text.charAt(j) == '.' || text.charAt(j) == '-' || text.charAt(j) == '_')
                && j + 1 < text.length() && (CharClass.isLatinLetter(text.charAt(j + 1)) || Numerals.isArabic(text.charAt(j + 1))))) {
            j++;
        }
        return j;
    }
}
