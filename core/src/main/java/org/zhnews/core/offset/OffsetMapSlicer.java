package org.zhnews.core.offset;

import java.util.Objects;

/**
 * Cuts the part of an {@link OffsetMap} that lies between a range of its new text and a range
 * of its old text: the map of one article of a document, from the article's slice of the
 * original to its slice of the normalized text.
 *
 * <p>Every run of the map is clipped to both ranges. A kept run whose two clipped parts are
 * the same length and aligned stays kept; any other clipped part becomes a changed run, so the
 * slice is a valid map over exactly {@code originalRange.length()} old and {@code
 * range.length()} new code units. When {@code originalRange} is the range {@code range} maps to
 * ({@link OffsetMap#toOriginal}), or that range widened over deleted text at its edges, the
 * slice maps every non-empty range of the new slice like the whole map does, shifted by the
 * two range starts. Stateless.
 */
public final class OffsetMapSlicer {

    private OffsetMapSlicer() {
    }

    /**
     * The part of {@code map} from {@code originalRange} of its old text to {@code range} of its
     * new text, with offsets counted from the two range starts.
     *
     * @param map           the whole map
     * @param range         the range of the new text to keep
     * @param originalRange the range of the old text to keep
     * @return a map from the old slice to the new slice
     * @throws IndexOutOfBoundsException if {@code range} is not inside the new text or {@code
     *                                   originalRange} not inside the old text
     */
    public static OffsetMap slice(OffsetMap map, TextRange range, TextRange originalRange) {
        Objects.requireNonNull(map, "map");
        Objects.checkFromToIndex(range.start(), range.end(), map.length());
        Objects.checkFromToIndex(originalRange.start(), originalRange.end(), map.originalLength());
        OffsetMap.Builder out = OffsetMap.builder();
        int oldPos = 0;
        int newPos = 0;
        for (OffsetMap.Edit e : map.edits()) {
            clip(out, oldPos, e.originalStart(), newPos, e.start(), false, range, originalRange);
            clip(out, e.originalStart(), e.originalEnd(), e.start(), e.end(), true, range, originalRange);
            oldPos = e.originalEnd();
            newPos = e.end();
        }
        clip(out, oldPos, map.originalLength(), newPos, map.length(), false, range, originalRange);
        return out.build();
    }

    /** Adds the part of the run old {@code [os, oe)} / new {@code [ns, ne)} inside both ranges. */
    private static void clip(OffsetMap.Builder out, int os, int oe, int ns, int ne, boolean changed,
                             TextRange range, TextRange originalRange) {
        int cos = Math.max(os, originalRange.start());
        int coe = Math.min(oe, originalRange.end());
        int cns = Math.max(ns, range.start());
        int cne = Math.min(ne, range.end());
        int oldLength = Math.max(0, coe - cos);
        int newLength = Math.max(0, cne - cns);
        if (!changed && oldLength == newLength && cos - os == cns - ns) {
            out.keep(oldLength);
        } else {
            out.change(oldLength, newLength);
        }
    }
}
