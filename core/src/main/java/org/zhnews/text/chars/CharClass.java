package org.zhnews.text.chars;

/**
 * Character classes of Chinese news text, on code points (a {@code char} widens to its own code
 * point, so BMP callers pass chars). Ranges are written out to Unicode 15.1, so results do not
 * change with the JDK. Stateless and thread-safe.
 */
public final class CharClass {

    private CharClass() {
    }

    /**
     * A Han ideograph: the CJK Unified Ideographs with extensions A to I and the compatibility
     * ideographs (the characters Chinese words are written with).
     *
     * @param cp a code point (a char passes as its own)
     * @return whether {@code cp} is one
     */
    public static boolean isHanIdeograph(int cp) {
        if (cp < 0x3400) {
            return false;
        }
        if (cp <= 0x9FFF) {
            return cp >= 0x4E00 || cp <= 0x4DBF;
        }
        if (cp < 0x20000) {
            return cp >= 0xF900 && cp <= 0xFAFF;
        }
        return cp <= 0x2A6DF
                || cp >= 0x2A700 && cp <= 0x2EE5F
                || cp >= 0x2F800 && cp <= 0x2FA1F
                || cp >= 0x30000 && cp <= 0x323AF;
    }

    /**
     * A Han ideograph of the basic CJK Unified Ideographs block (U+4E00..U+9FFF), where every
     * character in common use stands; the extensions and compatibility forms are rarer.
     *
     * @param cp a code point (a char passes as its own)
     * @return whether {@code cp} is one
     */
    public static boolean isBasicHanIdeograph(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF;
    }

