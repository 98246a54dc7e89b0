package org.zhnews.text.sentence;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Finds where sentences end inside one line (a line break always ends one; the caller adds
 * that cut). A sentence ends after a run of end marks and the closing quotes and brackets
 * right after it ({@code 。」}, {@code ！”}, {@code 。）}), when that leaves no bracket or quote
 * open, and unless a clause mark follows ({@code ……，}). An end mark inside brackets or
 * quotes is held back; when the line ends with the bracket still open (an unbalanced mark),
 * the held-back ends count after all, so an unclosed quote swallows nothing. Nesting is
 * bounded: openers beyond {@link #MAX_DEPTH} are ignored.
 *
 * <p>One scanner serves one segmentation on one thread; time is linear in the line's length.
 */
final class LineScanner {

    static final int MAX_DEPTH = 16;

    private final int[] families = new int[MAX_DEPTH];
    /** For each open entry, the size of {@link #held} when it opened. */
    private final int[] heldAtOpen = new int[MAX_DEPTH];
    private int depth;
    private int[] held = new int[16];
    private int heldCount;

    /**
     * Sets in {@code cuts} (offsets relative to {@code base}) every place in the line
     * {@code [start, end)} where a sentence ends.
     */
    void scan(CharSequence text, int start, int end, BitSet cuts, int base) {
        depth = 0;
        heldCount = 0;
        int i = start;
        while (i < end && Marks.isSpace(text.charAt(i))) {
            i++;
        }
        i += ListMarker.length(text, i, end);
        while (i < end) {
            char c = text.charAt(i);
            if (Marks.isPlain(c)) {
                i++;
            } else if (Marks.isEnd(c)) {
                i = endRun(text, i, end, cuts, base);
            } else {
                bracket(c);
                i++;
            }
        }
        for (int k = 0; k < heldCount; k++) {
            cuts.set(held[k] - base); // ends held back by brackets never closed on this line
        }
    }

    /** Handles the end marks from {@code i}; returns where scanning goes on. */
    private int endRun(CharSequence text, int i, int end, BitSet cuts, int base) {
        int runEnd = i;
        boolean chinese = false;
        while (runEnd < end && Marks.isEnd(text.charAt(runEnd))) {
            chinese |= Marks.isChineseEnd(text.charAt(runEnd));
            runEnd++;
        }
        int next = runEnd;
        while (next < end && (Marks.closerFamily(text.charAt(next)) != Marks.NONE
                || text.charAt(next) == '"' && isOpen(Marks.STRAIGHT_QUOTE))) {
            next++;
        }
        if (!chinese && !LatinStop.ends(text, i, runEnd, next, end)) {
            return runEnd; // 3.5, U.S., ?id=1: the marks are ordinary characters here
        }
        for (int k = runEnd; k < next; k++) {
            bracket(text.charAt(k));
        }
        if (next < end && Marks.isClauseMark(text.charAt(next))) {
            return next; // ……， goes on
        }
        if (depth == 0) {
            cuts.set(next - base);
        } else {
            hold(next);
        }
        return next;
    }

    /** Updates the open brackets and quotes for {@code c}. */
    private void bracket(char c) {
        if (c == '"') {
            if (isOpen(Marks.STRAIGHT_QUOTE)) {
                closeTo(Marks.STRAIGHT_QUOTE);
            } else {
                open(Marks.STRAIGHT_QUOTE);
            }
            return;
        }
        int family = Marks.openerFamily(c);
        if (family != Marks.NONE) {
            open(family);
            return;
        }
        family = Marks.closerFamily(c);
        if (family != Marks.NONE) {
            closeTo(family);
        }
    }

    private void open(int family) {
        if (depth < MAX_DEPTH) {
            families[depth] = family;
            heldAtOpen[depth] = heldCount;
            depth++;
        }
    }

    private boolean isOpen(int family) {
        for (int d = depth - 1; d >= 0; d--) {
            if (families[d] == family) {
                return true;
            }
        }
        return false;
    }

    /**
     * Closes the innermost open entry of {@code family} and every entry inside it; the ends
     * held back inside them were inside brackets after all and are dropped. A closer with no
     * opener is ignored.
     */
    private void closeTo(int family) {
        for (int d = depth - 1; d >= 0; d--) {
            if (families[d] == family) {
                heldCount = heldAtOpen[d];
                depth = d;
                return;
            }
        }
    }

    private void hold(int position) {
        if (heldCount == held.length) {
            held = Arrays.copyOf(held, heldCount * 2);
        }
        held[heldCount++] = position;
    }
}
