package org.zhnews.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhnews.testkit.ConsistencyKit;
import org.zhnews.testkit.RandomText;

class PipelineStreamTest {

    private static final Pipeline PLAIN = Pipeline.builder().build();

    private static List<StreamBatch> batches(Pipeline p, Reader in, String source, int batchChars)
            throws IOException {
        List<StreamBatch> out = new ArrayList<>();
        long n = p.analyzeStream(in, source, batchChars, out::add);
        assertEquals(n, out.size());
        return out;
    }

    @Test
    void cutsAfterTheLastLineBreakOfEachBatch() throws IOException {
        List<StreamBatch> b = batches(PLAIN, new StringReader("ab\ncd\nefgh\nij"), "s.txt", 8);
        assertEquals(List.of("ab\ncd\n", "efgh\nij"), b.stream().map(x -> x.document().original()).toList());
        assertEquals(List.of(0L, 6L), b.stream().map(StreamBatch::offset).toList());
        assertEquals("s.txt#1", b.get(0).document().source().orElseThrow());
        assertEquals("s.txt#2", b.get(1).document().source().orElseThrow());
    }

    @Test
    void aBatchWithoutLineBreakIsCutAtTheLimitButNeverInsideASurrogatePair() throws IOException {
        List<StreamBatch> b = batches(PLAIN, new StringReader("abc\uD83D\uDE00defgh"), null, 4);
        assertEquals(List.of("abc", "\uD83D\uDE00de", "fgh"), b.stream().map(x -> x.document().original()).toList());
        assertEquals("#1", b.get(0).document().source().orElseThrow());
        assertEquals(List.of(0L, 3L, 7L), b.stream().map(StreamBatch::offset).toList());
    }

    @Test
    void anEmptyStreamHasNoBatches() throws IOException {
        assertTrue(batches(PLAIN, new StringReader(""), "e", 10).isEmpty());
    }

    @Test
    void batchesPutTogetherGiveTheStreamAndKeepEveryInvariant() throws IOException {
        RandomText random = new RandomText(new Random(3));
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            all.append(i % 3 == 0 ? random.adversarial(300) : random.next(300));
        }
        String stream = all.toString();
        // a reader that hands out a few chars at a time, as network streams do
        Reader trickle = new StringReader(stream) {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                return super.read(cbuf, off, Math.min(len, 7));
            }
        };
        StringBuilder joined = new StringBuilder();
        for (StreamBatch b : batches(PLAIN, trickle, "r", 500)) {
            assertEquals(joined.length(), b.offset());
            assertTrue(b.document().original().length() <= 500);
            ConsistencyKit.checkDocument(b.document());
            joined.append(b.document().original());
        }
        assertEquals(stream, joined.toString());
    }

    @Test
    void batchSizeMustBeFromTwoToTheLimit() {
        Pipeline small = Pipeline.builder().maxChars(100).build();
        assertThrows(IllegalArgumentException.class, () -> small.analyzeStream(new StringReader("x"), "s", 1, b -> { }));
        assertThrows(IllegalArgumentException.class, () -> small.analyzeStream(new StringReader("x"), "s", 101, b -> { }));
        assertThrows(NullPointerException.class, () -> small.analyzeStream(null, "s", 10, b -> { }));
    }
}
