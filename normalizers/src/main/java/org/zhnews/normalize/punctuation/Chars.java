package org.zhnews.normalize.punctuation;

import org.zhnews.text.chars.CharClass;

/**
 * Character classes of the punctuation passes beyond the shared {@link CharClass}: Chinese
 * context, the alphanumerics pangu spaces against, spaces and line breaks. Stateless.
 */
final class Chars {

    private Chars() {
    }

    /** Chinese context: a CJK letter or a mark of Chinese punctuation. */
    static boolean isChinese(int c) {
        return CharClass.isCjk(c) || CharClass.isChinesePunctuation(c);
    }

    /** Latin letters, digits and similar "alphanumeric" symbols pangu spaces against CJK. */
    static boolean isAlnumLike(int c) {
        return CharClass.isAsciiAlnum(c)
                || (c >= 0x00C0 && c <= 0x00FF && c != 0x00D7 && c != 0x00F7)
                || (c >= 0x0370 && c <= 0x03FF)
                || (c >= 0x2150 && c <= 0x218F)
                || (c >= 0x2700 && c <= 0x27BF);
    }

    /** Spaces that separate words (not line breaks): space, tab, no-break and ideographic space. */
    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == 0x00A0 || c == 0x3000 || c == 0x202F || c == 0x2009;
    }

    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
    }

    /** The code point ending just before {@code i}, or -1 at the start. */
    static int before(CharSequence s, int i) {
        return i <= 0 ? -1 : Character.codePointBefore(s, i);
    }

    /** The code point starting at {@code i}, or -1 at the end. */
    static int at(CharSequence s, int i) {
        return i >= s.length() ? -1 : Character.codePointAt(s, i);
    }

    static boolean isWhite(int c) {
        return isSpace(c) || isLineBreak(c) || c == 0x0B || c == 0x0C;
    }
}
