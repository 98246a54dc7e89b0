package org.zhnews.normalize.script;

import java.util.Arrays;
import java.util.Map;

/**
 * An immutable char trie from keys to replacement strings, for left-to-right longest-match
 * conversion. Transitions live in one open-addressing table keyed by (node, char), so a
 * dictionary of fifty thousand phrases takes a few megabytes and no per-node objects.
 *
 * <p>Immutable and safe to share between threads once built.
 */
final class PhraseTrie {

    private static final long EMPTY = -1L;

    private final long[] keys;
    private final int[] targets;
    private final int mask;
    private final String[] values;
    private final int maxKeyLength;
    private final int size;

    private PhraseTrie(long[] keys, int[] targets, String[] values, int maxKeyLength, int size) {
        this.keys = keys;
        this.targets = targets;
        this.mask = keys.length - 1;
        this.values = values;
        this.maxKeyLength = maxKeyLength;
        this.size = size;
    }

    /** A trie over every entry of {@code map}; empty keys are ignored. */
    static PhraseTrie of(Map<String, String> map) {
        EdgeTable edges = new EdgeTable(map.size() * 2);
        String[] vals = new String[Math.max(16, map.size() * 2)];
        int nodes = 1;
        int maxLen = 0;
        int count = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            String key = e.getKey();
            if (key.isEmpty()) {
                continue;
            }
            int node = 0;
            for (int i = 0; i < key.length(); i++) {
                long edge = edgeKey(node, key.charAt(i));
                int next = edges.get(edge);
                if (next < 0) {
                    next = nodes++;
                    edges.put(edge, next);
                }
                node = next;
            }
            if (node >= vals.length) {
                vals = Arrays.copyOf(vals, Math.max(node + 1, vals.length * 2));
            }
            vals[node] = e.getValue();
            maxLen = Math.max(maxLen, key.length());
            count++;
        }
        return new PhraseTrie(edges.keys, edges.targets, Arrays.copyOf(vals, nodes), maxLen, count);
    }

    /** Number of keys. */
    int size() {
        return size;
    }

    /** Length of the longest key. */
    int maxKeyLength() {
        return maxKeyLength;
    }

    /** The longest key that starts at {@code from} in {@code text}, or null when none does. */
    Match longestMatch(CharSequence text, int from) {
        int node = 0;
        int bestLength = 0;
        String bestValue = null;
        int end = text.length();
        for (int i = from; i < end; i++) {
            node = child(node, text.charAt(i));
            if (node < 0) {
                break;
            }
            String v = values[node];
            if (v != null) {
                bestLength = i - from + 1;
                bestValue = v;
            }
        }
        return bestValue == null ? null : new Match(bestLength, bestValue);
    }

    /** Converts a whole string by left-to-right longest match; unmatched chars are kept. */
    String convert(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            Match m = longestMatch(text, i);
            if (m == null) {
                sb.append(text.charAt(i));
                i++;
            } else {
                sb.append(m.value());
                i += m.length();
            }
        }
        return sb.toString();
    }

    private int child(int node, char c) {
        long k = edgeKey(node, c);
        int slot = slot(k, mask);
        while (true) {
            long found = keys[slot];
            if (found == k) {
                return targets[slot];
            }
            if (found == EMPTY) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static long edgeKey(int node, char c) {
        return ((long) node << 16) | c;
    }

    private static int slot(long k, int mask) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 33) & mask;
    }

    /**
     * The growing open-addressing table of (node, char) edges used while building: primitive
     * arrays, no boxed keys (building the tables is most of the script normalizer's start-up).
     */
    private static final class EdgeTable {
        long[] keys;
        int[] targets;
        private int size;

        EdgeTable(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
            keys = new long[capacity];
            targets = new int[capacity];
            Arrays.fill(keys, EMPTY);
        }

        int get(long k) {
            int mask = keys.length - 1;
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

        void put(long k, int target) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            insert(keys, targets, k, target);
            size++;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldTargets = targets;
            keys = new long[oldKeys.length * 2];
            targets = new int[oldKeys.length * 2];
            Arrays.fill(keys, EMPTY);
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    insert(keys, targets, oldKeys[i], oldTargets[i]);
                }
            }
        }

        private static void insert(long[] keys, int[] targets, long k, int target) {
            int mask = keys.length - 1;
            int slot = slot(k, mask);
            while (keys[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            targets[slot] = target;
        }
    }

    /** A key found in the text: its length in chars and its replacement. */
    record Match(int length, String value) {
    }
}
