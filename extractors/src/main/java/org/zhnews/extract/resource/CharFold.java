package org.zhnews.extract.resource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A one-to-one character fold for matching word lists, so offsets in folded text are offsets in
 * the text: full-width ASCII forms (U+FF01..U+FF5E) become ASCII, and each character of a table
 * (traditional to simplified, the spaces a caller wants as ASCII) becomes its pair. One lookup
 * per character. Immutable and thread-safe.
 *
 * <p>Internal: public only for the extractor packages; not part of the API, may change without
 * notice.
 */
public final class CharFold {

    /** The fold of every BMP character; never written after construction. */
    private final char[] table = new char[Character.MAX_VALUE + 1];

    private CharFold(Map<Character, Character> pairs) {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : (char) c;
        }
        pairs.forEach((from, to) -> table[from] = to);
    }

    /**
     * Full-width folding plus the single-character pairs of {@code rows} (a fold TSV: from, to)
     * and of {@code extra}.
     */
    public static CharFold of(List<String[]> rows, Map<Character, Character> extra) {
        Map<Character, Character> pairs = new HashMap<>(extra);
        for (String[] row : rows) {
            if (row[0].length() == 1 && row[1].length() == 1) {
                pairs.put(row[0].charAt(0), row[1].charAt(0));
            }
        }
        return new CharFold(pairs);
    }

    /** The folded form of {@code c}. */
    public char fold(char c) {
        return table[c];
    }

    /** The folded form of {@code text[start, end)}. */
    public String fold(CharSequence text, int start, int end) {
        char[] out = new char[end - start];
        for (int i = start; i < end; i++) {
            out[i - start] = table[text.charAt(i)];
        }
        return new String(out);
    }

    /** The folded form of {@code text}, as long as it. */
    public String fold(CharSequence text) {
        return fold(text, 0, text.length());
    }
}
