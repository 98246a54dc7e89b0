package org.zhnews.extract.structure;

import java.util.ArrayList;
import java.util.List;
import org.zhnews.text.chars.CharSketch;
import org.zhnews.text.fold.CharFold;

/**
 * One line of the normalized text, with surrounding whitespace trimmed.
 *
 * @param rawStart where the line begins (just after the previous line break)
 * @param start    where its content begins (after leading whitespace)
 * @param end      where its content ends (before trailing whitespace and the line break)
 * @param text     the content, {@code text.substring(start, end)} of the whole text
 * @param folded   the content folded for cue matching, as long as {@code text}
 * @param sketch   the {@link CharSketch} of {@code folded}: the cues that cannot occur in it are skipped
 */
record Line(int rawStart, int start, int end, String text, String folded, long sketch) {

    /** A line whose sketch is computed from {@code folded}. */
    Line(int rawStart, int start, int end, String text, String folded) {
        this(rawStart, start, end, text, folded, CharSketch.of(folded));
    }

    /** Whether the line holds nothing but whitespace. */
    boolean blank() {
        return text.isEmpty();
    }

    /** The content's length in code points. */
    int length() {
        return text.codePointCount(0, text.length());
    }

    /** Splits {@code text} into lines at {@code \n}; a {@code \r} before it is whitespace. */
    static List<Line> split(String text, CharFold fold) {
        List<Line> lines = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (pos <= n) {
            int nl = text.indexOf('\n', pos);
            int stop = nl < 0 ? n : nl;
            int s = pos;
            while (s < stop && isSpace(text.charAt(s))) {
                s++;
            }
            int e = stop;
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            String content = text.substring(s, e);
            lines.add(new Line(pos, s, e, content, fold.fold(content)));
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return lines;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
