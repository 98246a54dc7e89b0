package org.zhnews.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhnews.core.offset.TextRange;
import org.zhnews.text.decode.ConformingDecoder;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;

/**
 * The decoding conformance table (malformed-sequences.tsv, written by
 * scripts/malformed-sequences.py: UTF-8 and UTF-16 rows from Python's codecs, GB18030 and Big5
 * rows from the WHATWG decoders): for every row and charset, zhnews' text, its U+FFFD count, its
 * {@code malformed_input} ranges and the offset of a line feed after the bytes are the expected
 * ones, decoded whole, streamed a byte at a time, and in an analysed document.
 */
class MalformedSequencesTest {

    private static final Columns COLUMNS = Columns.of("charsets", "bytes", "text", "errors", "runs", "marker",
            "marked_runs", "note");
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");
    /** Text after the marker, so that no row reads as binary data in a document. */
    private static final String PADDING = "an ordinary line of text after the bytes under test\n".repeat(4);

    /** One row decoded with one of its charsets. */
    record Case(Charset charset, byte[] bytes, String text, int errors, List<TextRange> runs, int marker,
            List<TextRange> markedRuns, String note) {
        @Override
        public String toString() {
            return charset + " " + HEX.formatHex(bytes) + " (" + note + ")";
        }
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (LexiconRow r : Lexicon.resource(MalformedSequencesTest.class, "malformed-sequences.tsv", COLUMNS)) {
            StringBuilder text = new StringBuilder();
            for (String cp : r.get(2).split(" ")) {
                text.appendCodePoint(Integer.parseInt(cp, 16));
            }
            for (String charset : r.list(0)) {
                out.add(new Case(Charset.forName(charset), HEX.parseHex(r.get(1)), text.toString(),
                        Integer.parseInt(r.get(3)), ranges(r.get(4)), Integer.parseInt(r.get(5)), ranges(r.get(6)),
                        r.get(7)));
            }
        }
        return out;
    }

    private static List<TextRange> ranges(String field) {
        List<TextRange> out = new ArrayList<>();
        if (!field.equals("-")) {
            for (String run : field.split(" ")) {
                String[] ends = run.split("-");
                out.add(new TextRange(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
            }
        }
        return out;
    }

    static Stream<Arguments> rows() {
        return cases().stream().map(Arguments::of);
    }

    /** The rows whose line feed is read as one (not a UTF-16 row with an odd byte before it). */
    static Stream<Arguments> markedRows() {
        return cases().stream().filter(c -> c.marker() >= 0).map(Arguments::of);
    }

    @Test
    void theTableCoversEveryKindOfSequence() {
        List<Case> all = cases();
        assertEquals(157, all.size(), "decodings in the table");
        for (String charset : List.of("UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5", "Big5-HKSCS")) {
            long n = all.stream().filter(c -> c.charset().name().equals(charset)).count();
            assertTrue(n >= 11, charset + ": " + n);
        }
        assertTrue(all.stream().anyMatch(c -> c.errors() == 0), "valid edge sequences too");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void wholeArrayDecodingIsTheStandardOne(Case c) {
        DecodedText d = Utf8Decoder.decode(c.bytes(), 0, c.charset());
        assertEquals(codePoints(c.text()), codePoints(d.text()));
        List<TextRange> ranges = new ArrayList<>();
        for (Warning w : d.warnings()) {
            assertEquals(WarningCode.MALFORMED_INPUT, w.code());
            ranges.add(w.range().orElseThrow());
        }
        assertEquals(c.runs(), ranges, "one malformed_input warning per run of replaced bytes");
        assertEquals(c.errors(), ranges.stream().mapToInt(TextRange::length).sum(), "U+FFFD substituted");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theOffsetAfterTheBytesIsTheStandardOne(Case c) {
        DecodedText d = Utf8Decoder.decode(withMarker(c.bytes(), "", c.charset()), 0, c.charset());
        assertEquals(c.marker(), d.text().indexOf('\n'));
        assertEquals(c.markedRuns(), d.warnings().stream().map(w -> w.range().orElseThrow()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void streamingAByteAtATimeGivesTheSameText(Case c) throws IOException {
        Reader r = new InputStreamReader(oneByteAtATime(c.bytes()), ConformingDecoder.of(c.charset())
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        StringBuilder got = new StringBuilder();
        for (int ch = r.read(); ch >= 0; ch = r.read()) {
            got.append((char) ch);
        }
        assertEquals(codePoints(c.text()), codePoints(got.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markedRows")
    void aDocumentsOffsetsAndWarningsAfterTheBytesAreTheStandardOnes(Case c) {
        Pipeline p = Pipeline.builder().decoder(bytes -> Utf8Decoder.decode(bytes, 0, c.charset())).build();
        Document doc = p.analyze(withMarker(c.bytes(), PADDING, c.charset()));
        assertEquals(c.marker(), doc.original().indexOf('\n'));
        assertEquals(c.markedRuns(), doc.warnings().stream().filter(w -> w.code() == WarningCode.MALFORMED_INPUT)
                .map(w -> w.range().orElseThrow()).toList());
    }

    /** The bytes, a line feed and {@code after}, the last two in {@code charset}. */
    private static byte[] withMarker(byte[] bytes, String after, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes);
        out.writeBytes(("\n" + after).getBytes(charset));
        return out.toByteArray();
    }

    /** An input stream that hands out one byte per read, so a reader's buffer cuts every sequence. */
    static InputStream oneByteAtATime(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    private static String codePoints(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(String.format("%04X ", cp)));
        return sb.toString().trim();
    }
}
