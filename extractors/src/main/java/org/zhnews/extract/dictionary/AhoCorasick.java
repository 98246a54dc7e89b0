package org.zhnews.extract.dictionary;

import java.util.Arrays;
import java.util.Map;

/**
 * An Aho-Corasick automaton over char keys, in primitive arrays: goto edges in one
 * open-addressing table keyed by (state, char), failure and output links per state. Building
 * is linear in the total key length (no per-node objects: HanLP's builder, with a tree map per
 * node, was most of the knowledge base's load time); matching is linear in the text plus the
 * number of hits. Immutable and thread-safe once built.
 *
 * @param <V> the value stored under each key
 */
final class AhoCorasick<V> {

    /** Receives one hit: the key ending at {@code end} (exclusive) that starts at {@code begin}. */
    interface Hit<V> {
        void hit(int begin, int end, V value);
    }

    private static final long EMPTY = -1L;

    private final long[] edgeKeys;
    private final int[] edgeTargets;
    private final int mask;
    private final int[] fail;
    /** The nearest state on the failure chain (this one excluded) that ends a key, or 0. */
    private final int[] outputLink;
    private final int[] depth;
    private final Object[] values;

    private AhoCorasick(long[] edgeKeys, int[] edgeTargets, int[] fail, int[] outputLink, int[] depth,
                        Object[] values) {
        this.edgeKeys = edgeKeys;
        this.edgeTargets = edgeTargets;
        this.mask = edgeKeys.length - 1;
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
        // trie: children as linked lists (for the breadth-first pass), edges in a hash table
        int[] firstChild = new int[capacity];
        int[] nextSibling = new int[capacity];
        char[] label = new char[capacity];
        int[] depth = new int[capacity];
        Object[] values = new Object[capacity];
        Arrays.fill(firstChild, -1);
        long[] keys = newTable(capacity);
        int[] targets = new int[keys.length];
        int states = 1;
        for (Map.Entry<String, V> e : map.entrySet()) {
            String key = e.getKey();
            if (key.isEmpty()) {
                continue;
            }
            int s = 0;
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                int next = find(keys, targets, s, c);
                if (next < 0) {
                    next = states++;
                    label[next] = c;
                    depth[next] = depth[s] + 1;
                    nextSibling[next] = firstChild[s];
                    firstChild[s] = next;
                    put(keys, targets, s, c, next);
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
                int target = find(keys, targets, f, c);
                while (target < 0 && f != 0) {
                    f = fail[f];
                    target = find(keys, targets, f, c);
                }
                fail[v] = target < 0 ? 0 : target;
                int fv = fail[v];
                outputLink[v] = values[fv] != null ? fv : outputLink[fv];
                queue[tail++] = v;
            }
        }
        return new AhoCorasick<>(keys, targets, fail, outputLink, Arrays.copyOf(depth, states),
                Arrays.copyOf(values, states));
    }

    /** Reports every occurrence of every key in {@code text}, in order of their ends. */
    @SuppressWarnings("unchecked")
    void parse(char[] text, Hit<V> hit) {
        int s = 0;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            int next = find(edgeKeys, edgeTargets, mask, s, c);
            while (next < 0 && s != 0) {
                s = fail[s];
                next = find(edgeKeys, edgeTargets, mask, s, c);
            }
            s = next < 0 ? 0 : next;
            for (int o = values[s] != null ? s : outputLink[s]; o != 0; o = outputLink[o]) {
                hit.hit(i + 1 - depth[o], i + 1, (V) values[o]);
            }
        }
    }

    private static long[] newTable(int expectedEdges) {
        long[] t = new long[Integer.highestOneBit(Math.max(4, expectedEdges * 2 - 1)) << 1];
        Arrays.fill(t, EMPTY);
        return t;
    }

    private static int find(long[] keys, int[] targets, int state, char c) {
        return find(keys, targets, keys.length - 1, state, c);
    }

    private static int find(long[] keys, int[] targets, int mask, int state, char c) {
        long k = ((long) state << 16) | c;
        for (int slot = slot(k, mask); ; slot = (slot + 1) & mask) {
            long found = keys[slot];
            if (found == k) {
                return targets[slot];
            }
            if (found == EMPTY) {
                return -1;
            }
        }
    }

    private static void put(long[] keys, int[] targets, int state, char c, int target) {
        long k = ((long) state << 16) | c;
        int mask = keys.length - 1;
        int slot = slot(k, mask);
        while (keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = k;
        targets[slot] = target;
    }

    private static int slot(long k, int mask) {
        return (int) ((k * 0x9E3779B97F4A7C15L) >>> 33) & mask;
    }
}
