package org.zhnews.extract.dictionary;

/**
 * The one-to-one character folding dictionary matching works on: ASCII letters to lower case,
 * full-width ASCII (U+FF01..U+FF5E) to its half-width form, the ideographic space to a space.
 * Folding never changes the length of a text, so offsets in folded text are offsets in the
 * text itself. Stateless and thread-safe.
 */
public final class Folding {

    private Folding() {
    }

    /** The folded form of one character. */
    public static char fold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return fold((char) (c - 0xFEE0));
        }
        if (c == '\u3000') {
            return ' ';
        }
        return c;
    }

    /** The folded form of a text, as a new array of the same length. */
    public static char[] fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return out;
    }

    /** Whether {@code c} (folded or not) is an ASCII letter or digit, the stuff Latin words are made of. */
    public static boolean isLatinWordChar(char c) {
        char f = fold(c);
        return (f >= 'a' && f <= 'z') || (f >= '0' && f <= '9');
    }

    /** Whether {@code c} (folded or not) is an ASCII digit. */
    public static boolean isDigit(char c) {
        char f = fold(c);
        return f >= '0' && f <= '9';
    }
}
