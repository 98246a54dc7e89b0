package org.zhnews.core.offset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link OffsetMap#fromOriginal}: ranges of the old text mapped forward to the new text. */
class OffsetMapForwardTest {

    @Test
    void keptTextMapsOffsetForOffsetAroundAChange() {
        // "ab㋀cd" -> "ab1月cd"
        OffsetMap map = OffsetMap.builder().keep(2).change(1, 2).keep(2).build();
        assertEquals(new TextRange(0, 2), map.fromOriginal(0, 2));
        assertEquals(new TextRange(2, 4), map.fromOriginal(2, 3));
        assertEquals(new TextRange(4, 6), map.fromOriginal(3, 5));
        assertEquals(new TextRange(1, 5), map.fromOriginal(1, 4));
    }

    @Test
    void anEdgeInsideAChangedRunWidensToTheWholeRun() {
        // "智能手机很好" -> "智慧型手機很好": one run of 4 -> 5
        OffsetMap map = OffsetMap.builder().change(4, 5).keep(2).build();
        assertEquals(new TextRange(0, 5), map.fromOriginal(0, 2));
        assertEquals(new TextRange(0, 5), map.fromOriginal(2, 4));
        assertEquals(new TextRange(0, 6), map.fromOriginal(3, 5));
        assertEquals(new TextRange(5, 7), map.fromOriginal(4, 6));
    }

    @Test
    void deletedTextMapsToWhereItStood() {
        // 创(chuàng)新 -> 创新
        OffsetMap map = OffsetMap.builder().keep(1).delete(8).keep(1).build();
        assertEquals(new TextRange(0, 2), map.fromOriginal(0, 10));
        assertEquals(new TextRange(1, 1), map.fromOriginal(2, 6));
        assertEquals(new TextRange(0, 1), map.fromOriginal(0, 5));
        assertEquals(new TextRange(1, 2), map.fromOriginal(9, 10));
        assertEquals(new TextRange(1, 2), map.fromOriginal(4, 10));
    }

    @Test
    void insertedTextIsLeftOutAtTheEdgesAndKeptInside() {
        // "abcd" -> "abXYZcd"
        OffsetMap map = OffsetMap.builder().keep(2).change(0, 3).keep(2).build();
        assertEquals(new TextRange(0, 2), map.fromOriginal(0, 2));
        assertEquals(new TextRange(5, 7), map.fromOriginal(2, 4));
        assertEquals(new TextRange(1, 6), map.fromOriginal(1, 3));
        assertEquals(new TextRange(7, 7), map.fromOriginal(4, 4));
    }

    @Test
    void offsetsOutsideTheOldTextThrow() {
        OffsetMap map = OffsetMap.builder().keep(2).change(1, 2).build();
        assertThrows(IndexOutOfBoundsException.class, () -> map.fromOriginal(0, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> map.fromOriginal(2, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> map.fromOriginalStart(-1));
        assertEquals(new TextRange(0, 0), OffsetMap.identity(0).fromOriginal(0, 0));
    }

    /**
     * Forward mapping is the mirror of {@link OffsetMap#toOriginal}: on random rewrites (keeps,
     * replacements of any length, deletions, insertions) it equals mapping back through the map
     * with old and new swapped.
     */
    @Test
    void forwardMappingMirrorsMappingBack() {
        Random random = new Random(13);
        for (int round = 0; round < 2000; round++) {
            OffsetMap map = randomMap(random);
            OffsetMap mirror = mirror(map);
            assertEquals(map.originalLength(), mirror.length());
            for (int s = 0; s <= map.originalLength(); s++) {
                assertTrue(s == 0 || map.fromOriginalStart(s) >= map.fromOriginalStart(s - 1), "monotone");
                for (int e = s; e <= map.originalLength(); e++) {
                    assertEquals(mirror.toOriginal(s, e), map.fromOriginal(s, e), map + " [" + s + "," + e + ")");
                }
            }
        }
    }

    private static OffsetMap randomMap(Random random) {
        OffsetMap.Builder b = OffsetMap.builder();
        int runs = random.nextInt(8);
        for (int i = 0; i < runs; i++) {
            switch (random.nextInt(4)) {
                case 0 -> b.keep(1 + random.nextInt(4));
                case 1 -> b.change(1 + random.nextInt(3), 1 + random.nextInt(3));
                case 2 -> b.delete(1 + random.nextInt(3));
                default -> b.change(0, 1 + random.nextInt(3));
            }
        }
        return b.build();
    }

    /** The same runs with old and new swapped, built from the public edits. */
    private static OffsetMap mirror(OffsetMap map) {
        OffsetMap.Builder b = OffsetMap.builder();
        int old = 0;
        for (OffsetMap.Edit e : map.edits()) {
            b.keep(e.originalStart() - old);
            b.change(e.end() - e.start(), e.originalEnd() - e.originalStart());
            old = e.originalEnd();
        }
        b.keep(map.originalLength() - old);
        return b.build();
    }
}
