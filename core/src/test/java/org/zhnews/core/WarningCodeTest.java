package org.zhnews.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WarningCodeTest {

    @Test
    void jsonNamesAreTheConstantNamesInLowerCase() {
        for (WarningCode c : WarningCode.values()) {
            assertEquals(c.name().toLowerCase(java.util.Locale.ROOT), c.jsonName());
            assertTrue(c.jsonName().matches("[a-z]+(_[a-z]+)*"), c.jsonName());
            assertEquals(Optional.of(c), WarningCode.fromJsonName(c.jsonName()));
            assertEquals(c.jsonName(), c.toString());
        }
    }

    @Test
    void unknownNamesHaveNoCode() {
        assertEquals(Optional.empty(), WarningCode.fromJsonName("MIXED_SCRIPT"));
        assertEquals(Optional.empty(), WarningCode.fromJsonName("no_such_code"));
    }

    @Test
    void theJsonWritesTheJsonName() {
        byte[] bad = {'a', (byte) 0xFF, 'b'};
        Document doc = Pipeline.builder().build().analyze(bad);
        assertEquals(WarningCode.MALFORMED_INPUT, doc.warnings().get(0).code());
        assertTrue(doc.toJson().contains("\"code\":\"malformed_input\""), doc.toJson());
    }

    @Test
    void withRangeKeepsCodeAndMessage() {
        Warning w = Warning.of(WarningCode.MIXED_SCRIPT, "m").withRange(new org.zhnews.core.offset.TextRange(1, 3));
        assertEquals(WarningCode.MIXED_SCRIPT, w.code());
        assertEquals("m", w.message());
        assertEquals(3, w.range().orElseThrow().end());
        assertEquals(Warning.at(WarningCode.MIXED_SCRIPT, "m", 1, 3), w);
    }
}
