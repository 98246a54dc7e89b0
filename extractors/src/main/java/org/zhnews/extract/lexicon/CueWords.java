package org.zhnews.extract.lexicon;

import java.util.List;

/**
 * Whether a cue word stands right beside a name, spaces between them skipped: the one test
 * both cue tables ({@link ContextCues}, {@link ReadingCues}) ask. Stateless.
 */
final class CueWords {

    /** A cue that stands for any digit ({@code 1024字节}: a number before 字节). */
    static final String DIGIT = "#digit";
    /**
     * A cue that stands for a product code after a brand ({@code 苹果A19}, {@code 苹果M4 Pro}): one
     * or two capital Latin letters, then a digit (right side only).
     */
    static final String CODE = "#code";

    private CueWords() {
    }

    /** Whether one of {@code words} ({@code null}: none) begins at {@code end}, past spaces. */
    static boolean after(String text, int end, List<String> words) {
        if (words == null) {
            return false;
        }
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        for (String w : words) {
            if (w.equals(CODE) ? codeAt(text, i)
                    : w.equals(DIGIT) ? i < text.length() && Character.isDigit(text.charAt(i)) : text.startsWith(w, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code words} ({@code null}: none) ends at {@code start}, before spaces. */
    static boolean before(String text, int start, List<String> words) {
        if (words == null) {
            return false;
        }
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        for (String w : words) {
            if (w.equals(DIGIT) ? i > 0 && Character.isDigit(text.charAt(i - 1))
                    : i >= w.length() && text.startsWith(w, i - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a product code starts at {@code i}: one or two capitals, then an ASCII digit. */
    private static boolean codeAt(String text, int i) {
        int p = i;
        while (p < text.length() && p - i < 2 && text.charAt(p) >= 'A' && text.charAt(p) <= 'Z') {
            p++;
        }
        return p > i && p < text.length() && text.charAt(p) >= '0' && text.charAt(p) <= '9';
    }
}
