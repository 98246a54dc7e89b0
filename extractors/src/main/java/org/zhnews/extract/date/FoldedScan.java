package org.zhnews.extract.date;

import java.math.BigDecimal;
import java.util.Optional;
import org.zhnews.core.number.ChineseNumber;

/**
 * The base of the date grammar's readers: the folded copy of the text they share ({@code f},
 * folded one to one by {@link DateScanner}, so offsets are those of the text), with the reading
 * of numbers and words on it and the character classes the grammar uses. One per text and
 * thread; the array is never written after construction.
 */
abstract class FoldedScan {

    private static final String CN_NUMERALS = "〇○零一二三四五六七八九十百两";
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
        return c >= '0' && c <= '9';
    }

    static boolean isNumeral(char c) {
        return c >= '〇' && CN_NUMERALS.indexOf(c) >= 0;
    }

    static boolean isAsciiAlnum(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
