package org.zhnews.text.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.fold.CharFold;

/**
 * Finds every occurrence of a fixed set of surfaces in a text in one pass (an
 * {@link AhoCorasick} automaton), on {@linkplain CharFold#matching() folded} text: Latin letters
 * match in any case and width and traditional characters as simplified ones, unless a surface
 * was added as case-sensitive (then the text must hold it exactly). A surface that begins (ends)
 * with a Latin letter or digit only matches where the text has no Latin letter or digit right
 * before (after) it, so {@code Meta} is not found in {@code Metadata} but {@code OpenAI} is in
 * {@code OpenAI的}. Optionally a digit may follow a Latin surface ({@code Qwen3}).
 *
 * <p>Immutable and thread-safe once built; matching takes time linear in the text plus the
 * number of hits.
 *
 * <p>Internal: public only for the knowledge base and the company and model extractors; not part
 * of the API, may change without notice.
 *
 * @param <V> the value stored under each surface
 */
public final class DictionaryMatcher<V> {

    private static final CharFold FOLD = CharFold.matching();

    private final AhoCorasick<Surface<V>> trie;
    private final boolean digitMayFollow;
    private final int size;

    private record Entry<V>(V value, String exactSurface) {
    }

    /**
     * The entries of one folded surface, and their values when none of them must match exactly
     * (then every hit shares that one immutable list instead of building its own).
     */
    private record Surface<V>(List<Entry<V>> entries, List<V> anyCase) {
        static <V> Surface<V> of(List<Entry<V>> entries) {
            boolean folded = entries.stream().allMatch(e -> e.exactSurface() == null);
            return new Surface<>(List.copyOf(entries), folded ? entries.stream().map(Entry::value).toList() : null);
        }
    }

    private DictionaryMatcher(Builder<V> b) {
        this.digitMayFollow = b.digitMayFollow;
        Map<String, Surface<V>> map = new LinkedHashMap<>();
        b.entries.forEach((k, v) -> map.put(k, Surface.of(v)));
        this.size = map.size();
        this.trie = AhoCorasick.build(map);
    }

    /**
     * A builder for a new matcher.
     *
     * @param <V> the value stored under each surface
     * @return a new builder
     */
    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /**
     * The number of distinct (folded) surfaces.
     *
     * @return the number of surfaces after folding
     */
    public int size() {
        return size;
    }

    /**
     * Every hit in {@code text} that respects the word-boundary and case rules, possibly
     * overlapping, ordered by start then by decreasing length.
     *
     * @param text the text to search
     * @return a new list of the hits, offsets in {@code text}
     */
    public List<Match<V>> findAll(CharSequence text) {
        Objects.requireNonNull(text, "text");
        List<Match<V>> hits = new ArrayList<>();
        if (size == 0 || text.length() == 0) {
            return hits;
        }
        char[] folded = FOLD.foldToArray(text);
        trie.parse(folded, (begin, end, surface) -> {
            if (!bounded(folded, begin, end)) {
                return;
            }
            if (surface.anyCase() != null) {
                hits.add(new Match<>(begin, end, surface.anyCase()));
                return;
            }
            List<V> values = new ArrayList<>(surface.entries().size());
            for (Entry<V> e : surface.entries()) {
                if (e.exactSurface == null || regionEquals(text, begin, e.exactSurface)) {
                    values.add(e.value);
                }
            }
            if (!values.isEmpty()) {
                hits.add(new Match<>(begin, end, values));
            }
        });
        hits.sort(Comparator.<Match<V>>comparingInt(Match::start).thenComparingInt(m -> -m.length()));
        return hits;
    }

    /**
     * The hits of {@link #findAll} reduced to the longest leftmost ones that do not overlap.
     *
     * @param text the text to search
     * @return a new list of non-overlapping hits, in text order
     */
    public List<Match<V>> findLongest(CharSequence text) {
        return longestLeftmost(findAll(text));
    }

    /**
     * Reduces hits (in any order) to a non-overlapping set: at each position the longest hit
     * wins, and a hit starting inside a chosen one is dropped.
     *
     * @param <T>  the value type
     * @param hits the hits, not changed
     * @return a new list of non-overlapping hits, in text order
     */
    public static <T> List<Match<T>> longestLeftmost(List<Match<T>> hits) {
        List<Match<T>> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.<Match<T>>comparingInt(Match::start).thenComparingInt(m -> -m.length()));
        List<Match<T>> out = new ArrayList<>();
        int covered = 0;
        for (Match<T> m : sorted) {
            if (m.start() >= covered) {
                out.add(m);
                covered = m.end();
            }
        }
        return out;
    }

    private boolean bounded(char[] text, int begin, int end) {
        if (CharClass.isLatinWordChar(text[begin]) && begin > 0 && CharClass.isLatinWordChar(text[begin - 1])) {
            return false;
        }
        if (end < text.length && CharClass.isLatinWordChar(text[end - 1]) && CharClass.isLatinWordChar(text[end])) {
            return digitMayFollow && CharClass.isAsciiDigit(text[end]);
        }
        return true;
    }

    private static boolean regionEquals(CharSequence text, int begin, String surface) {
        if (begin + surface.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < surface.length(); i++) {
            if (text.charAt(begin + i) != surface.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Collects surfaces; not thread-safe, use once. */
    public static final class Builder<V> {
        private final Map<String, List<Entry<V>>> entries = new LinkedHashMap<>();
        private boolean digitMayFollow;

        private Builder() {
        }

        /**
         * Adds a surface matched in any case, width and script. Blank surfaces are ignored.
         *
         * @param surface the surface; stripped
         * @param value   the value returned with its hits
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder<V> add(String surface, V value) {
            return add(surface, value, false);
        }

        /**
         * Adds a surface; when {@code caseSensitive}, the text must hold exactly this string
         * (no case, width or script folding).
         *
         * @param surface       the surface; stripped
         * @param value         the value returned with its hits
         * @param caseSensitive whether the text must hold the surface exactly
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder<V> add(String surface, V value, boolean caseSensitive) {
            Objects.requireNonNull(surface, "surface");
            Objects.requireNonNull(value, "value");
            String key = FOLD.fold(surface.strip());
            if (key.isEmpty()) {
                return this;
            }
            List<Entry<V>> list = entries.computeIfAbsent(key, k -> new ArrayList<>());
            Entry<V> e = new Entry<>(value, caseSensitive ? surface.strip() : null);
            if (!list.contains(e)) {
                list.add(e);
            }
            return this;
        }

        /**
         * Lets a digit follow a surface ending in a Latin letter ({@code Qwen} in {@code Qwen3}).
         *
         * @param value whether a digit may follow (default {@code false})
         * @return this builder
         */
        public Builder<V> digitMayFollow(boolean value) {
            this.digitMayFollow = value;
            return this;
        }

        /**
         * The matcher.
         *
         * @return a new matcher over the surfaces added
         */
        public DictionaryMatcher<V> build() {
            return new DictionaryMatcher<>(this);
        }
    }
}
