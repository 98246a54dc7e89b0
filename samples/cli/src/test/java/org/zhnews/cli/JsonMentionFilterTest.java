package org.zhnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class JsonMentionFilterTest {

    private static final String DOC = "{\"source\":\"a\",\"warnings\":[{\"code\":\"x\",\"message\":\"type\"}],"
            + "\"mentions\":[{\"type\":\"company\",\"text\":\"字节\",\"start\":0},"
            + "{\"type\":\"money\",\"text\":\"5.0亿\",\"amount\":500000000.50,\"min\":1E+3},"
            + "{\"type\":\"metric\",\"text\":\"\\\"30%\\\"\",\"value\":30}],\"after\":1}";

    @Test
    void keepsSelectedMentionsExactlyAsWritten() {
        assertEquals("{\"source\":\"a\",\"warnings\":[{\"code\":\"x\",\"message\":\"type\"}],"
                        + "\"mentions\":[{\"type\":\"money\",\"text\":\"5.0亿\",\"amount\":500000000.50,\"min\":1E+3},"
                        + "{\"type\":\"metric\",\"text\":\"\\\"30%\\\"\",\"value\":30}],\"after\":1}",
                new JsonMentionFilter(EnumSet.of(MentionType.MONEY, MentionType.METRIC)).filter(DOC));
    }

    @Test
    void noneSelectedLeavesAnEmptyArray() {
        assertEquals("{\"source\":\"a\",\"warnings\":[{\"code\":\"x\",\"message\":\"type\"}],\"mentions\":[],\"after\":1}",
                new JsonMentionFilter(EnumSet.of(MentionType.DATE)).filter(DOC));
    }

    @Test
    void allSelectedChangesNothing() {
        assertEquals(DOC, new JsonMentionFilter(EnumSet.allOf(MentionType.class)).filter(DOC));
    }
}
