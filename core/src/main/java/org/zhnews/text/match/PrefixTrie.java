package org.zhnews.text.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zhnews.text.fold.CharFold;

/**
 * An immutable trie of words for matching at a position: the longest (or every) word that
 * starts at a position, read forward, or ends at one, read backward. Keys and text are folded
 * alike when built with a {@link CharFold} (so {@code 億美元} finds {@code 亿美元}); without one,
 * keys match exactly. Edges live in one open-addressing table keyed by (node, char), so a table
 * of fifty thousand phrases builds in milliseconds.
 *
 * <p>Lookups read at most as many characters as the longest key and allocate nothing but the
 * hit. Offsets are UTF-16 indexes into the text given. Immutable and thread-safe once built.
 *
 * @param <V> the value of a word
 */
public final class PrefixTrie<V> {

    /**
     * A word found in a text: {@code [start, end)} and its value.
     *
     * @param <V> the value type
     */
    public record Hit<V>(int start, int end, V value) {
        /**
         * Length in chars.
         *
         * @return {@code end - start}
         */
        public int length() {
            return end - start;
        }
    }

    private final Index forward;
    private final Index backward;
    private final CharFold fold;
    private final int size;
    private final int maxKeyLength;

    /** A trie over {@code words}, whose keys are already folded by {@code fold} (null: none). */
    private PrefixTrie(Map<String, ? extends V> words, CharFold fold, boolean forward, boolean backward) {
        this.fold = fold;
        int max = 0;
        int count = 0;
        for (String key : words.keySet()) {
            if (!key.isEmpty()) {
                max = Math.max(max, key.length());
                count++;
            }
        }
        this.size = count;
        this.maxKeyLength = max;
        this.forward = forward ? new Index(words, false) : null;
        this.backward = backward ? new Index(words, true) : null;
    }

    /**
     * A forward trie over {@code words}, matched exactly (no folding); empty keys are ignored.
     *
     * @param <V>   the value type
     * @param words the words and their values
     * @return a forward trie without folding
     * @throws NullPointerException if a value is null
     */
    public static <V> PrefixTrie<V> of(Map<String, ? extends V> words) {
        for (V value : words.values()) {
            Objects.requireNonNull(value, "value");
        }
        return new PrefixTrie<>(words, null, true, false);
    }

    /**
     * A trie over {@code words} read both forward and backward, keys and text folded by
     * {@code fold}: a word list looked up around a position. A later key equal to an earlier one
     * after folding wins.
     *
     * @param <V>   the value type
     * @param words the words and their values
     * @param fold  the fold applied to keys and text
     * @return a trie read both ways
     * @throws NullPointerException if a key or value is null
     */
    public static <V> PrefixTrie<V> bothWays(Map<String, ? extends V> words, CharFold fold) {
        return PrefixTrie.<V>builder().fold(fold).backward(true).putAll(words).build();
    }

    /**
     * A builder: forward only and no folding unless told otherwise.
     *
     * @param <V> the value type
     * @return a new builder
     */
    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /**
     * The number of distinct (folded) keys.
     *
     * @return the number of non-empty keys after folding
     */
    public int size() {
        return size;
    }

    /**
     * The length of the longest key.
     *
     * @return the longest key's length in chars; 0 for an empty trie
     */
    public int maxKeyLength() {
        return maxKeyLength;
    }

    /**
     * The longest word starting at {@code start}, if any.
     *
     * @param text  the text
     * @param start where the word must start
     * @return the hit, or empty
     * @throws IllegalStateException if the trie was built without the forward direction
     */
    public Optional<Hit<V>> longestAt(CharSequence text, int start) {
        return Optional.ofNullable(require(forward, "forward").longest(text, start, fold));
    }

    /**
     * The longest word ending at {@code end} (exclusive), if any.
     *
     * @param text the text
     * @param end  where the word must end
     * @return the hit, or empty
     * @throws IllegalStateException if the trie was built without the backward direction
     */
    public Optional<Hit<V>> longestEndingAt(CharSequence text, int end) {
        return Optional.ofNullable(require(backward, "backward").longest(text, end, fold));
    }

    /**
     * The length of the longest word starting at {@code start}, 0 when none; allocates nothing
     * (the form of {@link #longestAt} for hot loops that need only the length).
     *
     * @param text  the text
     * @param start where the word must start
     * @return the length, or 0
     * @throws IllegalStateException if the trie was built without the forward direction
     */
    public int longestLengthAt(CharSequence text, int start) {
        long last = require(forward, "forward").walk(text, start, fold, null);
        return last < 0 ? 0 : (int) last - start;
    }

    /**
     * The length of the longest word ending at {@code end} (exclusive), 0 when none; allocates
     * nothing.
     *
     * @param text the text
     * @param end  where the word must end
     * @return the length, or 0
     * @throws IllegalStateException if the trie was built without the backward direction
     */
    public int longestLengthEndingAt(CharSequence text, int end) {
        long last = require(backward, "backward").walk(text, end, fold, null);
        return last < 0 ? 0 : end - (int) last;
    }

