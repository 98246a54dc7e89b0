package org.zhnews.text.match;

import java.util.Arrays;

/**
 * The edges of a trie, {@code (state, char) -> state}, in one open-addressing hash table of
 * longs, each holding an edge's key and target together so that a lookup reads one slot (no
 * per-node objects, so a dictionary of fifty thousand phrases takes a few megabytes and builds in
 * milliseconds). States and targets are below 2<sup>24</sup> - 1. Grows while a trie is built; only read afterwards, when
 * it is safe to share between threads if published through a final field.
 */
final class EdgeTable {

    private static final long EMPTY = -1L;

    /** Tables with at least this many edges index the root's edges by char ({@link #indexRoot}). */
    private static final int DENSE_ROOT_EDGES = 2048;

    /** The root's targets by char ({@code -1}: no edge), or null: read first, the root being most states' fallback. */
    private int[] root;

    /** Bits of an entry that hold the target; the key ({@code state << 16 | char}) sits above them. */
    private static final int TARGET_BITS = 24;
    private static final long TARGET_MASK = (1L << TARGET_BITS) - 1;
    /** States and targets must stay below this, so no entry equals {@link #EMPTY}. */
    static final int MAX_STATES = (1 << TARGET_BITS) - 1;

    /** The edges: {@code key << TARGET_BITS | target}, or {@link #EMPTY}. */
    private long[] entries;
    /**
     * Per state, one bit for each char it has an edge on (a hash of the char picks the bit; a
     * state past the end has no edge): most lookups that find nothing stop here, without
     * probing the table.
     */
    private int[] childBits = new int[16];
    private int mask;
    private int size;

    /** A table sized for about {@code expected} edges. */
    EdgeTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        entries = new long[capacity];
        mask = capacity - 1;
        Arrays.fill(entries, EMPTY);
    }

    /** The target of the edge from {@code state} on {@code c}, or -1. */
    int get(int state, char c) {
        int[] r = root;
        if (state == 0 && r != null) {
            return r[c];
        }
        int[] bits = childBits;
        if (state >= bits.length || (bits[state] & childBit(c)) == 0) {
            return -1;
        }
        long k = key(state, c);
        long[] es = entries;
        int m = mask;
        for (int slot = slot(k, m); ; slot = (slot + 1) & m) {
            long found = es[slot];
            if (found >>> TARGET_BITS == k) {
                return (int) (found & TARGET_MASK);
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
        if (state >= MAX_STATES || target >= MAX_STATES) {
            throw new IllegalStateException("a trie holds at most " + MAX_STATES + " states");
        }
        if (2 * (size + 1) > entries.length) {
            grow();
        }
        insert(entries, key(state, c) << TARGET_BITS | target);
        if (state >= childBits.length) {
            childBits = Arrays.copyOf(childBits, Math.max(state + 1, childBits.length * 2));
        }
        childBits[state] |= childBit(c);
        size++;
    }

    /** The number of edges. */
    int size() {
        return size;
    }

    private void grow() {
        long[] old = entries;
        entries = new long[old.length * 2];
        mask = entries.length - 1;
        Arrays.fill(entries, EMPTY);
        for (long e : old) {
            if (e != EMPTY) {
                insert(entries, e);
            }
        }
    }

    private static void insert(long[] entries, long entry) {
        int m = entries.length - 1;
        int slot = slot(entry >>> TARGET_BITS, m);
        while (entries[slot] != EMPTY) {
            slot = (slot + 1) & m;
        }
        entries[slot] = entry;
    }

    private static int childBit(char c) {
        return 1 << ((c * 0x9E3779B9) >>> 27);
    }

    private static long key(int state, char c) {
        return ((long) state << 16) | c;
    }

    private static int slot(long k, int mask) {
        return (int) ((k * 0x9E3779B97F4A7C15L) >>> 33) & mask;
    }
}
