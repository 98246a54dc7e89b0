package org.zhnews.text.sentence;

import org.zhnews.text.chars.CharClass;

/**
 * Recognizes the marker of a list item at the start of a line: {@code 1.} {@code 2、}
 * {@code 3)} {@code 一、} {@code （一）} {@code (a)} {@code ①} {@code •} {@code -} {@code *}.
 * Its punctuation is part of the marker, so it neither ends a sentence ({@code 1. }) nor a
 * clause ({@code 2、}). Stateless.
 */
final class ListMarker {

    private static final String CHINESE_NUMERALS = "一二三四五六七八九十〇零";
    /** Bullets that mark an item whatever follows them. */
    private static final String BULLETS = "•·●○■□◆◇▪▫▸►▶◦‣";
    /** Marks that are bullets only before a space ({@code - item}, not {@code -5%}). */
    private static final String SPACED_BULLETS = "-*+–—";
    private static final int MAX_NUMBER = 3;

    private ListMarker() {
    }

    /**
     * The length of the list marker at {@code start} (the first character of a line that is
     * not a space), or 0 when none stands there; the marker ends before {@code end}.
     */
    static int length(CharSequence text, int start, int end) {
        if (start >= end) {
            return 0;
        }
        char c = text.charAt(start);
        if (c >= '\u2460' && c <= '\u249B' || BULLETS.indexOf(c) >= 0) {
            return 1; // ① .. ⑳, ⑴ .. ⒇, ⒈ .. ⒛
        }
        if (SPACED_BULLETS.indexOf(c) >= 0) {
            return start + 1 < end && Marks.isSpace(text.charAt(start + 1)) ? 1 : 0;
        }
        if (c == '(' || c == '（') {
            int n = number(text, start + 1, end);
            return n > 0 && start + 1 + n < end && Marks.closerFamily(text.charAt(start + 1 + n))
                    == Marks.openerFamily(c) ? n + 2 : 0;
        }
        int n = number(text, start, end);
        if (n == 0 || start + n >= end) {
            return 0;
        }
        char after = text.charAt(start + n);
        if (after == '、' || after == ')' || after == '）') {
            return n + 1;
        }
        if (Marks.isPeriod(after)) {
            // "1. " and "1.引言" are markers; "1.5亿" is a number
            boolean followedByDigit = start + n + 1 < end && Marks.isDigit(text.charAt(start + n + 1));
            return followedByDigit ? 0 : n + 1;
        }
        return 0;
    }

    /** The length of an item number at {@code i}: 1-3 digits, 1-3 Chinese numerals or one letter. */
    private static int number(CharSequence text, int i, int end) {
        int n = 0;
        while (i + n < end && n <= MAX_NUMBER && Marks.isDigit(text.charAt(i + n))) {
            n++;
        }
        if (n > 0) {
            return n <= MAX_NUMBER ? n : 0;
        }
        while (i + n < end && n <= MAX_NUMBER && CHINESE_NUMERALS.indexOf(text.charAt(i + n)) >= 0) {
            n++;
        }
        if (n > 0) {
            return n <= MAX_NUMBER ? n : 0;
        }
        boolean letter = i < end && CharClass.isAsciiLetter(text.charAt(i))
                && (i + 1 >= end || !CharClass.isAsciiLetter(text.charAt(i + 1)));
        return letter ? 1 : 0;
    }
}