    /**
     * Every word starting at {@code start}, shortest first.
     *
     * @param text  the text
     * @param start where the words must start
     * @return a new list of hits, empty when none
     * @throws IllegalStateException if the trie was built without the forward direction
     */
    public List<Hit<V>> allAt(CharSequence text, int start) {
        return require(forward, "forward").all(text, start, fold);
    }

    /**
     * Every word ending at {@code end} (exclusive), shortest first.
     *
     * @param text the text
     * @param end  where the words must end
     * @return a new list of hits, empty when none
     * @throws IllegalStateException if the trie was built without the backward direction
     */
    public List<Hit<V>> allEndingAt(CharSequence text, int end) {
        return require(backward, "backward").all(text, end, fold);
    }

    private Index require(Index index, String direction) {
        if (index == null) {
            throw new IllegalStateException("built without the " + direction + " direction");
        }
        return index;
    }

    /** The nodes of one reading direction. */
    private final class Index {
        private final EdgeTable edges;
        private final Object[] values;
        private final boolean backwards;

        Index(Map<String, ? extends V> words, boolean backwards) {
            this.backwards = backwards;
            EdgeTable table = new EdgeTable(words.size() * 2);
            List<Object> vals = new ArrayList<>(words.size() * 2);
            vals.add(null);
            words.forEach((word, value) -> {
                if (word.isEmpty()) {
                    return;
                }
                int node = 0;
                for (int i = 0; i < word.length(); i++) {
                    char c = word.charAt(backwards ? word.length() - 1 - i : i);
                    int next = table.get(node, c);
                    if (next < 0) {
                        next = vals.size();
                        vals.add(null);
                        table.put(node, c, next);
                    }
                    node = next;
                }
                vals.set(node, value);
            });
            table.indexRoot();
            this.edges = table;
            this.values = vals.toArray();
        }

        Hit<V> longest(CharSequence text, int from, CharFold f) {
            long last = walk(text, from, f, null);
            return last < 0 ? null : hit(from, (int) last, (int) (last >>> 32));
        }

        List<Hit<V>> all(CharSequence text, int from, CharFold f) {
            List<Hit<V>> out = new ArrayList<>(2);
            walk(text, from, f, out);
            return out;
        }

        /**
         * Reads from {@code from} in this index's direction while the trie has an edge, adding
         * every key passed to {@code sink} when one is given. Returns the last key passed as
         * {@code node << 32 | position}, or -1.
         */
        private long walk(CharSequence text, int from, CharFold f, List<Hit<V>> sink) {
            long last = -1;
            int node = 0;
            int n = text.length();
            int i = from;
            while (backwards ? i > 0 : i < n) {
                char c = text.charAt(backwards ? i - 1 : i);
                node = edges.get(node, f == null ? c : f.fold(c));
                if (node < 0) {
                    break;
                }
                i += backwards ? -1 : 1;
                if (values[node] != null) {
                    last = ((long) node << 32) | i;
                    if (sink != null) {
                        sink.add(hit(from, i, node));
                    }
                }
            }
            return last;
        }

        @SuppressWarnings("unchecked")
        private Hit<V> hit(int from, int to, int node) {
            V value = (V) values[node];
            return backwards ? new Hit<>(to, from, value) : new Hit<>(from, to, value);
        }
    }

    /** Collects words and options; not thread-safe, use once. */
    public static final class Builder<V> {
        private final List<Map.Entry<String, V>> words = new ArrayList<>();
        private CharFold fold;
        private boolean forward = true;
        private boolean backward;

        private Builder() {
        }

        /**
         * Folds keys and text with {@code value} (default: none, keys match exactly).
         *
         * @param value the fold
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder<V> fold(CharFold value) {
            this.fold = Objects.requireNonNull(value, "fold");
            return this;
        }

        /**
         * Whether words can be read forward, from a start ({@link #longestAt}); default on.
         *
         * @param value whether to build the forward direction
         * @return this builder
         */
        public Builder<V> forward(boolean value) {
            this.forward = value;
            return this;
        }

        /**
         * Whether words can be read backward, from an end ({@link #longestEndingAt}); default off.
         *
         * @param value whether to build the backward direction
         * @return this builder
         */
        public Builder<V> backward(boolean value) {
            this.backward = value;
            return this;
        }

        /**
         * Adds a word; an empty word is ignored, a later word with the same (folded) key wins.
         *
         * @param word  the word
         * @param value its value
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder<V> put(String word, V value) {
            Objects.requireNonNull(word, "word");
            Objects.requireNonNull(value, "value");
            if (!word.isEmpty()) {
                words.add(Map.entry(word, value));
            }
            return this;
        }

        /**
         * Adds every entry of {@code map}, in its iteration order.
         *
         * @param map the words and their values
         * @return this builder
         * @throws NullPointerException if a key or value is null
         */
        public Builder<V> putAll(Map<String, ? extends V> map) {
            map.forEach(this::put);
            return this;
        }

        /**
         * The trie.
         *
         * @return a new trie over the words added
         */
        public PrefixTrie<V> build() {
            Map<String, V> folded = new LinkedHashMap<>(words.size() * 2);
            for (Map.Entry<String, V> e : words) {
                folded.put(fold == null ? e.getKey() : fold.fold(e.getKey()), e.getValue());
            }
            return new PrefixTrie<>(folded, fold, forward, backward);
        }
    }
}