    /**
     * Whether every char of {@code s[from, to)} is a Han character ({@link #isHan(int)}, char by
     * char: a surrogate pair is none); true for an empty range ({@code from >= to}).
     *
     * @param s    the text
     * @param from the first index
     * @param to   the index after the last
     * @return whether the range holds Han characters only
     * @throws IndexOutOfBoundsException if a non-empty range is not inside {@code s}
     */
    public static boolean allHan(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHan(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A character of the Unicode Han script: a {@linkplain #isHanIdeograph Han ideograph}, a CJK
     * or Kangxi radical (U+2E80..U+2FDF), the iteration mark 々, the ideographic zero 〇 and the
     * Hangzhou numerals (U+3021..U+3029, U+3038..U+303B) and the Vietnamese reading marks
     * (U+16FF0, U+16FF1).
     *
     * @param cp a code point (a char passes as its own)
     * @return whether {@code cp} is one
     */
    public static boolean isHan(int cp) {
        return isHanIdeograph(cp)
                || cp >= 0x2E80 && cp <= 0x2FDF
                || cp == 0x3005 || cp == 0x3007
                || cp >= 0x3021 && cp <= 0x3029
                || cp >= 0x3038 && cp <= 0x303B
                || cp == 0x16FF0 || cp == 0x16FF1;
    }

    /**
     * A CJK letter: {@linkplain #isHan Han}, kana (without the middle dot ・), bopomofo or an
     * enclosed CJK letter or month (U+3200..U+32FF). The characters Chinese spacing and
     * full-width punctuation are decided against.
     *
     * @param cp a code point (a char passes as its own)
     * @return whether {@code cp} is one
     */
    public static boolean isCjk(int cp) {
        return isHan(cp)
                || cp >= 0x3040 && cp <= 0x309F
                || cp >= 0x30A0 && cp <= 0x30FF && cp != 0x30FB
                || cp >= 0x3100 && cp <= 0x312F
                || cp >= 0x3200 && cp <= 0x32FF;
    }

    /**
     * A mark of Chinese sentence punctuation: 。、，：；？！（）「」『』《》〈〉【】〔〕〖〗, the ellipsis …,
     * the dashes — and ―, curly quotes ‘’“”, the middle dot · and the full-width tilde ～. A
     * mark like these makes its neighbourhood Chinese text.
     *
     * @param cp a code point (a char passes as its own)
     * @return whether {@code cp} is one
     */
    public static boolean isChinesePunctuation(int cp) {
        return cp >= 0x3001 && cp <= 0x3003 || cp >= 0x3008 && cp <= 0x3011
                || cp >= 0x3014 && cp <= 0x301F
                || cp == 0xFF01 || cp == 0xFF08 || cp == 0xFF09 || cp == 0xFF0C
                || cp == 0xFF1A || cp == 0xFF1B || cp == 0xFF1F
                || cp == 0x2026 || cp == 0x2014 || cp == 0x2015
                || cp >= 0x2018 && cp <= 0x201D || cp == 0x00B7 || cp == 0xFF5E;
    }

    /**
     * Any character of the blocks of punctuation Chinese text uses: CJK symbols and punctuation
     * (U+3000..U+303F), the full-width punctuation and symbols (U+FF01..U+FF20, U+FF3B..U+FF40,
     * U+FF5B..U+FF60, U+FFE0..U+FFE6), general punctuation dashes, quotes and dots
     * (U+2010..U+2027), the middle dot and the CJK compatibility forms (U+FE30..U+FE4F). Wider
     * than {@link #isChinesePunctuation}: it includes the ideographic space and symbols.
     *
     * @param cp a code point (a char passes as its own)
     * @return whether {@code cp} is one
     */
    public static boolean isCjkPunctuationBlock(int cp) {
        return cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF20
                || cp >= 0xFF3B && cp <= 0xFF40 || cp >= 0xFF5B && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x2010 && cp <= 0x2027 || cp == 0x00B7
                || cp >= 0xFE30 && cp <= 0xFE4F;
    }

    /**
     * A character East Asian fonts draw two columns wide: a {@linkplain #isCjk CJK letter}, the
     * katakana middle dot, Hangul (jamo and syllables), CJK symbols and punctuation (U+3000..U+303F) and the full-width forms
     * (U+FF00..U+FF60, U+FFE0..U+FFE6); half-width katakana are narrow. An estimate for laying out
     * labels, not the full East Asian Width property.
     *
     * @param cp a code point (a char passes as its own)
     * @return whether {@code cp} is one
     */
    public static boolean isWide(int cp) {
        return isCjk(cp) || cp == 0x30FB
                || cp >= 0x1100 && cp <= 0x115F || cp >= 0x3130 && cp <= 0x318F
                || cp >= 0xA960 && cp <= 0xA97F || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0x3000 && cp <= 0x303F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6;
    }

    /**
     * A full-width form of a printable ASCII character (U+FF01..U+FF5E).
     *
     * @param cp a code point (a char passes as its own)
     * @return whether {@code cp} is one
     */
    public static boolean isFullWidthAscii(int cp) {
        return cp >= 0xFF01 && cp <= 0xFF5E;
    }

    /**
     * An ASCII letter.
     *
     * @param cp a code point (a char passes as its own)
     * @return whether {@code cp} is one
     */
    public static boolean isAsciiLetter(int cp) {
        return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
    }

    /**
     * An ASCII digit.
     *
     * @param cp a code point (a char passes as its own)
     * @return whether {@code cp} is one
     */
    public static boolean isAsciiDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    /**
     * An ASCII letter or digit.
     *
     * @param cp a code point (a char passes as its own)
     * @return whether {@code cp} is one
     */
    public static boolean isAsciiAlnum(int cp) {
        return isAsciiLetter(cp) || isAsciiDigit(cp);
    }

    /**
     * An ASCII digit or its full-width form: an Arabic digit as Chinese text writes it.
     *
     * @param cp a code point (a char passes as its own)
     * @return whether {@code cp} is one
     */
    public static boolean isArabicDigit(int cp) {
        return cp >= '0' && cp <= '9' || cp >= 0xFF10 && cp <= 0xFF19;
    }

    /**
     * An ASCII letter or its full-width form.
     *
     * @param cp a code point (a char passes as its own)
     * @return whether {@code cp} is one
     */
    public static boolean isLatinLetter(int cp) {
        return isAsciiLetter(cp) || cp >= 0xFF21 && cp <= 0xFF3A || cp >= 0xFF41 && cp <= 0xFF5A;
    }

    /**
     * What Latin words are made of, in either width: an ASCII letter or digit or its full-width
     * form. Dictionary matching keeps a Latin surface from matching inside a longer such run.
     *
     * @param cp a code point (a char passes as its own)
     * @return whether {@code cp} is one
     */
    public static boolean isLatinWordChar(int cp) {
        return isLatinLetter(cp) || isArabicDigit(cp);
    }
}
