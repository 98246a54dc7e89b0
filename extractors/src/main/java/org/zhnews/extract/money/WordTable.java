package org.zhnews.extract.money;

import org.zhnews.extract.resource.Tsv;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable dictionary of short words found by longest match at a position of a text, with
 * traditional characters and full-width forms folded to simplified and ASCII on both sides (see
 * {@code fold.tsv}), so one simplified entry matches {@code 億美元} as well as {@code 亿美元}.
 * Lookups walk a trie, one folded character at a time, and allocate nothing but the hit. Thread-safe.
 *
 * @param <V> the value attached to each word
 */
public final class WordTable<V> {

    private static final char[] FOLD = loadFold();

    private final CharTrie<V> forwards;
    private final CharTrie<V> backwards;

    private WordTable(Map<String, V> words) {
        this.forwards = CharTrie.of(words, false);
        this.backwards = CharTrie.of(words, true);
    }

    /** A table of {@code entries}; keys are folded, a later duplicate key wins. */
    public static <V> WordTable<V> of(Map<String, V> entries) {
        Map<String, V> folded = new HashMap<>();
        entries.forEach((k, v) -> {
            if (!k.isEmpty()) {
                folded.put(fold(k, 0, k.length()), Objects.requireNonNull(v));
            }
        });
        return new WordTable<>(folded);
    }

    /** A word found in a text. */
    public record Hit<V>(int start, int end, V value) {
    }

    /** The longest word starting at {@code start}, if any. */
    public Optional<Hit<V>> longestAt(CharSequence text, int start) {
        long found = forwards.longest(text, start, WordTable::fold);
        return found < 0 ? Optional.empty()
                : Optional.of(new Hit<>(start, CharTrie.position(found), forwards.valueAt(found)));
    }

    /** The longest word ending at {@code end} (exclusive), if any. */
    public Optional<Hit<V>> longestEndingAt(CharSequence text, int end) {
        long found = backwards.longest(text, end, WordTable::fold);
        return found < 0 ? Optional.empty()
                : Optional.of(new Hit<>(CharTrie.position(found), end, backwards.valueAt(found)));
    }

    /** {@code text[start, end)} with traditional characters and full-width forms folded. */
    public static String fold(CharSequence text, int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            b.append(fold(text.charAt(i)));
        }
        return b.toString();
    }

    /** One character folded: full-width ASCII to ASCII, traditional to simplified. */
    public static char fold(char c) {
        if (c >= '！' && c <= '～') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        return FOLD[c];
    }

    private static char[] loadFold() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        for (String[] row : Tsv.read(WordTable.class, "fold.tsv", 2)) {
            if (row[0].length() == 1 && row[1].length() == 1) {
                table[row[0].charAt(0)] = row[1].charAt(0);
            }
        }
        return table;
    }
}
