package org.zhnews.normalize.punctuation;

import java.util.List;

/**
 * Folds full-width ASCII letters, digits and a few symbols to half-width ({@code ＡＩ} ->
 * {@code AI}, {@code ２０２５} -> {@code 2025}, {@code ％} -> {@code %}); a full-width
 * {@code ．} or {@code －} between two digits or letters becomes {@code .} / {@code -}.
 * Full-width punctuation used in Chinese text (，：；？！（）) and U+3000 stay.
 */
final class WidthFolder implements Pass {

    private static final String SYMBOLS = "％＋＝＠＃＆＄＿";

    @Override
    public Result apply(String text) {
        Edits edits = new Edits(text);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0xFF01 || c > 0xFF5E) {
                continue;
            }
            char half = (char) (c - 0xFEE0);
            if (Chars.isAsciiAlnum(half) || SYMBOLS.indexOf(c) >= 0) {
                edits.replace(i, i + 1, String.valueOf(half));
            } else if ((c == '．' || c == '－') && i > 0 && i + 1 < n
                    && isFoldedAlnum(text.charAt(i - 1)) && isFoldedAlnum(text.charAt(i + 1))
                    && (c == '－' || isFoldedDigit(text.charAt(i - 1)) && isFoldedDigit(text.charAt(i + 1)))) {
                edits.replace(i, i + 1, String.valueOf(half));
            }
        }
        return edits.apply(List.of());
    }

    private static boolean isFoldedAlnum(char c) {
        return Chars.isAsciiAlnum(c) || (c > 0xFEE0 && Chars.isAsciiAlnum(c - 0xFEE0));
    }

    private static boolean isFoldedDigit(char c) {
        return Chars.isAsciiDigit(c) || (c > 0xFEE0 && Chars.isAsciiDigit(c - 0xFEE0));
    }
}
