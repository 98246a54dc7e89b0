package org.zhnews.core;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Cuts a character stream into batches of bounded size and analyses each: behind
 * {@link Pipeline#analyzeStream}, whose documentation states the rules. Memory is bounded by
 * the batch size. One runner serves one stream on one thread.
 */
final class StreamRunner {

    private final Engine engine;
    private final int maxChars;
    private final StreamDecoding input;
    private final Optional<LocalDate> published;

    /**
     * @param engine    the analysis of each batch
     * @param maxChars  the largest batch allowed
     * @param input     the stream's text, with its charset and the warnings about it
     * @param published the publication date for relative dates, or {@code null}
     */
    StreamRunner(Engine engine, int maxChars, StreamDecoding input, LocalDate published) {
        this.engine = engine;
        this.maxChars = maxChars;
        this.input = input;
        this.published = Optional.ofNullable(published);
    }

    /** Reads the stream to its end, handing each batch to {@code sink}; the number of batches. */
    long run(String source, int batchChars, Consumer<? super StreamBatch> sink) throws IOException {
        Objects.requireNonNull(sink, "sink must not be null");
        Reader in = input.reader();
        checkBatch(batchChars, maxChars);
        String prefix = source == null ? "" : source;
        char[] buf = new char[batchChars];
        int filled = 0;
        long offset = 0;
        long count = 0;
        boolean eof = false;
        while (true) {
            while (!eof && filled < batchChars) {
                int r = in.read(buf, filled, batchChars - filled);
                if (r < 0) {
                    eof = true;
                } else {
                    filled += r;
                }
            }
            if (filled == 0) {
                return count;
            }
            int cut = eof ? filled : batchCut(buf, filled);
            String text = new String(buf, 0, cut);
            count++;
            sink.accept(new StreamBatch(offset, engine.run(text, Optional.of(prefix + "#" + count), input.charset(),
                    input.warnings(), published)));
            offset += cut;
            System.arraycopy(buf, cut, buf, 0, filled - cut);
            filled -= cut;
        }
    }

    /** @throws IllegalArgumentException unless {@code 2 <= batchChars <= maxChars} */
    static void checkBatch(int batchChars, int maxChars) {
        if (batchChars < 2 || batchChars > maxChars) {
            throw new IllegalArgumentException("batchChars must be from 2 to maxChars (" + maxChars + "): "
                    + batchChars);
        }
    }

    /** Where a full buffer is cut: after its last line break, else before a split surrogate pair. */
    static int batchCut(char[] buf, int filled) {
        for (int i = filled - 1; i >= 0; i--) {
            if (buf[i] == '\n' || buf[i] == '\r') {
                return i + 1;
            }
        }
        return Character.isHighSurrogate(buf[filled - 1]) ? filled - 1 : filled;
    }
}
