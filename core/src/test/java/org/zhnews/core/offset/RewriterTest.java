package org.zhnews.core.offset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RewriterTest {

    @Test
    void stripsAnAnnotation() {
        Rewriter r = new Rewriter("创(chuàng)新");
        r.keep(1).delete(8).keep(1);
        assertEquals("创新", r.text());
        assertEquals(new TextRange(9, 10), r.offsetMap().toOriginal(1, 2));
    }

    @Test
    void insertionJoinsThePreviousCodePoint() {
        Rewriter r = new Rewriter("AI模型");
        r.keep(2).insert(" ").keep(2);
        assertEquals("AI 模型", r.text());
        OffsetMap map = r.offsetMap();
        assertEquals(new TextRange(1, 2), map.toOriginal(2, 3));
        assertEquals(new TextRange(0, 2), map.toOriginal(0, 2));
        assertEquals(new TextRange(2, 4), map.toOriginal(3, 5));
    }

    @Test
    void insertionAfterASurrogatePairTakesTheWholePair() {
        Rewriter r = new Rewriter("𠀀a");
        r.keep(2).insert(" ").keep(1);
        assertEquals(new TextRange(0, 2), r.offsetMap().toOriginal(2, 3));
    }

    @Test
    void leadingInsertionJoinsTheNextCodePoint() {
        Rewriter r = new Rewriter("ab");
        r.insert("“").keep(2);
        assertEquals("“ab", r.text());
        OffsetMap map = r.offsetMap();
        assertEquals(new TextRange(0, 1), map.toOriginal(0, 1));
        assertEquals(new TextRange(1, 2), map.toOriginal(2, 3));
    }

    @Test
    void insertionIntoEmptyTextIsAPureInsertion() {
        Rewriter r = new Rewriter("");
        r.insert("x");
        assertEquals("x", r.text());
        assertEquals(0, r.offsetMap().originalLength());
        assertEquals(1, r.offsetMap().length());
    }

    @Test
    void mapRequiresTheWholeSource() {
        Rewriter r = new Rewriter("abc");
        r.keep(1);
        assertThrows(IllegalStateException.class, r::offsetMap);
        assertThrows(IndexOutOfBoundsException.class, () -> r.keep(3));
    }
}
