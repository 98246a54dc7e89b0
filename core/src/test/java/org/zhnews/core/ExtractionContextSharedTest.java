package org.zhnews.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-document memo of {@link ExtractionContext#shared}. */
class ExtractionContextSharedTest {

    private record Key(String name) {
    }

    @Test
    void computesOncePerContextAndKey() {
        ExtractionContext ctx = ExtractionContext.of("今天阿里巴巴发布了新模型");
        List<String> computed = new ArrayList<>();
        List<Integer> first = ctx.shared(new Key("hits"), c -> {
            computed.add("hits");
            return List.of(c.text().length());
        });
        List<Integer> second = ctx.shared(new Key("hits"), c -> {
            computed.add("again");
            return List.of(-1);
        });
        assertSame(first, second);
        assertEquals(List.of(12), second);
        assertEquals(List.of("hits"), computed);
    }

    @Test
    void eachDocumentHasItsOwnValues() {
        Key key = new Key("length");
        int a = ExtractionContext.of("腾讯").shared(key, c -> c.text().length());
        int b = ExtractionContext.of("字节跳动").shared(key, c -> c.text().length());
        assertEquals(2, a);
        assertEquals(4, b);
    }

    @Test
    void aComputationMayAskForAnotherSharedValue() {
        ExtractionContext ctx = ExtractionContext.of("小米汽车");
        String outer = ctx.shared(new Key("outer"), c -> "<" + c.shared(new Key("inner"), d -> d.text()) + ">");
        assertEquals("<小米汽车>", outer);
        assertEquals("小米汽车", ctx.shared(new Key("inner"), d -> "never computed"));
    }

    @Test
    void nullsAreRefused() {
        ExtractionContext ctx = ExtractionContext.of("文本");
        assertThrows(NullPointerException.class, () -> ctx.shared(null, c -> "x"));
        assertThrows(NullPointerException.class, () -> ctx.shared(new Key("k"), null));
        assertThrows(NullPointerException.class, () -> ctx.shared(new Key("k"), c -> null));
    }
}
