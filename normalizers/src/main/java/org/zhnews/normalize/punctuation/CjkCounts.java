package org.zhnews.normalize.punctuation;

import org.zhnews.text.chars.CharClass;

/** Prefix counts of CJK letters and of code-like symbols, for O(1) range queries. */
final class CjkCounts {

    private static final String CODE = "=;{}[]<>\\|$@#'\"`";

    private final int[] cjk;
    private final int[] code;

    CjkCounts(CharSequence s) {
        int n = s.length();
        cjk = new int[n + 1];
        code = new int[n + 1];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean isCjk = CharClass.isCjk(c)
                    || Character.isHighSurrogate(c) && CharClass.isCjk(Character.codePointAt(s, i));
            cjk[i + 1] = cjk[i] + (isCjk ? 1 : 0);
            code[i + 1] = code[i] + (CODE.indexOf(c) >= 0 ? 1 : 0);
        }
    }

    /** Whether {@code [start, end)} holds a CJK letter. */
    boolean hasCjk(int start, int end) {
        return end > start && cjk[end] - cjk[start] > 0;
    }

    /** Whether {@code [start, end)} holds a symbol typical of code or markup. */
    boolean hasCode(int start, int end) {
        return end > start && code[end] - code[start] > 0;
    }
}
