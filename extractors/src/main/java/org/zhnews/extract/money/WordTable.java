package org.zhnews.extract.money;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zhnews.extract.resource.CharFold;
import org.zhnews.extract.resource.Tsv;

/**
 * An immutable dictionary of short words found by longest match at a position of a text, with
 * traditional characters and full-width forms folded to simplified and ASCII on both sides (see
 * {@code fold.tsv}), so one simplified entry matches {@code 億美元} as well as {@code 亿美元}.
 * Lookups walk a trie, one folded character at a time, and allocate nothing but the hit. Thread-safe.
 *
 * <p>Internal: public only for the metric extractor, which reads figures and currencies as the
 * money extractor does; not part of the API, may change without notice.
 *
 * @param <V> the value attached to each word
 */
public final class WordTable<V> {

    private static final CharFold FOLD =
            CharFold.of(Tsv.read(WordTable.class, "fold.tsv", 2), Map.of('\u3000', ' '));

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
        long found = forwards.longest(text, start, FOLD);
        return found < 0 ? Optional.empty()
                : Optional.of(new Hit<>(start, CharTrie.position(found), forwards.valueAt(found)));
    }

    /** The longest word ending at {@code end} (exclusive), if any. */
    public Optional<Hit<V>> longestEndingAt(CharSequence text, int end) {
        long found = backwards.longest(text, end, FOLD);
        return found < 0 ? Optional.empty()
                : Optional.of(new Hit<>(CharTrie.position(found), end, backwards.valueAt(found)));
    }

    /** {@code text[start, end)} with traditional characters and full-width forms folded. */
    public static String fold(CharSequence text, int start, int end) {
        return FOLD.fold(text, start, end);
    }

    /** One character folded: full-width ASCII to ASCII, traditional to simplified. */
    public static char fold(char c) {
        return FOLD.fold(c);
    }
}
