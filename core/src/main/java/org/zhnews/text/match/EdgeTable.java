package org.zhnews.text.match;

import java.util.Arrays;

/**
 * The edges of a trie, {@code (state, char) -> state}, in one open-addressing hash table of
 * primitive arrays (no per-node objects, so a dictionary of fifty thousand phrases takes a few
 * megabytes and builds in milliseconds). Grows while a trie is built; only read afterwards, when
 * it is safe to share between threads if published through a final field.
 */
final class EdgeTable {

    private static final long EMPTY = -1L;

    /** Tables with at least this many edges index the root's edges by char ({@link #indexRoot}). */
    private static final int DENSE_ROOT_EDGES = 2048;

    /** The root's targets by char ({@code -1}: no edge), or null: read first, the root being most states' fallback. */
    private int[] root;

    private long[] keys;
    private int[] targets;
    private int mask;
    private int size;

    /** A table sized for about {@code expected} edges. */
    EdgeTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        targets = new int[capacity];
        mask = capacity - 1;
        Arrays.fill(keys, EMPTY);
    }

    /** The target of the edge from {@code state} on {@code c}, or -1. */
    int get(int state, char c) {
        int[] r = root;
        if (state == 0 && r != null) {
            return r[c];
        }
        long k = key(state, c);
        long[] ks = keys;
        int m = mask;
        for (int slot = slot(k, m); ; slot = (slot + 1) & m) {
            long found = ks[slot];
            if (found == k) {
                return targets[slot];
            }
            if (found == EMPTY) {
                return -1;
            }
        }
    }

    /**
     * Ends building: a large table indexes the root's edges in an array (256 KiB), so a lookup
     * from the root, the commonest, is one array read. No edge may be added afterwards.
     */
    void indexRoot() {
        if (size < DENSE_ROOT_EDGES) {
            return;
        }
        int[] r = new int[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            r[c] = get(0, (char) c);
        }
        root = r;
    }

    /** Adds the edge from {@code state} on {@code c}; the edge must be new. */
    void put(int state, char c, int target) {
        if (root != null) {
            throw new IllegalStateException("the table's root is indexed: no edge may be added");
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(keys, targets, key(state, c), target);
        size++;
    }

    /** The number of edges. */
    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldTargets = targets;
        keys = new long[oldKeys.length * 2];
        targets = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                insert(keys, targets, oldKeys[i], oldTargets[i]);
            }
        }
    }

    private static void insert(long[] keys, int[] targets, long k, int target) {
        int m = keys.length - 1;
        int slot = slot(k, m);
        while (keys[slot] != EMPTY) {
            slot = (slot + 1) & m;
        }
        keys[slot] = k;
        targets[slot] = target;
    }

    private static long key(int state, char c) {
        return ((long) state << 16) | c;
    }

    private static int slot(long k, int mask) {
        return (int) ((k * 0x9E3779B97F4A7C15L) >>> 33) & mask;
    }
}
