package org.zhnews.extract.structure;

import org.zhnews.text.sentence.SentenceMarks;

/**
 * Layout predicates on one folded line: separators, list items, hashtags, headline shape,
 * paragraph shape. Pure functions, linear in the line's length. They read marks on a line
 * ({@link SentenceMarks}) rather than the document's sentences: the structure step runs before
 * the sentences exist, and they are made per article from what it finds.
 */
final class LineShape {

    static final int TITLE_MIN = 5;
    static final int TITLE_MAX = 64;
    /** A line at least this long is a paragraph whatever its punctuation. */
    static final int PARAGRAPH_MIN = 40;
    /** A list or short line up to this long can be footer junk. */
    static final int JUNK_LIST_MAX = 80;
    static final int JUNK_SHORT_MAX = 40;

    private static final String SEPARATOR_CHARS = "-—–=_*~─━·.•";
    private static final String BULLETS = "-·•*▪●◆■◇○□>▶►▸";
    /** Marks a headline does not end with: it would stop mid-sentence or close one ({@code ？！} may end it). */
    private static final String NOT_TITLE_END = "。;,、:…";

    private LineShape() {
    }

    /** A rule of at least three dashes, equals signs, stars or the like. */
    static boolean separator(String f) {
        int count = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (SEPARATOR_CHARS.indexOf(c) >= 0) {
                count++;
            } else if (c != ' ') {
                return false;
            }
        }
        return count >= 3;
    }

    /** A category or hashtag line ({@code #AI部署}). */
    static boolean hashtag(String f) {
        return f.length() >= 2 && f.length() <= 20 && f.charAt(0) == '#';
    }

    /** A list item: a bullet, or a number followed by {@code .}, {@code 、} or {@code )}. */
    static boolean listItem(String f) {
        if (f.isEmpty()) {
            return false;
        }
        if (BULLETS.indexOf(f.charAt(0)) >= 0) {
            return f.length() == 1 || f.charAt(1) != f.charAt(0);
        }
        int i = 0;
        while (i < f.length() && i < 3 && Character.isDigit(f.charAt(i))) {
            i++;
        }
        if (i == 0 || i >= f.length()) {
            return false;
        }
        char c = f.charAt(i);
        if (c == '、' || c == ')') {
            return true;
        }
        return c == '.' && (i + 1 == f.length() || !Character.isDigit(f.charAt(i + 1)));
    }

    /** How many sentence-ending marks the line holds. */
    static int sentenceEnds(String f) {
        int n = 0;
        for (int i = 0; i < f.length(); i++) {
            if (SentenceMarks.isSentenceEnd(f.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The last character, skipping closing quotes and brackets. */
    static char lastMark(String f) {
        int e = f.length();
        while (e > 0 && "”’」』)]》】\"'".indexOf(f.charAt(e - 1)) >= 0) {
            e--;
        }
        return e == 0 ? ' ' : f.charAt(e - 1);
    }

    /**
     * The shape of a headline: 5 to 64 code points, no full stop inside, not ending in the
     * middle or at the end of a clause ({@code 。 ， ： ；}); {@code ？} and {@code ！} may end it.
     */
    static boolean titleShaped(String f) {
        int len = f.codePointCount(0, f.length());
        if (len < TITLE_MIN || len > TITLE_MAX || f.indexOf('。') >= 0) {
            return false;
        }
        if (NOT_TITLE_END.indexOf(f.charAt(f.length() - 1)) >= 0) {
            return false;
        }
        return !separator(f) && !listItem(f) && !hashtag(f);
    }

    /**
     * The shape of a paragraph: long, or a sentence with its full stop. A short list line is a
     * paragraph only when it ends with a full stop.
     */
    static boolean paragraphShaped(String f) {
        int len = f.codePointCount(0, f.length());
        if (len >= PARAGRAPH_MIN) {
            return true;
        }
        if (listItem(f)) {
            return lastMark(f) == '。';
        }
        return len >= 10 && sentenceEnds(f) > 0 && "。!?".indexOf(lastMark(f)) >= 0;
    }

    /**
     * Whether the line could be footer junk: a short list line or a short line without a full
     * stop (headlines, buttons, place names), or an empty or rule line.
     */
    static boolean junkShaped(String f) {
        if (f.isEmpty() || separator(f)) {
            return true;
        }
        int len = f.codePointCount(0, f.length());
        if (listItem(f)) {
            return len <= JUNK_LIST_MAX && lastMark(f) != '。';
        }
        return len <= JUNK_SHORT_MAX && f.indexOf('。') < 0;
    }
}
