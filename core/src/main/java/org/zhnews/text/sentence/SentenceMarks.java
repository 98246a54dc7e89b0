package org.zhnews.text.sentence;

/**
 * The marks the {@link SentenceSegmenter} ends sentences and clauses at, for code that asks
 * about one character in a small window (a cue a few characters before a name, the clause a
 * figure stands in) rather than about whole sentences, which it gets from the segmenter or the
 * document. One definition for the whole library. Stateless and thread-safe.
 */
public final class SentenceMarks {

    private SentenceMarks() {
    }

    /**
     * A character that ends a sentence wherever it stands: a Chinese end mark
     * ({@code 。！？；…}), the Latin {@code ! ? ;} (not the full stop, which needs its context:
     * {@code 3.5}, {@code U.S.}) or a line break.
     *
     * @param c a char
     * @return whether {@code c} is one
     */
    public static boolean isSentenceEnd(char c) {
        return Marks.isChineseEnd(c) || c == '!' || c == '?' || c == ';' || Marks.isLineBreak(c);
    }

    /**
     * A character that ends a clause: a {@linkplain #isSentenceEnd sentence end}, a clause mark
     * ({@code ，、：；} and their Latin forms) or a table cell separator.
     *
     * @param c a char
     * @return whether {@code c} is one
     */
    public static boolean isClauseEnd(char c) {
        return isSentenceEnd(c) || Marks.isClauseMark(c) || Marks.isCellSeparator(c);
    }
}
