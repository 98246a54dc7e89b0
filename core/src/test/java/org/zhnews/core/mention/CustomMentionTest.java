package org.zhnews.core.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CustomMentionTest {

    private static final Span SPAN = new Span("豆包", 0, 2, 0, 2);
    private static final MentionKind PRODUCT = MentionKind.of("product");

    @Test
    void keepsKindAndAttributesSortedByName() {
        Map<String, Object> given = new HashMap<>();
        given.put("vendor", "bytedance");
        given.put("free", true);
        given.put("users", 60_000_000L);
        given.put("aliases", List.of("Doubao", "豆包"));
        CustomMention m = new CustomMention(SPAN, PRODUCT, given);
        assertEquals(PRODUCT, m.kind());
        assertEquals("product", m.type());
        assertEquals(List.of("aliases", "free", "users", "vendor"), new ArrayList<>(m.attributes().keySet()));
        assertEquals(Optional.of("bytedance"), m.attribute("vendor"));
        assertEquals(Optional.empty(), m.attribute("price"));
        assertEquals("豆包", m.text());
    }

    @Test
    void attributesAreCopiedAndUnmodifiable() {
        List<Object> aliases = new ArrayList<>(List.of("Doubao"));
        Map<String, Object> given = new HashMap<>(Map.of("aliases", aliases));
        CustomMention m = new CustomMention(SPAN, PRODUCT, given);
        aliases.add("豆包");
        given.put("vendor", "x");
        assertEquals(Map.of("aliases", List.of("Doubao")), m.attributes());
        assertThrows(UnsupportedOperationException.class, () -> castMap(m).put("a", "b"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(CustomMention m) {
        return (Map<String, Object>) m.attributes();
    }

    @Test
    void acceptsEveryStandardNumberType() {
        Map<String, Object> numbers = Map.of("i", 1, "l", 2L, "s", (short) 3, "b", (byte) 4,
                "bi", BigInteger.TEN, "bd", new BigDecimal("1.50"), "d", 2.5d, "f", 0.5f);
        assertEquals(8, new CustomMention(SPAN, PRODUCT, numbers).attributes().size());
    }

    @Test
    void refusesBuiltInKinds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CustomMention(SPAN, MentionKind.of("company")));
        assertTrue(e.getMessage().contains("company"), e.getMessage());
    }

    @Test
    void refusesStandardFieldNamesAndNonIdentifiers() {
        for (String name : CustomMention.RESERVED_NAMES) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new CustomMention(SPAN, PRODUCT, Map.of(name, "x")));
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
        for (String name : List.of("", "1st", "a-b", "名字", "_x")) {
            assertThrows(IllegalArgumentException.class, () -> new CustomMention(SPAN, PRODUCT, Map.of(name, "x")));
        }
        assertEquals(1, new CustomMention(SPAN, PRODUCT, Map.of("modelFamily_2", "x")).attributes().size());
    }

    @Test
    void refusesValuesTheJsonCannotCarry() {
        for (Object bad : List.of(Double.NaN, Float.POSITIVE_INFINITY, new AtomicInteger(1), new Object(),
                Map.of("a", "b"), List.of(List.of("nested")), Optional.of("x"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new CustomMention(SPAN, PRODUCT, Map.of("v", bad)));
            assertTrue(e.getMessage().contains("attribute v"), e.getMessage());
        }
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("v", null);
        assertThrows(NullPointerException.class, () -> new CustomMention(SPAN, PRODUCT, withNull));
        List<Object> listWithNull = new ArrayList<>();
        listWithNull.add(null);
        assertThrows(NullPointerException.class, () -> new CustomMention(SPAN, PRODUCT, Map.of("v", listWithNull)));
        assertThrows(NullPointerException.class, () -> new CustomMention(SPAN, null));
    }
}
