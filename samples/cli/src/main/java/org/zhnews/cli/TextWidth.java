package org.zhnews.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;

/**
 * Display width of text in a monospaced terminal: East Asian wide and full-width characters
 * take two columns, combining marks and format characters none, everything else one (East
 * Asian ambiguous characters count as one, as most terminals show them). Stateless.
 */
final class TextWidth {

    /** What a cut cell ends with. */
    static final String ELLIPSIS = "…";

    private TextWidth() {
    }

    /** Columns taken by one code point. */
    static int of(int cp) {
        int category = UCharacter.getType(cp);
        if (category == UCharacterCategory.NON_SPACING_MARK || category == UCharacterCategory.ENCLOSING_MARK
                || category == UCharacterCategory.FORMAT || category == UCharacterCategory.CONTROL) {
            return 0;
        }
        int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }

    /** Columns taken by a string. */
    static int of(CharSequence s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /**
     * The text made printable on one line: line breaks, tabs and other controls become a space,
     * format characters (zero-width, bidi controls) are dropped.
     */
    static String oneLine(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int category = UCharacter.getType(cp);
            if (category == UCharacterCategory.CONTROL || category == UCharacterCategory.LINE_SEPARATOR
                    || category == UCharacterCategory.PARAGRAPH_SEPARATOR) {
                sb.append(' ');
            } else if (category != UCharacterCategory.FORMAT && category != UCharacterCategory.SURROGATE) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** The string cut to at most {@code max} columns, ending with … when cut. */
    static String truncate(String s, int max) {
        if (of(s) <= max) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = of(cp);
            if (w + cw > max - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return sb.append(ELLIPSIS).toString();
    }

    /** The end of the string cut to at most {@code max} columns, starting with … when cut. */
    static String truncateStart(String s, int max) {
        if (of(s) <= max) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = s.length(); i > 0; ) {
            int cp = s.codePointBefore(i);
            int cw = of(cp);
            if (w + cw > max - 1) {
                break;
            }
            sb.insert(0, Character.toChars(cp));
            w += cw;
            i -= Character.charCount(cp);
        }
        return ELLIPSIS + sb;
    }

    /** The string followed by spaces up to {@code width} columns. */
    static String pad(String s, int width) {
        int missing = width - of(s);
        return missing <= 0 ? s : s + " ".repeat(missing);
    }
}
