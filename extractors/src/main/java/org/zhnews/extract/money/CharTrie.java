package org.zhnews.extract.money;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhnews.extract.resource.CharFold;

/**
 * An immutable trie over already-folded words, read forwards or backwards, whose lookups
 * allocate nothing: edges of a node are a sorted run of chars searched by bisection. Thread-safe.
 *
 * @param <V> the value of a word
 */
final class CharTrie<V> {

    private final int[] edgeStart;
    private final char[] edgeChar;
    private final int[] edgeTarget;
    private final Object[] values;
    private final boolean backwards;

    private CharTrie(int[] edgeStart, char[] edgeChar, int[] edgeTarget, Object[] values, boolean backwards) {
        this.edgeStart = edgeStart;
        this.edgeChar = edgeChar;
        this.edgeTarget = edgeTarget;
        this.values = values;
        this.backwards = backwards;
    }

    /** A trie of {@code words}, spelled backwards when {@code backwards} (for matches ending at a point). */
    static <V> CharTrie<V> of(Map<String, V> words, boolean backwards) {
        List<TreeMap<Character, Integer>> children = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        children.add(new TreeMap<>());
        values.add(null);
        words.forEach((word, value) -> {
            int node = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(backwards ? word.length() - 1 - i : i);
                Integer next = children.get(node).get(c);
                if (next == null) {
                    next = children.size();
                    children.get(node).put(c, next);
                    children.add(new TreeMap<>());
                    values.add(null);
                }
                node = next;
            }
            values.set(node, value);
        });
        int nodes = children.size();
        int[] start = new int[nodes + 1];
        int edges = 0;
        for (int k = 0; k < nodes; k++) {
            start[k] = edges;
            edges += children.get(k).size();
        }
        start[nodes] = edges;
        char[] chars = new char[edges];
        int[] targets = new int[edges];
        for (int k = 0; k < nodes; k++) {
            int e = start[k];
            for (Map.Entry<Character, Integer> edge : children.get(k).entrySet()) {
                chars[e] = edge.getKey();
                targets[e] = edge.getValue();
                e++;
            }
        }
        return new CharTrie<>(start, chars, targets, values.toArray(), backwards);
    }

    /**
     * The end (forwards) or start (backwards) of the longest word read from {@code from} in the
     * trie's direction, text characters folded by {@code fold}, or -1; {@link #valueAt} then
     * gives its value.
     */
    long longest(CharSequence text, int from, CharFold fold) {
        int node = 0;
        long best = -1;
        int i = from;
        while (backwards ? i > 0 : i < text.length()) {
            char c = fold.fold(text.charAt(backwards ? i - 1 : i));
            int next = child(node, c);
            if (next < 0) {
                break;
            }
            node = next;
            i += backwards ? -1 : 1;
            if (values[node] != null) {
                best = ((long) node << 32) | i;
            }
        }
        return best;
    }

    /** The text position encoded in a result of {@link #longest}. */
    static int position(long found) {
        return (int) found;
    }

    /** The value of the word of a result of {@link #longest}. */
    @SuppressWarnings("unchecked")
    V valueAt(long found) {
        return (V) values[(int) (found >>> 32)];
    }

    private int child(int node, char c) {
        int lo = edgeStart[node];
        int hi = edgeStart[node + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = edgeChar[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return edgeTarget[mid];
            }
        }
        return -1;
    }
}
