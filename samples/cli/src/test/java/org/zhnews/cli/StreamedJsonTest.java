package org.zhnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.zhnews.core.Script;

class StreamedJsonTest {

    @Test
    void theScriptOfBatchesIgnoresUnknownOnesAndIsMixedWhenTheyDiffer() {
        assertEquals(Script.SIMPLIFIED, StreamedJson.combine(null, Script.SIMPLIFIED));
        assertEquals(Script.SIMPLIFIED, StreamedJson.combine(Script.SIMPLIFIED, Script.UNKNOWN));
        assertEquals(Script.TRADITIONAL, StreamedJson.combine(Script.UNKNOWN, Script.TRADITIONAL));
        assertEquals(Script.SIMPLIFIED, StreamedJson.combine(Script.SIMPLIFIED, Script.SIMPLIFIED));
        assertEquals(Script.MIXED, StreamedJson.combine(Script.SIMPLIFIED, Script.TRADITIONAL));
        assertEquals(Script.MIXED, StreamedJson.combine(Script.MIXED, Script.SIMPLIFIED));
        assertEquals(Script.UNKNOWN, StreamedJson.combine(null, Script.UNKNOWN));
    }
}
