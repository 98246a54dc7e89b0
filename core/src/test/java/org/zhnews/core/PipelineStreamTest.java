package org.zhnews.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
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

    @Test
    void byteStreamsAreReadInTheCharsetOfTheirFirstBytesWithoutTheByteOrderMark() throws IOException {
        String text = "第一行：腾讯发布混元大模型。\n第二行：百度发布文心一言。\n".repeat(30);
        for (String charset : List.of("UTF-8", "UTF-16LE")) {
            byte[] body = text.getBytes(Charset.forName(charset));
            byte[] bom = charset.equals("UTF-8") ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                    : new byte[] {(byte) 0xFF, (byte) 0xFE};
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            List<StreamBatch> got = new ArrayList<>();
            long n = PLAIN.analyzeStream(new ByteArrayInputStream(all), "s.txt", null, 100, got::add);
            assertEquals(n, got.size());
            assertTrue(n >= 10, charset + ": " + n);
            StringBuilder joined = new StringBuilder();
            for (StreamBatch b : got) {
                assertEquals(joined.length(), b.offset());
                assertEquals(Optional.of(Charset.forName(charset)), b.document().charset());
                joined.append(b.document().original());
            }
            assertEquals(text, joined.toString(), charset);
        }
    }

    @Test
    void theCharsetIsChosenByThePipelinesDecoderAndItsWarningsGoWithEveryBatch() throws IOException {
        Charset latin = StandardCharsets.ISO_8859_1;
        ByteDecoder alwaysLatin = bytes -> new DecodedText(new String(bytes, latin), latin,
                List.of(Warning.of(WarningCode.LOW_CONFIDENCE_CHARSET, "guessed")));
        Pipeline p = Pipeline.builder().decoder(alwaysLatin).build();
        List<StreamBatch> got = new ArrayList<>();
        p.analyzeStream(new ByteArrayInputStream("caf\u00e9\nna\u00efve\n".getBytes(latin)), "s", null, 6, got::add);
        assertEquals(List.of("caf\u00e9\n", "na\u00efve\n"), got.stream().map(b -> b.document().original()).toList());
        for (StreamBatch b : got) {
            assertEquals(List.of(WarningCode.LOW_CONFIDENCE_CHARSET),
                    b.document().warnings().stream().map(Warning::code).toList());
        }
    }

    @Test
    void aBinaryStreamIsReadButNotAnalysed() throws IOException {
        Pipeline toy = Pipeline.builder().extractor(new ToyComponents.OpenAiExtractor()).build();
        byte[] bytes = BinaryInputTest.executableLike(200_000, 5);
        List<StreamBatch> got = new ArrayList<>();
        toy.analyzeStream(new ByteArrayInputStream(bytes), "x.bin", null, 10_000, got::add);
        long chars = 0;
        for (StreamBatch b : got) {
            assertTrue(b.document().mentions().isEmpty());
            assertEquals(List.of(WarningCode.BINARY_INPUT), b.document().warnings().stream().map(Warning::code).toList());
            chars += b.document().original().length();
        }
        assertEquals(bytes.length, chars, "one char per byte");
    }

    @Test
    void theCharsetIsDetectedOnWholeLines() {
        byte[] head = new byte[StreamDecoding.DETECTION_BYTES];
        java.util.Arrays.fill(head, (byte) 'a');
        head[head.length - 100] = '\n';
        assertEquals(head.length - 99, StreamDecoding.detectionCut(head));
        head[head.length - 99] = 0;
        assertEquals(head.length - 98, StreamDecoding.detectionCut(head), "a UTF-16LE line feed keeps its NUL");
        assertEquals(10, StreamDecoding.detectionCut(new byte[10]), "a short stream is all detection bytes");
    }

    @Test
    void malformedBytesReadAsInTheWholeArrayWhereverTheReadsCutThem() throws IOException {
        String[][] cases = {
            {"UTF-8", "ED A0 80|E4 B8|F0 9F 98|C0 AF|80 BF|F4 90 80 80|E1 80 41"},
            {"GB18030", "81 30 41|81 30 81 20|81 7F|80|FF|A3 A0|84 31 82 36|84 31 A5 30|D6"},
            {"Big5-HKSCS", "80 41|A1 20|A1 80|88 62|87 40|A4"},
        };
        java.util.HexFormat hex = java.util.HexFormat.ofDelimiter(" ");
        Random r = new Random(17);
        for (String[] c : cases) {
            Charset charset = Charset.forName(c[0]);
            String[] bad = c[1].split("[|]");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] line = "腾讯发布混元大模型，融资5亿元 AI\n".getBytes(charset);
            int k = 0;
            while (out.size() < 150_000) {
                // a bad sequence across every 8 KiB boundary (the reader's buffer) and the 64 KiB one (the detection bytes)
                int boundary = (out.size() / 8192 + 1) * 8192;
                if (out.size() + line.length > boundary - 3) {
                    while (out.size() < boundary - 1 - k % 3) {
                        out.write('x');
                    }
                    out.writeBytes(hex.parseHex(bad[k++ % bad.length]));
                }
                out.writeBytes(line);
            }
            byte[] all = out.toByteArray();
            String whole = Utf8Decoder.decode(all, 0, charset).text();
            assertTrue(whole.indexOf('\uFFFD') >= 0, c[0]);
            Pipeline p = Pipeline.builder().decoder(b -> Utf8Decoder.decode(b, 0, charset)).build();
            for (int chunk : new int[] {Integer.MAX_VALUE, 1 + r.nextInt(13)}) {
                java.io.InputStream in = new ByteArrayInputStream(all) {
                    @Override
                    public synchronized int read(byte[] b, int off, int len) {
                        return super.read(b, off, Math.min(len, chunk));
                    }
                };
                StringBuilder joined = new StringBuilder();
                p.analyzeStream(in, "s", null, 5000, b -> joined.append(b.document().original()));
                assertEquals(whole, joined.toString(), c[0] + " read in chunks of " + chunk);
            }
        }
    }
}
