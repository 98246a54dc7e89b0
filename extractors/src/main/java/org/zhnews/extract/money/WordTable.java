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
 * Each lookup costs at most {@code maxLength} substring probes. Thread-safe.
 *
 * @param <V> the value attached to each word
 */
public final class WordTable<V> {

    private static final Map<Character, Character> FOLD = loadFold();

    private final Map<String, V> words;
    private final int maxLength;

    private WordTable(Map<String, V> words) {
        this.words = Map.copyOf(words);
        int max = 0;
        for (String w : words.keySet()) {
            max = Math.max(max, w.length());
        }
        this.maxLength = max;
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
        int n = text.length();
        for (int len = Math.min(maxLength, n - start); len >= 1; len--) {
            V v = words.get(fold(text, start, start + len));
            if (v != null) {
                return Optional.of(new Hit<>(start, start + len, v));
            }
        }
        return Optional.empty();
    }

    /** The longest word ending at {@code end} (exclusive), if any. */
    public Optional<Hit<V>> longestEndingAt(CharSequence text, int end) {
        for (int len = Math.min(maxLength, end); len >= 1; len--) {
            V v = words.get(fold(text, end - len, end));
            if (v != null) {
                return Optional.of(new Hit<>(end - len, end, v));
            }
        }
        return Optional.empty();
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
        Character f = FOLD.get(c);
        return f == null ? c : f;
    }

    private static Map<Character, Character> loadFold() {
        Map<Character, Character> m = new HashMap<>();
        for (String[] row : Tsv.read(WordTable.class, "fold.tsv", 2)) {
            if (row[0].length() == 1 && row[1].length() == 1) {
                m.put(row[0].charAt(0), row[1].charAt(0));
            }
        }
        return Map.copyOf(m);
    }
}
