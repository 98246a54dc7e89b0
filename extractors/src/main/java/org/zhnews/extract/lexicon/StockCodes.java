package org.zhnews.extract.lexicon;

import org.zhnews.text.chars.CharClass;

/**
 * Whether a listing mark follows a name: a Hong Kong share-class suffix ({@code 快手-W},
 * {@code 小米-SW}) or a stock code in brackets, bare or after an exchange prefix
 * ({@code 寒武纪(SH688256)}, {@code 快手（01024）}, {@code 腾讯(0700.HK)}). A name written so is
 * the listed company, whatever else the word means. Stateless; linear in the few characters
 * read.
 */
final class StockCodes {

    /** Hong Kong share-class markers after a hyphen (weighted voting, secondary listing...). */
    private static final String[] CLASS_SUFFIXES = {"-SW", "-WR", "-W", "-S", "-B", "-P"};
    private static final int MAX_PREFIX = 6;

    private StockCodes() {
    }

    /** Whether a listing mark begins at {@code end} of {@code text}. */
    static boolean after(String text, int end) {
        int i = end;
        for (String s : CLASS_SUFFIXES) {
            if (text.startsWith(s, i)) {
                int next = i + s.length();
                if (next >= text.length() || !CharClass.isAsciiLetter(text.charAt(next))) {
                    return true;
                }
            }
        }
        return bracketedCode(text, i);
    }

    /** {@code (SH688256)}, {@code （01024）}, {@code (0700.HK)}, {@code （股票代码：…）} is read elsewhere. */
    private static boolean bracketedCode(String text, int i) {
        if (i >= text.length() || text.charAt(i) != '(' && text.charAt(i) != '（') {
            return false;
        }
        int p = i + 1;
        int letters = 0;
        while (p < text.length() && isUpper(text.charAt(p)) && letters <= MAX_PREFIX) {
            p++;
            letters++;
        }
        if (letters > MAX_PREFIX) {
            return false;
        }
        if (letters > 0 && p < text.length() && (text.charAt(p) == '.' || text.charAt(p) == ':' || text.charAt(p) == '：')) {
            p++;
        }
        int digits = 0;
        while (p < text.length() && Character.isDigit(text.charAt(p))) {
            p++;
            digits++;
        }
        if (digits < 4 || digits > 6) {
            return false;
        }
        if (p < text.length() && text.charAt(p) == '.') {
            int q = p + 1;
            while (q < text.length() && isUpper(text.charAt(q)) && q - p <= 2) {
                q++;
            }
            p = q - p >= 2 ? q : p;
        }
        return p < text.length() && (text.charAt(p) == ')' || text.charAt(p) == '）');
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
