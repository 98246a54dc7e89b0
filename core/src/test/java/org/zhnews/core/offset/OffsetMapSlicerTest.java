package org.zhnews.core.offset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetMapSlicerTest {

    /** {@code 创(chuàng)新。㋀} -> {@code 创新。1月}: a deletion, kept text, an expansion. */
    private static final OffsetMap MAP = OffsetMap.builder().keep(1).delete(8).keep(2).change(1, 2).build();

    @Test
    void aSliceOfKeptTextIsAnIdentity() {
        OffsetMap s = OffsetMapSlicer.slice(OffsetMap.identity(10), new TextRange(3, 7), new TextRange(3, 7));
        assertEquals(OffsetMap.identity(4), s);
    }

    @Test
    void aSliceKeepsTheChangesInsideItShifted() {
        // new text 创新。1月 = [0,5); take 新。1月 = [1,5), which maps to original [9,12)
        OffsetMap s = OffsetMapSlicer.slice(MAP, new TextRange(1, 5), MAP.toOriginal(1, 5));
        assertEquals(3, s.originalLength());
        assertEquals(4, s.length());
        assertEquals(new TextRange(2, 3), s.toOriginal(2, 4), "1月 -> ㋀");
        assertEquals(new TextRange(0, 1), s.toOriginal(0, 1), "新");
    }

    @Test
    void deletedTextAtTheStartIsKeptOnlyWhenTheOriginalRangeHoldsIt() {
        OffsetMap narrow = OffsetMapSlicer.slice(MAP, new TextRange(1, 3), new TextRange(9, 11));
        assertEquals(OffsetMap.identity(2), narrow);
        OffsetMap wide = OffsetMapSlicer.slice(MAP, new TextRange(1, 3), new TextRange(1, 11));
        assertEquals(10, wide.originalLength());
        assertEquals(1, wide.edits().size());
        assertEquals(new TextRange(8, 9), wide.toOriginal(0, 1), "新 after the deletion");
    }

    @Test
    void aChangedRunCutByTheRangeStaysAChange() {
        OffsetMap expand = OffsetMap.builder().keep(2).change(1, 4).keep(2).build();
        OffsetMap s = OffsetMapSlicer.slice(expand, new TextRange(4, 8), new TextRange(2, 5));
        assertEquals(3, s.originalLength());
        assertEquals(4, s.length());
        assertEquals(new TextRange(0, 1), s.toOriginal(0, 1));
        assertEquals(new TextRange(1, 3), s.toOriginal(2, 4));
    }

    @Test
    void rangesOutsideTheTextsAreRejected() {
        assertThrows(IndexOutOfBoundsException.class,
                () -> OffsetMapSlicer.slice(MAP, new TextRange(0, 6), new TextRange(0, 12)));
        assertThrows(IndexOutOfBoundsException.class,
                () -> OffsetMapSlicer.slice(MAP, new TextRange(0, 5), new TextRange(0, 13)));
    }

    @Test
    void randomSlicesMapLikeTheWholeMap() {
        Random random = new Random(13);
        int checked = 0;
        for (int round = 0; round < 400; round++) {
            OffsetMap map = randomMap(random);
            if (map.length() == 0) {
                continue;
            }
            int s = random.nextInt(map.length());
            int e = s + 1 + random.nextInt(map.length() - s);
            TextRange exact = map.toOriginal(s, e);
            TextRange widened = new TextRange(s == 0 ? 0 : exact.start(), e == map.length() ? map.originalLength() : exact.end());
            for (TextRange original : new TextRange[] {exact, widened}) {
                OffsetMap slice = OffsetMapSlicer.slice(map, new TextRange(s, e), original);
                assertEquals(e - s, slice.length());
                assertEquals(original.length(), slice.originalLength());
                for (int a = s; a < e; a++) {
                    for (int b = a + 1; b <= e; b++) {
                        TextRange whole = map.toOriginal(a, b);
                        TextRange part = slice.toOriginal(a - s, b - s);
                        assertEquals(whole, new TextRange(part.start() + original.start(), part.end() + original.start()),
                                map + " sliced [" + s + "," + e + ") / " + original + " at [" + a + "," + b + ")");
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
    }

    private static OffsetMap randomMap(Random random) {
        OffsetMap.Builder b = OffsetMap.builder();
        int runs = 1 + random.nextInt(8);
        for (int i = 0; i < runs; i++) {
            switch (random.nextInt(4)) {
                case 0 -> b.keep(1 + random.nextInt(4));
                case 1 -> b.delete(1 + random.nextInt(3));
                case 2 -> b.change(0, 1 + random.nextInt(3));
                default -> b.change(1 + random.nextInt(3), 1 + random.nextInt(3));
            }
        }
        return b.build();
    }
}
