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

    /** The map of a text of {@code length} code units that was not changed. */
    public static OffsetMap identity(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative length: " + length);
        }
        if (length == 0) {
            return new OffsetMap(EMPTY, EMPTY, new boolean[0]);
        }
        return new OffsetMap(new int[] {length}, new int[] {length}, new boolean[] {false});
    }

    /** A builder of a map over an old text of {@code oldLength} code units. */
    public static Builder builder() {
        return new Builder();
    }

    /** Length of the old (original) text. */
    public int originalLength() {
        return oldLength;
    }

    /** Length of the new text. */
    public int length() {
        return newLength;
    }

    /** True when no run is changed: every offset maps to itself. */
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
     * @throws IndexOutOfBoundsException unless {@code 0 <= start <= length()}
     */
    public int toOriginalStart(int start) {
        Objects.checkIndex(start, newLength + 1);
        if (start == newLength) {
            return oldLength;
        }
        int i = runContaining(start);
        return changed[i] ? oldStarts[i] : oldStarts[i] + (start - newStarts[i]);
    }

    /**
     * Maps an exclusive end offset of the new text to the old text.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= end <= length()}
     */
    public int toOriginalEnd(int end) {
        Objects.checkIndex(end, newLength + 1);
        if (end == 0) {
            return toOriginalStart(0);
        }
        int i = runContaining(end - 1);
        return changed[i] ? oldStarts[i] + oldLens[i] : oldStarts[i] + (end - newStarts[i]);
    }

    /**
     * Maps the range {@code [start, end)} of the new text to the old text. An empty range maps
     * to an empty range at the mapped start.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= length()}
     */
    public TextRange toOriginal(int start, int end) {
        Objects.checkFromToIndex(start, end, newLength);
        int os = toOriginalStart(start);
        if (start == end) {
            return new TextRange(os, os);
        }
        return new TextRange(os, Math.max(os, toOriginalEnd(end)));
    }

    /** Index of the non-empty run (in the new text) that holds the character at {@code pos}. */
    private int runContaining(int pos) {
        int lo = 0;
        int hi = newStarts.length - 1;
        // last run whose new start is <= pos; empty runs at pos precede the run that holds pos
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (newStarts[mid] <= pos) {
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
        Builder out = new Builder();
        int i = 0;
        int j = 0;
        int restA = oldLens.length > 0 ? newLens[0] : 0;
        int restB = next.oldLens.length > 0 ? next.oldLens[0] : 0;
        boolean startedA = false;
        boolean startedB = false;
        long pendingOld = 0;
        long pendingNew = 0;
        boolean pending = false;
        int nA = oldLens.length;
        int nB = next.oldLens.length;
        while (i < nA || j < nB) {
            boolean insertionNext = j < nB && next.oldLens[j] == 0;
            boolean openA = startedA && i < nA && changed[i];
            boolean openB = startedB && j < nB && next.changed[j];
            if (pending && !openA && !openB && !insertionNext) {
                // the changed runs of the group are complete: close it, so that a deletion
                // or change that follows stays a run of its own
                out.change((int) pendingOld, (int) pendingNew);
                pendingOld = 0;
                pendingNew = 0;
                pending = false;
            }
            if (i < nA && newLens[i] == 0) {
                // deletion in this map: occupies no middle text
                pendingOld += oldLens[i];
                pending = true;
                i++;
                if (i < nA) {
                    restA = newLens[i];
                    startedA = false;
                }
                continue;
            }
            if (j < nB && next.oldLens[j] == 0) {
                // insertion in the next map: occupies no middle text
                pendingNew += next.newLens[j];
                pending = true;
                j++;
                if (j < nB) {
                    restB = next.oldLens[j];
                    startedB = false;
                }
                continue;
            }
            if (i >= nA || j >= nB) {
                throw new IllegalStateException("offset maps out of step");
            }
            int step = Math.min(restA, restB);
            boolean changedA = changed[i];
            boolean changedB = next.changed[j];
            if (!changedA && !changedB) {
                // both runs are kept, so nothing is open: the check above closed any group
                out.keep(step);
            } else {
                pending = true;
                if (changedA) {
                    if (!startedA) {
                        pendingOld += oldLens[i];
                    }
                } else {
                    pendingOld += step;
                }
                if (changedB) {
                    if (!startedB) {
                        pendingNew += next.newLens[j];
                    }
                } else {
                    pendingNew += step;
                }
            }
            startedA = true;
            startedB = true;
            restA -= step;
            restB -= step;
            if (restA == 0) {
                i++;
                startedA = false;
                if (i < nA) {
                    restA = newLens[i];
                }
            }
            if (restB == 0) {
                j++;
                startedB = false;
                if (j < nB) {
                    restB = next.oldLens[j];
                }
            }
        }
        if (pending) {
            out.change((int) pendingOld, (int) pendingNew);
        }
        return out.build();
    }

    /** The changed runs, in text order: what was removed, replaced or inserted. */
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

    /** Number of runs, kept and changed. */
    public int runCount() {
        return changed.length;
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

        /** {@code length} characters copied unchanged. */
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
         */
        public Builder change(int oldLength, int newLength) {
            requireNonNegative(oldLength);
            requireNonNegative(newLength);
            if (oldLength == 0 && newLength == 0) {
                return this;
            }
            return add(oldLength, newLength, true);
        }

        /** {@code length} old characters removed. */
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

        /** The map built so far. The builder may be used on afterwards. */
        public OffsetMap build() {
            return new OffsetMap(Arrays.copyOf(oldLens, size), Arrays.copyOf(newLens, size),
                    Arrays.copyOf(changed, size));
        }
    }
}
