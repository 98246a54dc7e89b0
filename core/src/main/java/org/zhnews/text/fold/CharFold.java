package org.zhnews.text.fold;

import java.util.Map;
import java.util.Objects;

/**
 * A one-to-one character fold, so a folded text is as long as the text and its offsets are the
 * text's. Matchers fold both their words and the text, so {@code 億美元}, {@code ＡＩ} and
 * {@code ai} find {@code 亿美元} and {@code AI}.
 *
 * <ul>
 *   <li>{@link #matching()}: full-width ASCII to ASCII, the ideographic space U+3000 and the
 *       no-break space U+00A0 to a space, ASCII letters to lower case, traditional to
 *       simplified characters ({@code t2s-chars.tsv});</li>
 *   <li>{@link #keepingCase()}: the same without case folding, for grammars that read case
 *       ({@code Q3}, {@code B} for billion).</li>
 * </ul>
 *
 * <p>A traditional character that simplified text also uses for a word of its own (乾, 著 stay;
 * 於 folds to 于) is folded on both sides alike, so matching stays consistent. One table
 * lookup per character. Both folds are built on first use and shared; immutable and
 * thread-safe.
 */
public final class CharFold {

    /** The fold of every BMP character; never written after construction. */
    private final char[] table;

    private CharFold(boolean lowerCase, Map<Character, Character> traditional) {
        table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char f = toHalfWidth((char) c);
            if (f == '\u00A0') {
                f = ' ';
            }
            if (lowerCase && f >= 'A' && f <= 'Z') {
                f = (char) (f + ('a' - 'A'));
            }
            table[c] = f;
        }
        traditional.forEach((from, to) -> table[from] = to);
    }

    /**
     * Width, space, case and traditional-to-simplified folding: what dictionary matching uses.
     *
     * @return the shared matching fold
     */
    public static CharFold matching() {
        return Matching.INSTANCE;
    }

    /**
     * Width, space and traditional-to-simplified folding; ASCII case is kept.
     *
     * @return the shared case-keeping fold
     */
    public static CharFold keepingCase() {
        return KeepingCase.INSTANCE;
    }

    /**
     * The half-width form of a full-width ASCII character (U+FF01..U+FF5E) and a space for the
     * ideographic space U+3000; any other character unchanged. The width part of both folds.
     *
     * @param c a char
     * @return its half-width form, or {@code c}
     */
    public static char toHalfWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }

    /**
     * The folded form of {@code c}.
     *
     * @param c a char
     * @return its folded form, one char
     */
    public char fold(char c) {
        return table[c];
    }

    /**
     * The folded form of {@code text}, as long as it.
     *
     * @param text the text
     * @return a new string of the same length
     */
    public String fold(CharSequence text) {
        return fold(text, 0, text.length());
    }

    /**
     * The folded form of {@code text[start, end)}.
     *
     * @param text  the text
     * @param start first char to fold
     * @param end   one past the last char to fold
     * @return a new string of {@code end - start} chars
     * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= text.length()}
     */
    public String fold(CharSequence text, int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        char[] out = new char[end - start];
        for (int i = start; i < end; i++) {
            out[i - start] = table[text.charAt(i)];
        }
        return new String(out);
    }

    /**
     * The folded form of {@code text} as a new array of the same length.
     *
     * @param text the text
     * @return the folded chars
     */
    public char[] foldToArray(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = table[text.charAt(i)];
        }
        return out;
    }

    private static final class Matching {
        static final CharFold INSTANCE = new CharFold(true, TraditionalPairs.standard());
    }

    private static final class KeepingCase {
        static final CharFold INSTANCE = new CharFold(false, TraditionalPairs.standard());
    }
}
