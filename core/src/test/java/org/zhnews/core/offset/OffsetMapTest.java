package org.zhnews.core.offset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhnews.testkit.ConsistencyKit;

class OffsetMapTest {

    /** 创(chuàng)新 -> 创新, as in DESIGN.md. */
    private static OffsetMap pinyinExample() {
        return OffsetMap.builder().keep(1).delete(8).keep(1).build();
    }

    @Test
    void deletedAnnotationIsSkippedAtSpanEdges() {
        OffsetMap map = pinyinExample();
        assertEquals(10, map.originalLength());
        assertEquals(2, map.length());
        assertEquals(new TextRange(9, 10), map.toOriginal(1, 2));
        assertEquals(new TextRange(0, 1), map.toOriginal(0, 1));
        assertEquals(new TextRange(0, 10), map.toOriginal(0, 2));
    }

    @Test
    void positionInsideAReplacementMapsToTheWholeRun() {
        // "ab㋀cd" -> "ab1月cd": ㋀ (1 char) became 2 chars
        OffsetMap map = OffsetMap.builder().keep(2).change(1, 2).keep(2).build();
        assertEquals(new TextRange(2, 3), map.toOriginal(2, 3));
        assertEquals(new TextRange(2, 3), map.toOriginal(3, 4));
        assertEquals(new TextRange(1, 3), map.toOriginal(1, 3));
        assertEquals(new TextRange(4, 5), map.toOriginal(5, 6));
        assertEquals(new TextRange(0, 5), map.toOriginal(0, 6));
    }

    @Test
    void shorteningReplacementMapsBothEnds() {
        // "網際網路很快" -> "互联网很快": 4 chars became 3
        OffsetMap map = OffsetMap.builder().change(4, 3).keep(2).build();
        assertEquals(new TextRange(0, 4), map.toOriginal(0, 1));
        assertEquals(new TextRange(0, 4), map.toOriginal(0, 3));
        assertEquals(new TextRange(4, 6), map.toOriginal(3, 5));
    }

    @Test
    void emptyRangeMapsToAPoint() {
        OffsetMap map = pinyinExample();
        assertEquals(new TextRange(9, 9), map.toOriginal(1, 1));
        assertEquals(new TextRange(10, 10), map.toOriginal(2, 2));
        assertEquals(new TextRange(0, 0), map.toOriginal(0, 0));
    }

