package org.zhnews.normalize.script;

import java.util.BitSet;

/**
 * The runs of a simplified text that conversion to mainland simplified cannot change, found
 * without reading the table: a run of chars that all occur in keys, bounded by chars that occur
 * in none (no match can cross such a char, so each run converts on its own), and holding no
 * char that is a key alone (a one-char match converts) or a traditional-only character (a
 * longer match converts only when it holds one). Every match inside such a run is kept as it
 * stands, so the run is. Immutable and thread-safe.
 */
final class QuietRuns {

    private final BitSet keyChars;
    /** The chars whose presence may change a run: one-char keys, traditional-only characters, surrogates. */
    private final BitSet changing;

    QuietRuns(ConversionTables.Table table, ScriptDetector detector) {
        this.keyChars = table.keyChars();
        BitSet c = (BitSet) table.oneCharKeys().clone();
        for (int ch = 0; ch <= Character.MAX_VALUE; ch++) {
            if (Character.isSurrogate((char) ch) || detector.traditionalOnly(ch)) {
                c.set(ch); // a surrogate's code point is judged by the table walk itself
            }
        }
        this.changing = c;
    }

    /** The end of the run of key chars starting at {@code start}: {@code start} when its char is in no key. */
    int runEnd(CharSequence text, int start) {
        int end = start;
        while (end < text.length() && keyChars.get(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Whether no char of {@code text[start, end)} may change it. */
    boolean quiet(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (changing.get(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
