package org.zhnews.text.sentence;

import org.zhnews.text.chars.CharClass;

/**
 * The characters the segmenter reacts to: line breaks, spaces, end marks, clause marks and the
 * families of paired brackets and quotes. Stateless.
 */
final class Marks {

    /** No bracket or quote. */
    static final int NONE = 0;
    /** The straight double quote {@code "}, which opens and closes alike. */
    static final int STRAIGHT_QUOTE = 1;

    /**
     * Openers and, at the same index, their closers. Pairs of one family close each other
     * ({@code （} and {@code )}); families from 2 on (0 and 1 are taken).
     */
    private static final String OPENERS = "（(［[【〔〖｛{《〈⟨「『“‘";
    private static final String CLOSERS = "）)］]】〕〗｝}》〉⟩」』”’";
    /** The family of each pair: parentheses, square, curly, title, angle, corner, white corner, quotes. */
    private static final int[] FAMILY = {2, 2, 3, 3, 3, 3, 3, 4, 4, 5, 6, 6, 7, 8, 9, 10};
    /** The first family that is a quotation rather than a bracket. */
    private static final int FIRST_QUOTE_FAMILY = 7;

    private Marks() {
    }

    /**
     * A character that is no mark of any kind (a common Han character, an ASCII letter or
     * digit): the fast path of the scanners.
     */
    static boolean isPlain(char c) {
        return CharClass.isBasicHanIdeograph(c) || CharClass.isAsciiAlnum(c);
    }

    /** A character that ends a line. */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }

    /** White space that is not a line break: spaces, tabs, the ideographic space, no-break spaces. */
    static boolean isSpace(char c) {
        return !isLineBreak(c) && (c == ' ' || c == '\t' || c == '\u3000' || Character.isWhitespace(c)
                || Character.isSpaceChar(c));
    }

    /** A space or a line break. */
    static boolean isWhitespace(char c) {
        return isLineBreak(c) || isSpace(c);
    }

    /** A Chinese end mark ({@code 。！？；…}): it ends a sentence wherever it stands outside brackets. */
    static boolean isChineseEnd(char c) {
        return switch (c) {
            case '。', '｡', '！', '？', '；', '︒', '…', '⋯', '﹗', '﹖', '﹔' -> true;
            default -> false;
        };
    }

    /** A Latin full stop, the ASCII or the full-width one. */
    static boolean isPeriod(char c) {
        return c == '.' || c == '．';
    }

    /** A Latin end mark ({@code . ! ? ;}), which ends a sentence only where the context says so. */
    static boolean isLatinEnd(char c) {
        return isPeriod(c) || c == '!' || c == '?' || c == ';';
    }

    /** Any end mark, Chinese or Latin. */
    static boolean isEnd(char c) {
        return isChineseEnd(c) || isLatinEnd(c);
    }

    /** A mark that may end a clause ({@code ，、：；} and their Latin forms). */
    static boolean isClauseMark(char c) {
        return switch (c) {
            case '，', ',', '、', '､', '﹐', '﹑', '：', ':', '﹕', '；', ';', '﹔' -> true;
            default -> false;
        };
    }

    /** A table cell separator. */
    static boolean isCellSeparator(char c) {
        return c == '|' || c == '｜' || c == '\t';
    }

    /** The family of an opening bracket or quote, or {@link #NONE}. */
    static int openerFamily(char c) {
        int i = OPENERS.indexOf(c);
        return i < 0 ? NONE : FAMILY[i];
    }

    /** The family of a closing bracket or quote, or {@link #NONE}. */
    static int closerFamily(char c) {
        int i = CLOSERS.indexOf(c);
        return i < 0 ? NONE : FAMILY[i];
    }

    /** Whether a family is a quotation (end marks and clause marks inside it still count for clauses). */
    static boolean isQuoteFamily(int family) {
        return family == STRAIGHT_QUOTE || family >= FIRST_QUOTE_FAMILY;
    }


    /** An ASCII digit. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
