package org.zhnews.extract.structure;

import java.util.Map;

/**
 * Folds text for cue matching, one character to one character so offsets stay put: full-width
 * ASCII forms ({@code ：（）｜１}) become ASCII, the ideographic space a space, and the
 * traditional characters of a table become simplified. Immutable and thread-safe.
 */
final class Fold {

    /** The fold of every BMP character; never written after construction. */
    private final char[] table = new char[Character.MAX_VALUE + 1];

    Fold(Map<Character, Character> pairs) {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = (char) c;
        }
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            table[c] = (char) (c - 0xFEE0);
        }
        table['\u3000'] = ' ';
        table['\u00A0'] = ' ';
        pairs.forEach((from, to) -> table[from] = to);
    }

    /** The folded form of {@code c}. */
    char fold(char c) {
        return table[c];
    }

    /** The folded form of {@code s}, as long as {@code s}. */
    String fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }
}
