package org.zhnews.core;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Cuts a character stream into batches of bounded size and analyses each: behind
 * {@link Pipeline#analyzeStream}, whose documentation states the rules. Memory is bounded by
 * the batch size. One runner serves one stream on one thread.
 */
final class StreamRunner {

    private final BiFunction<String, String, Document> analysis;
    private final int maxChars;

    /**
     * @param analysis the analysis of one batch's text under a source name
     * @param maxChars the largest batch allowed
     */
    StreamRunner(BiFunction<String, String, Document> analysis, int maxChars) {
        this.analysis = analysis;
        this.maxChars = maxChars;
    }

    /** Reads {@code in} to its end, handing each batch to {@code sink}; the number of batches. */
    long run(Reader in, String source, int batchChars, Consumer<? super StreamBatch> sink) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(sink, "sink must not be null");
        if (batchChars < 2 || batchChars > maxChars) {
            throw new IllegalArgumentException("batchChars must be from 2 to maxChars (" + maxChars + "): "
                    + batchChars);
        }
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
            sink.accept(new StreamBatch(offset, analysis.apply(text, prefix + "#" + count)));
            offset += cut;
            System.arraycopy(buf, cut, buf, 0, filled - cut);
            filled -= cut;
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
