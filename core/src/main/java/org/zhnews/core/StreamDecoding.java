package org.zhnews.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhnews.text.decode.ConformingDecoder;

/**
 * How a byte stream of unknown charset is read by {@link Pipeline#analyzeStream(InputStream,
 * String, java.time.LocalDate, int, java.util.function.Consumer)}: its first
 * {@value #DETECTION_BYTES} bytes (cut after their last line break) are decoded with the
 * pipeline's {@link ByteDecoder}, whose charset then reads the whole stream; undecodable bytes
 * become U+FFFD as in a decoding of the whole array ({@link ConformingDecoder}: the same text
 * wherever a read cuts a sequence), a leading byte-order mark is excluded. The warnings of that
 * first decoding that concern the whole input (no range: a low-confidence charset, binary data)
 * are the stream's.
 *
 * A character stream is read as it is: no charset, no warnings ({@link #text}).
 *
 * @param reader   the stream's text
 * @param charset  the charset it is read with, empty for a character stream
 * @param warnings the warnings about the whole stream
 */
record StreamDecoding(Reader reader, Optional<Charset> charset, List<Warning> warnings) {

    /** How many bytes choose the charset. */
    static final int DETECTION_BYTES = 64 * 1024;
    /** How far back from the end of the detection bytes a line break is looked for. */
    private static final int LINE_LOOKBACK = 4096;

    /** A character stream, read as it is. */
    static StreamDecoding text(Reader in) {
        return new StreamDecoding(Objects.requireNonNull(in, "in must not be null"), Optional.empty(), List.of());
    }

    /** A byte stream, its charset chosen by {@code decoder} from its first bytes. */
    static StreamDecoding open(InputStream in, ByteDecoder decoder) throws IOException {
        byte[] head = in.readNBytes(DETECTION_BYTES);
        DecodedText sample = decoder.decode(Arrays.copyOf(head, detectionCut(head)));
        Charset charset = sample.charset();
        Reader reader = new PushbackReader(new InputStreamReader(
                new SequenceInputStream(new ByteArrayInputStream(head), in),
                ConformingDecoder.of(charset).onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
        skipByteOrderMark((PushbackReader) reader, charset);
        return new StreamDecoding(reader, Optional.of(charset),
                sample.warnings().stream().filter(w -> w.range().isEmpty()).toList());
    }

    /** Where the detection bytes end: after the last line feed near their end (and its NUL in UTF-16LE). */
    static int detectionCut(byte[] head) {
        if (head.length < DETECTION_BYTES) {
            return head.length;
        }
        for (int i = head.length - 1; i >= head.length - LINE_LOOKBACK; i--) {
            if (head[i] == '\n') {
                return i + 1 < head.length && head[i + 1] == 0 ? i + 2 : i + 1;
            }
        }
        return head.length;
    }

    private static void skipByteOrderMark(PushbackReader reader, Charset charset) throws IOException {
        int first = reader.read();
        boolean unicode = charset.name().startsWith("UTF-");
        if (first >= 0 && !(first == '\uFEFF' && unicode)) {
            reader.unread(first);
        }
    }
}
