package org.zhnews.text.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The edge table returns every edge put, -1 for any other, before and after its root is indexed. */
class EdgeTableTest {

    @Test
    void everyEdgePutIsFoundAndNoOther() {
        Random random = new Random(17);
        EdgeTable table = new EdgeTable(4);
        Map<Long, Integer> expected = new HashMap<>();
        int[] states = {0, 1, 2, 65_535, 65_536, EdgeTable.MAX_STATES - 1};
        for (int i = 0; i < 5_000; i++) {
            int state = i < 3_000 ? 0 : states[random.nextInt(states.length)];
            char c = i % 997 == 0 ? '\uFFFF' : (char) random.nextInt(0x10000);
            int target = i % 2 == 0 ? EdgeTable.MAX_STATES - 1 - i : i + 1;
            if (expected.putIfAbsent((long) state << 16 | c, target) == null) {
                table.put(state, c, target);
            }
        }
        assertEdges(table, expected);
        table.indexRoot(); // 5,000 edges: the root is read from its array now
        assertEdges(table, expected);
        assertEquals(-1, table.get(3, 'x'));
        assertEquals(-1, table.get(EdgeTable.MAX_STATES - 1, '\uFFFE'));
    }

    @Test
    void statesBeyondTheLimitAreRefused() {
        EdgeTable table = new EdgeTable(4);
        assertThrows(IllegalStateException.class, () -> table.put(EdgeTable.MAX_STATES, 'a', 1));
        assertThrows(IllegalStateException.class, () -> table.put(1, 'a', EdgeTable.MAX_STATES));
    }

    @Test
    void noEdgeIsAddedAfterTheRootIsIndexed() {
        EdgeTable table = new EdgeTable(4);
        for (int c = 0; c < 3_000; c++) {
            table.put(0, (char) (0x4E00 + c), c + 1);
        }
        table.indexRoot();
        assertEquals(3_000, table.get(0, (char) (0x4E00 + 2_999)));
        assertThrows(IllegalStateException.class, () -> table.put(5, 'a', 6));
    }

    private static void assertEdges(EdgeTable table, Map<Long, Integer> expected) {
        expected.forEach((key, target) -> assertEquals((int) target,
                table.get((int) (key >>> 16), (char) (key & 0xFFFF)), () -> "edge " + Long.toHexString(key)));
        assertEquals(expected.size(), table.size());
    }
}
