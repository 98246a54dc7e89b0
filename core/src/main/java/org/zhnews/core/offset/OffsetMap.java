package org.zhnews.core.offset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable, run-length description of how one text became another, used to map any range
 * of the new text back to the range of the old text it came from.
 *
 * <p>The map is a sequence of runs that together cover both texts from start to end. A
 * <em>kept</em> run has the same length on both sides and maps character to character. A
 * <em>changed</em> run replaces {@code n} old characters by {@code m} new ones ({@code m == 0}
 * is a deletion, {@code n == 0} an insertion) and is atomic: any position inside it maps to the
 * whole old run. All offsets are UTF-16 code units, ends exclusive.
 *
 * <p>Mapping a range {@code [start, end)} back: a start inside a changed run goes to the run's
 * old start, an end inside one to the run's old end; deletions at the edges of the range are
 * skipped. So for {@code 创(chuàng)新 -> 创新}, {@code 新} maps to {@code [9,10)} and
 * {@code 创新} to {@code [0,10)}.
 *
 * <p>Maps compose with {@link #andThen(OffsetMap)}, so the map of a chain of normalizers takes
 * the final text straight back to the input. Instances are immutable and safe to share between
 * threads.
 */
public final class OffsetMap {

    private static final int[] EMPTY = new int[0];

    /** Old and new length of each run, and whether it is a changed run. */
    private final int[] oldLens;
    private final int[] newLens;
    private final boolean[] changed;
    /** Prefix sums: where each run starts in the old and new text. */
    private final int[] oldStarts;
    private final int[] newStarts;
    private final int oldLength;
    private final int newLength;

    private OffsetMap(int[] oldLens, int[] newLens, boolean[] changed) {
        this.oldLens = oldLens;
        this.newLens = newLens;
        this.changed = changed;
        int n = oldLens.length;
        this.oldStarts = new int[n];
        this.newStarts = new int[n];
        long o = 0;
        long w = 0;
        for (int i = 0; i < n; i++) {
            oldStarts[i] = (int) o;
            newStarts[i] = (int) w;
            o += oldLens[i];
            w += newLens[i];
        }
        if (o > Integer.MAX_VALUE || w > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("text too long for an offset map");
        }
        this.oldLength = (int) o;
        this.newLength = (int) w;
    }

    /**
     * The map of a text of {@code length} code units that was not changed.
     *
     * @param length the text's length, in code units
     * @return a map with one kept run, or no run for length 0
     * @throws IllegalArgumentException if {@code length} is negative
     */
    public static OffsetMap identity(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative length: " + length);
        }
        return length == 0 ? new OffsetMap(EMPTY, EMPTY, new boolean[0])
                : new OffsetMap(new int[] {length}, new int[] {length}, new boolean[] {false});
    }

    /** {@return a new builder} A builder of a new map, with no runs yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the old text's length, in UTF-16 code units} Length of the old (original) text. */
    public int originalLength() {
        return oldLength;
    }

    /** {@return the new text's length, in UTF-16 code units} Length of the new text. */
    public int length() {
        return newLength;
    }

    /** {@return whether no run is changed: every offset maps to itself} */
    public boolean isIdentity() {
        for (boolean c : changed) {
            if (c) {
                return false;
            }
        }
        return true;
    }

    /**
     * Maps a start offset of the new text to the old text.
     *
     * @param start an offset in the new text
     * @return the offset in the old text: a changed run's old start when {@code start} is inside it
     * @throws IndexOutOfBoundsException unless {@code 0 <= start <= length()}
     */
    public int toOriginalStart(int start) {
        return mapStart(start, newStarts, newLength, oldStarts, oldLength);
    }

    /**
     * Maps an exclusive end offset of the new text to the old text.
     *
     * @param end an exclusive end offset in the new text
     * @return the offset in the old text: a changed run's old end when {@code end} falls inside it
     * @throws IndexOutOfBoundsException unless {@code 0 <= end <= length()}
     */
    public int toOriginalEnd(int end) {
        return mapEnd(end, newStarts, newLength, oldStarts, oldLens, oldLength);
    }

    /**
     * Maps the range {@code [start, end)} of the new text to the old text. An empty range maps
     * to an empty range at the mapped start.
     *
     * @param start first code unit of the range in the new text
     * @param end   one past its last code unit
     * @return the range in the old text
     * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= length()}
     */
    public TextRange toOriginal(int start, int end) {
        Objects.checkFromToIndex(start, end, newLength);
        int os = toOriginalStart(start);
        return new TextRange(os, start == end ? os : Math.max(os, toOriginalEnd(end)));
    }

    /**
     * Maps a start offset of the old text forward to the new text: inside a changed run, to
     * the run's new start.
     *
     * @param start an offset in the old text
     * @return the offset in the new text
     * @throws IndexOutOfBoundsException unless {@code 0 <= start <= originalLength()}
     */
    public int fromOriginalStart(int start) {
        return mapStart(start, oldStarts, oldLength, newStarts, newLength);
    }

    /**
     * Maps an exclusive end offset of the old text forward to the new text: inside a changed
     * run, to the run's new end.
     *
     * @param end an exclusive end offset in the old text
     * @return the offset in the new text
     * @throws IndexOutOfBoundsException unless {@code 0 <= end <= originalLength()}
     */
    public int fromOriginalEnd(int end) {
        return mapEnd(end, oldStarts, oldLength, newStarts, newLens, newLength);
    }

    /**
     * Maps the range {@code [start, end)} of the old text forward to the new text, the mirror
     * of {@link #toOriginal}: a start inside a changed run goes to the run's new start, an end
     * to its new end, and text inserted at the edges of the range is left out. A range inside
     * a deletion maps to an empty range where the deleted text stood; an empty range maps to an
     * empty range at the mapped start.
     *
     * @param start first code unit of the range in the old text
     * @param end   one past its last code unit
     * @return the range in the new text
     * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= originalLength()}
     */
    public TextRange fromOriginal(int start, int end) {
        Objects.checkFromToIndex(start, end, oldLength);
        int ns = fromOriginalStart(start);
        return new TextRange(ns, start == end ? ns : Math.max(ns, fromOriginalEnd(end)));
    }

    /** Maps a start offset from one side's coordinates ({@code from}) to the other's ({@code to}). */
    private int mapStart(int pos, int[] fromStarts, int fromLength, int[] toStarts, int toLength) {
        Objects.checkIndex(pos, fromLength + 1);
        if (pos == fromLength) {
            return toLength;
        }
        int i = runContaining(fromStarts, pos);
        return changed[i] ? toStarts[i] : toStarts[i] + (pos - fromStarts[i]);
    }

    /** Maps an exclusive end offset from one side's coordinates to the other's. */
    private int mapEnd(int end, int[] fromStarts, int fromLength, int[] toStarts, int[] toLens, int toLength) {
        Objects.checkIndex(end, fromLength + 1);
        if (end == 0) {
            return mapStart(0, fromStarts, fromLength, toStarts, toLength);
        }
        int i = runContaining(fromStarts, end - 1);
        return changed[i] ? toStarts[i] + toLens[i] : toStarts[i] + (end - fromStarts[i]);
    }

    /** Index of the non-empty run (on the side whose run starts are {@code starts}) that holds {@code pos}. */
    private static int runContaining(int[] starts, int pos) {
        int lo = 0;
        int hi = starts.length - 1;
        // last run whose start is <= pos; empty runs at pos precede the run that holds pos
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= pos) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * The composition of this map (old -> middle) with {@code next} (middle -> new): a map from
     * this map's old text to {@code next}'s new text. Changed runs of the two maps that overlap
     * merge into one changed run, so a range maps to the same original range as mapping through
     * both maps in turn or, where their changes overlap, to a wider range that contains it.
     * Deletions next to kept text or to a complete change stay runs of their own.
     *
     * @param next a map from this map's new text
     * @return a map from this map's old text to {@code next}'s new text
     * @throws IllegalArgumentException if {@code next} does not start from this map's new text
     */
    public OffsetMap andThen(OffsetMap next) {
        Objects.requireNonNull(next, "next");
        if (next.oldLength != newLength) {
            throw new IllegalArgumentException("cannot compose: this map yields " + newLength
                    + " chars but the next one expects " + next.oldLength);
        }
        if (next.isIdentity()) {
            return this;
        }
        if (isIdentity()) {
            return next;
        }
        return MapComposition.compose(this, next);
    }

    /**
     * {@return the edits, unmodifiable; empty for an identity map} The changed runs, in text order: what
     * was removed, replaced or inserted.
     */
    public List<Edit> edits() {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < changed.length; i++) {
            if (changed[i]) {
                edits.add(new Edit(oldStarts[i], oldStarts[i] + oldLens[i],
                        newStarts[i], newStarts[i] + newLens[i]));
            }
        }
        return List.copyOf(edits);
    }

    /** {@return the number of runs; 0 for an empty text} Number of runs, kept and changed. */
    public int runCount() {
        return changed.length;
    }

    int oldLen(int run) {
        return oldLens[run];
    }

    int newLen(int run) {
        return newLens[run];
    }

    boolean isChanged(int run) {
        return changed[run];
    }

    /**
     * One changed run: old text {@code [originalStart, originalEnd)} became new text
     * {@code [start, end)}.
     */
    public record Edit(int originalStart, int originalEnd, int start, int end) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap m && Arrays.equals(oldLens, m.oldLens)
                && Arrays.equals(newLens, m.newLens) && Arrays.equals(changed, m.changed);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(oldLens) + Arrays.hashCode(newLens);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("OffsetMap[");
        for (int i = 0; i < changed.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            if (changed[i]) {
                sb.append(oldLens[i]).append("->").append(newLens[i]);
            } else {
                sb.append('=').append(oldLens[i]);
            }
        }
        return sb.append(']').toString();
    }

    /**
     * Builds a map run by run, from the start of both texts. Adjacent kept runs merge; changed
     * runs stay as given. Not thread-safe; use one builder per map.
     */
    public static final class Builder {
        private int[] oldLens = new int[16];
        private int[] newLens = new int[16];
        private boolean[] changed = new boolean[16];
        private int size;

        private Builder() {
        }

        /**
         * {@code length} characters copied unchanged.
         *
         * @param length the number of code units kept, 0 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code length} is negative
         */
        public Builder keep(int length) {
            requireNonNegative(length);
            if (length == 0) {
                return this;
            }
            if (size > 0 && !changed[size - 1]) {
                oldLens[size - 1] += length;
                newLens[size - 1] += length;
                return this;
            }
            return add(length, length, false);
        }

        /**
         * {@code oldLength} characters replaced by {@code newLength} characters, as one atomic
         * run (either length may be zero, not both).
         *
         * @param oldLength the number of old code units replaced
         * @param newLength the number of new code units in their place
         * @return this builder
         * @throws IllegalArgumentException if a length is negative
         */
        public Builder change(int oldLength, int newLength) {
            requireNonNegative(oldLength);
            requireNonNegative(newLength);
            if (oldLength == 0 && newLength == 0) {
                return this;
            }
            return add(oldLength, newLength, true);
        }

        /**
         * {@code length} old characters removed.
         *
         * @param length the number of old code units deleted
         * @return this builder
         * @throws IllegalArgumentException if {@code length} is negative
         */
        public Builder delete(int length) {
            return change(length, 0);
        }

        private Builder add(int oldLength, int newLength, boolean isChanged) {
            if (size == oldLens.length) {
                int cap = size * 2;
                oldLens = Arrays.copyOf(oldLens, cap);
                newLens = Arrays.copyOf(newLens, cap);
                changed = Arrays.copyOf(changed, cap);
            }
            oldLens[size] = oldLength;
            newLens[size] = newLength;
            changed[size] = isChanged;
            size++;
            return this;
        }

        private static void requireNonNegative(int length) {
            if (length < 0) {
                throw new IllegalArgumentException("negative length: " + length);
            }
        }

        /** {@return a new map} The map built so far. The builder may be used on afterwards. */
        public OffsetMap build() {
            return new OffsetMap(Arrays.copyOf(oldLens, size), Arrays.copyOf(newLens, size),
                    Arrays.copyOf(changed, size));
        }
    }
}
