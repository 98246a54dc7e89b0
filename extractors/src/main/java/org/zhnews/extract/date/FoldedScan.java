package org.zhnews.extract.date;

import org.zhnews.text.chars.NumeralChars;
import org.zhnews.text.chars.CharClass;
import java.math.BigDecimal;
import java.util.Optional;
import org.zhnews.text.number.ChineseNumber;

/**
 * The base of the date grammar's readers: the folded copy of the text they share ({@code f},
 * folded one to one by {@link DateScanner}, so offsets are those of the text), with the reading
 * of numbers and words on it and the character classes the grammar uses. One per text and
 * thread; the array is never written after construction.
 */
abstract class FoldedScan {

    /** What may follow a Chinese number in a date: 年, 月, 日/号, 季(度), 个(月前), 天/周/星(期前). */
    private static final String UNIT_AFTER_NUMERAL = "年月日号季个天周星";

    final char[] f;
    final int n;

    FoldedScan(char[] f) {
        this.f = f;
        this.n = f.length;
    }

    // ---- numbers ------------------------------------------------------------------------------

    /** A number of at most five Arabic digits or eight Chinese numerals. */
    record Num(int end, int value, boolean ascii, boolean positional) {
        int length(int start) {
            return end - start;
        }
    }

    Num readNumber(int i) {
        if (i >= n) {
            return null;
        }
        boolean ascii = isDigit(f[i]);
        if (!ascii && !isNumeral(f[i])) {
            return null;
        }
        int max = ascii ? 5 : 8; // 一百一十四
        int j = i;
        while (j < n && j - i <= max && (ascii ? isDigit(f[j]) : isNumeral(f[j]))) {
            j++;
        }
        if (j - i > max) {
            return null;
        }
        if (ascii) {
            int v = 0;
            for (int k = i; k < j; k++) {
                v = v * 10 + (f[k] - '0');
            }
            return new Num(j, v, true, false);
        }
        if (j >= n || UNIT_AFTER_NUMERAL.indexOf(f[j]) < 0) {
            return null; // 一个, 统一: most Chinese numerals begin no date; skip the parse
        }
        String run = new String(f, i, j - i);
        boolean positional = run.length() >= 2 && run.indexOf('十') < 0;
        if (positional && run.indexOf('两') >= 0) {
            return null;
        }
        Optional<BigDecimal> v = ChineseNumber.parse(run);
        if (v.isEmpty() || v.get().signum() < 0 || v.get().compareTo(BigDecimal.valueOf(99_999)) > 0
                || v.get().stripTrailingZeros().scale() > 0) {
            return null;
        }
        return new Num(j, v.get().intValue(), false, positional);
    }

    // ---- characters ---------------------------------------------------------------------------

    boolean matches(int k, String word) {
        if (k + word.length() > n) {
            return false;
        }
        for (int x = 0; x < word.length(); x++) {
            if (f[k + x] != word.charAt(x)) {
                return false;
            }
        }
        return true;
    }

    static boolean isDigit(char c) {
        return CharClass.isAsciiDigit(c);
    }

    /** A Chinese numeral a date is written with: an everyday Chinese digit, 十 or 百. */
    static boolean isNumeral(char c) {
        return NumeralChars.isChineseDigit(c) || c == '十' || c == '百';
    }

    static boolean isAsciiAlnum(char c) {
        return CharClass.isAsciiAlnum(c);
    }

    static boolean isHan(char c) {
        return CharClass.isHan(c);
    }
}
