package org.zhnews.extract.lexicon;

import java.util.List;

/**
 * Whether a cue word stands right beside a name, spaces between them skipped: the one test
 * both cue tables ({@link ContextCues}, {@link ReadingCues}) ask. Stateless.
 */
final class CueWords {

    /** A cue that stands for any digit ({@code 1024字节}: a number before 字节). */
    static final String DIGIT = "#digit";

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
            if (w.equals(DIGIT) ? i < text.length() && Character.isDigit(text.charAt(i)) : text.startsWith(w, i)) {
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
}
