package org.zhnews.normalize.punctuation;

/** Character classes shared by the punctuation passes. Stateless. */
final class Chars {

    private Chars() {
    }

    /**
     * CJK letters: Han ideographs (with extensions, compatibility and radicals), kana, bopomofo
     * and enclosed CJK. These are the characters that full-width punctuation and pangu spacing
     * are decided against.
     */
    static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0x2E80 && c <= 0x2FDF)
                || (c >= 0x3040 && c <= 0x309F)
                || (c >= 0x30A0 && c <= 0x30FA)
                || (c >= 0x30FC && c <= 0x30FF)
                || (c >= 0x3100 && c <= 0x312F)
                || (c >= 0x3200 && c <= 0x32FF)
                || (c >= 0xF900 && c <= 0xFAFF)
                || c == 0x3005 || c == 0x3007
                || (c >= 0x20000 && c <= 0x3FFFF);
    }

    /** Full-width (CJK) punctuation: 。、，：；？！（）「」《》【】……——“”‘’ and friends. */
    static boolean isCjkPunct(int c) {
        return (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011)
                || (c >= 0x3014 && c <= 0x301F)
                || c == 0xFF01 || c == 0xFF08 || c == 0xFF09 || c == 0xFF0C
                || c == 0xFF1A || c == 0xFF1B || c == 0xFF1F
                || c == 0x2026 || c == 0x2014 || c == 0x2015
                || (c >= 0x2018 && c <= 0x201D) || c == 0x00B7 || c == 0xFF5E;
    }

    /** Chinese context: a CJK letter or a full-width punctuation mark. */
    static boolean isChinese(int c) {
        return isCjk(c) || isCjkPunct(c);
    }

    static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiAlnum(int c) {
        return isAsciiLetter(c) || isAsciiDigit(c);
    }

    /** Latin letters, digits and similar "alphanumeric" symbols pangu spaces against CJK. */
    static boolean isAlnumLike(int c) {
        return isAsciiAlnum(c)
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
