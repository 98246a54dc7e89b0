package org.zhnews.normalize.punctuation;

import java.util.List;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.fold.CharFold;

/**
 * Folds full-width ASCII letters, digits and a few symbols to half-width ({@code ＡＩ} ->
 * {@code AI}, {@code ２０２５} -> {@code 2025}, {@code ％} -> {@code %}); a full-width
 * {@code ．} or {@code －} between two digits or letters becomes {@code .} / {@code -}.
 * Full-width punctuation used in Chinese text (，：；？！（）) and U+3000 stay. The half-width
 * forms are those of the shared fold ({@link CharFold#toHalfWidth}); unlike the fold, this pass
 * is selective and records each replacement as an edit.
 */
final class WidthFolder implements Pass {

    private static final String SYMBOLS = "％＋＝＠＃＆＄＿";

    @Override
    public Result apply(String text) {
        Edits edits = new Edits(text);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!CharClass.isFullWidthAscii(c)) {
                continue;
            }
            char half = CharFold.toHalfWidth(c);
            if (CharClass.isAsciiAlnum(half) || SYMBOLS.indexOf(c) >= 0) {
                edits.replace(i, i + 1, String.valueOf(half));
            } else if ((c == '．' || c == '－') && i > 0 && i + 1 < n
                    && CharClass.isLatinWordChar(text.charAt(i - 1)) && CharClass.isLatinWordChar(text.charAt(i + 1))
                    && (c == '－' || CharClass.isArabicDigit(text.charAt(i - 1)) && CharClass.isArabicDigit(text.charAt(i + 1)))) {
                edits.replace(i, i + 1, String.valueOf(half));
            }
        }
        return edits.apply(List.of());
    }
}