    @Test
    void outOfRangeOffsetsThrow() {
        OffsetMap map = pinyinExample();
        assertThrows(IndexOutOfBoundsException.class, () -> map.toOriginal(0, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> map.toOriginal(2, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> map.toOriginalStart(-1));
    }

    @Test
    void identityMapsEveryOffsetToItself() {
        OffsetMap map = OffsetMap.identity(5);
        assertTrue(map.isIdentity());
        for (int i = 0; i <= 5; i++) {
            assertEquals(i, map.toOriginalStart(i));
            assertEquals(i, map.toOriginalEnd(i));
        }
        assertTrue(OffsetMap.identity(0).isIdentity());
        assertEquals(0, OffsetMap.identity(0).length());
    }

    @Test
    void editsListTheChangedRuns() {
        OffsetMap map = OffsetMap.builder().keep(1).delete(8).keep(1).change(2, 1).build();
        assertEquals(List.of(new OffsetMap.Edit(1, 9, 1, 1), new OffsetMap.Edit(10, 12, 2, 3)), map.edits());
        assertFalse(map.isIdentity());
    }

    @Test
    void compositionRefusesMapsThatDoNotMeet() {
        OffsetMap a = OffsetMap.identity(3);
        assertThrows(IllegalArgumentException.class, () -> a.andThen(OffsetMap.identity(4)));
    }

    @Test
    void compositionOfDeletionAndReplacement() {
        // "创(chuàng)新" -> "创新" -> "創新" (1:1 script conversion of the first char)
        OffsetMap a = pinyinExample();
        OffsetMap b = OffsetMap.builder().change(1, 1).keep(1).build();
        OffsetMap ab = a.andThen(b);
        assertEquals(10, ab.originalLength());
        assertEquals(2, ab.length());
        assertEquals(new TextRange(0, 1), ab.toOriginal(0, 1));
        assertEquals(new TextRange(9, 10), ab.toOriginal(1, 2));
        assertEquals(new TextRange(0, 10), ab.toOriginal(0, 2));
    }

    @Test
    void deletionNextToAChangeStaysSeparate() {
        // "xaby": delete a, then b -> c
        OffsetMap a = OffsetMap.builder().keep(1).delete(1).keep(2).build();
        OffsetMap b = OffsetMap.builder().keep(1).change(1, 1).keep(1).build();
        OffsetMap ab = a.andThen(b);
        assertEquals(new TextRange(2, 3), ab.toOriginal(1, 2));
        assertEquals(new TextRange(0, 1), ab.toOriginal(0, 1));
    }

    @Test
    void overlappingChangesMergeIntoOneRun() {
        // a: "abc" -> "aXYc" (b -> XY); b: "aXYc" -> "aZc" (XY -> Z... via Y c?) change [2,4) -> 1
        OffsetMap a = OffsetMap.builder().keep(1).change(1, 2).keep(1).build();
        OffsetMap b = OffsetMap.builder().keep(2).change(2, 1).build();
        OffsetMap ab = a.andThen(b);
        assertEquals(3, ab.originalLength());
        assertEquals(3, ab.length());
        assertEquals(new TextRange(1, 3), ab.toOriginal(1, 2));
        assertEquals(new TextRange(1, 3), ab.toOriginal(2, 3));
        assertEquals(new TextRange(0, 1), ab.toOriginal(0, 1));
    }

    /**
     * Composition must agree with mapping through each map in turn, or be wider where changed
     * runs of different maps overlap (they merge into one atomic run), for random edits of random
     * text over three stages.
     */
    @Test
    void compositionContainsMappingStepByStep() {
        Random random = new Random(42);
        int exact = 0;
        int total = 0;
        for (int round = 0; round < 3000; round++) {
            String s0 = randomText(random, random.nextInt(30));
            Rewriter r1 = randomRewrite(random, s0);
            OffsetMap m1 = r1.offsetMap();
            Rewriter r2 = randomRewrite(random, r1.text());
            OffsetMap m2 = r2.offsetMap();
            Rewriter r3 = randomRewrite(random, r2.text());
            String s3 = r3.text();
            OffsetMap m3 = r3.offsetMap();
            OffsetMap all = m1.andThen(m2).andThen(m3);
            assertEquals(s0.length(), all.originalLength());
            assertEquals(s3.length(), all.length());
            for (int s = 0; s < s3.length(); s++) {
                for (int e = s + 1; e <= s3.length(); e++) {
                    TextRange r = m3.toOriginal(s, e);
                    r = m2.toOriginal(r.start(), r.end());
                    r = m1.toOriginal(r.start(), r.end());
                    TextRange c = all.toOriginal(s, e);
                    total++;
                    if (c.equals(r)) {
                        exact++;
                    } else {
                        TextRange chain = r;
                        String where = "[" + s + "," + e + ") of " + m1 + " " + m2 + " " + m3;
                        assertTrue(c.start() <= chain.start() && chain.end() <= c.end(),
                                () -> where + ": composed " + c + " narrower than step by step " + chain);
                    }
                }
            }
        }
        // a degenerate composition (one run over everything) would contain any range: rule it out
        assertTrue(exact > total / 2, "exact in " + exact + " of " + total);
    }

    @Test
    void compositionIsExactWhenChangesDoNotOverlap() {
        Random random = new Random(5);
        for (int round = 0; round < 2000; round++) {
            String s0 = randomText(random, random.nextInt(30));
            Rewriter r1 = randomRewrite(random, s0);
            OffsetMap m1 = r1.offsetMap();
            // second stage changes only text the first one kept
            Rewriter r2 = new Rewriter(r1.text());
            int prevEnd = 0;
            for (OffsetMap.Edit e : m1.edits()) {
                keepOrUpperCase(r2, e.start() - prevEnd, random);
                r2.keep(e.end() - e.start());
                prevEnd = e.end();
            }
            keepOrUpperCase(r2, r1.text().length() - prevEnd, random);
            OffsetMap m2 = r2.offsetMap();
            OffsetMap all = m1.andThen(m2);
            for (int s = 0; s <= all.length(); s++) {
                for (int e = s; e <= all.length(); e++) {
                    TextRange r = m2.toOriginal(s, e);
                    assertEquals(m1.toOriginal(r.start(), r.end()), all.toOriginal(s, e));
                }
            }
        }
    }

    private static void keepOrUpperCase(Rewriter r, int length, Random random) {
        for (int i = 0; i < length; i++) {
            if (random.nextInt(3) == 0) {
                r.replace(1, "U");
            } else {
                r.keep(1);
            }
        }
    }

    @Test
    void rewrittenTextsPassTheKitChecks() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            String s0 = randomText(random, random.nextInt(40));
            Rewriter r = randomRewrite(random, s0);
            ConsistencyKit.checkOffsetMap(s0, r.text(), r.offsetMap());
        }
    }

    private static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 128 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return sb.toString();
    }

    static String randomText(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        String pool = "abcde创新網路";
        while (sb.length() < length) {
            if (random.nextInt(10) == 0) {
                sb.append("𠀀");
            } else {
                sb.append(pool.charAt(random.nextInt(pool.length())));
            }
        }
        return sb.toString();
    }

    static Rewriter randomRewrite(Random random, String source) {
        Rewriter r = new Rewriter(source);
        while (r.remaining() > 0) {
            int n = 1 + random.nextInt(Math.min(3, r.remaining()));
            switch (random.nextInt(5)) {
                case 0 -> r.keep(n);
                case 1 -> r.replace(n, "XYZ".substring(0, random.nextInt(4)));
                case 2 -> r.delete(n);
                case 3 -> r.insert("ij".substring(0, 1 + random.nextInt(2)));
                default -> r.keep(1);
            }
        }
        if (random.nextBoolean()) {
            r.insert("!");
        }
        return r;
    }
}
