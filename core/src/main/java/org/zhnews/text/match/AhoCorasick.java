package org.zhnews.text.match;

import java.util.Arrays;
import java.util.Map;

/**
 * An Aho-Corasick automaton over char keys, in primitive arrays: goto edges in one {@link
 * EdgeTable}, failure and output links per state. Building is linear in the total key length
 * (no per-node objects); matching is linear in the text plus the number of hits. Immutable and
 * thread-safe once built.
 *
 * @param <V> the value stored under each key
 */
final class AhoCorasick<V> {

    /** Receives one hit: the key ending at {@code end} (exclusive) that starts at {@code begin}. */
    interface Hit<V> {
        void hit(int begin, int end, V value);
    }

    private final EdgeTable edges;
    /** The chars that occur in some key, one bit each: any other char sends every state to the root. */
    private final long[] alphabet;
    private final int[] fail;
    /** The nearest state on the failure chain (this one excluded) that ends a key, or 0. */
    private final int[] outputLink;
    private final int[] depth;
    private final Object[] values;

    private AhoCorasick(EdgeTable edges, int[] fail, int[] outputLink, int[] depth, Object[] values,
                        long[] alphabet) {
        this.edges = edges;
        this.alphabet = alphabet;
        this.fail = fail;
        this.outputLink = outputLink;
        this.depth = depth;
        this.values = values;
    }

    /** The automaton over every non-empty key of {@code map}. */
    static <V> AhoCorasick<V> build(Map<String, V> map) {
        int capacity = 16;
        for (String key : map.keySet()) {
            capacity += key.length();
        }
        // trie: children as linked lists (for the breadth-first pass), edges in the hash table
        int[] firstChild = new int[capacity];
        int[] nextSibling = new int[capacity];
        char[] label = new char[capacity];
        int[] depth = new int[capacity];
        Object[] values = new Object[capacity];
        Arrays.fill(firstChild, -1);
        EdgeTable edges = new EdgeTable(capacity);
        int states = 1;
        for (Map.Entry<String, V> e : map.entrySet()) {
            String key = e.getKey();
            if (key.isEmpty()) {
                continue;
            }
            int s = 0;
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                int next = edges.get(s, c);
                if (next < 0) {
                    next = states++;
                    label[next] = c;
                    depth[next] = depth[s] + 1;
                    nextSibling[next] = firstChild[s];
                    firstChild[s] = next;
                    edges.put(s, c, next);
                }
                s = next;
            }
            values[s] = e.getValue();
        }
        int[] fail = new int[states];
        int[] outputLink = new int[states];
        int[] queue = new int[states];
        int head = 0;
        int tail = 0;
        for (int c = firstChild[0]; c >= 0; c = nextSibling[c]) {
            queue[tail++] = c; // depth 1: fail to the root
        }
        while (head < tail) {
            int u = queue[head++];
            for (int v = firstChild[u]; v >= 0; v = nextSibling[v]) {
                char c = label[v];
                int f = fail[u];
                int target = edges.get(f, c);
                while (target < 0 && f != 0) {
                    f = fail[f];
                    target = edges.get(f, c);
                }
                fail[v] = target < 0 ? 0 : target;
                int fv = fail[v];
                outputLink[v] = values[fv] != null ? fv : outputLink[fv];
                queue[tail++] = v;
            }
        }
        edges.indexRoot();
        long[] alphabet = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
        for (int v = 1; v < states; v++) {
            alphabet[label[v] >>> 6] |= 1L << label[v];
        }
        return new AhoCorasick<>(edges, fail, outputLink, Arrays.copyOf(depth, states),
                Arrays.copyOf(values, states), alphabet);
    }



    /** Reports every occurrence of every key in {@code text}, in order of their ends. */
    @SuppressWarnings("unchecked")
    void parse(char[] text, Hit<V> hit) {
        int s = 0;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if ((alphabet[c >>> 6] & (1L << c)) == 0) {
                s = 0; // no key holds c: no state has an edge on it, and the root ends no key
                continue;
            }
            int next = edges.get(s, c);
            while (next < 0 && s != 0) {
                s = fail[s];
                next = edges.get(s, c);
            }
            s = next < 0 ? 0 : next;
            for (int o = values[s] != null ? s : outputLink[s]; o != 0; o = outputLink[o]) {
                hit.hit(i + 1 - depth[o], i + 1, (V) values[o]);
            }
        }
    }
}
