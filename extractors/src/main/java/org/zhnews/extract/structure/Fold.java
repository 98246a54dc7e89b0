package org.zhnews.extract.structure;

import java.util.Map;

/**
 * Folds text for cue matching, one character to one character so offsets stay put: full-width
 * ASCII forms ({@code ：（）｜１}) become ASCII, the ideographic space a space, and the
 * traditional characters of a table become simplified. Immutable and thread-safe.
 */
final class Fold {

    private final Map<Character, Character> table;

    Fold(Map<Character, Character> table) {
        this.table = Map.copyOf(table);
    }

    /** The folded form of {@code c}. */
    char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000' || c == '\u00A0') {
            return ' ';
        }
        Character t = table.get(c);
        return t == null ? c : t;
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
