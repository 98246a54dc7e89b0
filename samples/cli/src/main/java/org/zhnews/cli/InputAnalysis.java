package org.zhnews.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.zhnews.core.Input;
import org.zhnews.core.Pipeline;

/**
 * Analyses one input of any size for the CLI. An input whose text holds at most the limit's
 * chars (the smaller of {@code --max-chars} and the pipeline's own limit) is analysed whole;
 * a larger one in batches of at most that many chars, cut at line breaks, by {@link
 * Pipeline#analyzeStream(InputStream, String, LocalDate, int, java.util.function.Consumer)}, its
 * charset chosen from its first bytes. At most four bytes per char of the limit are read before
 * deciding, so memory is bounded by the limit, never by the input. Immutable.
 */
final class InputAnalysis {

    private final Pipeline pipeline;
    private final int limit;
    private final LocalDate published;

    /**
     * @param maxChars  the largest input analysed whole, and the size of the batches of larger ones
     * @param published the publication date of the inputs, or {@code null}
     */
    InputAnalysis(Pipeline pipeline, int maxChars, LocalDate published) {
        this.pipeline = pipeline;
        this.limit = Math.min(maxChars, pipeline.maxChars());
        this.published = published;
    }

    /** The largest input analysed whole, in chars: also the largest batch. */
    int limit() {
        return limit;
    }

    /** Reads {@code in} (not closed) to its end and hands its analysis to {@code output}. */
    void analyze(String name, InputStream in, AnalysisOutput output) throws IOException {
        int headBytes = (int) Math.min(Integer.MAX_VALUE - 16L, 4L * limit + 1);
        byte[] head = in.readNBytes(headBytes);
        InputStream rest;
        if (head.length < headBytes) {
            if (head.length <= limit || pipeline.decoder().decode(head).text().length() <= limit) {
                output.document(pipeline.analyze(Input.bytes(head).withSource(name).withPublished(published)));
                return;
            }
            rest = new ByteArrayInputStream(head);
        } else {
            rest = new HeadThenRest(head, in);
        }
        head = null; // the stream holds it while it is read, and lets go of it after
        try (AnalysisOutput.Batches batches = output.streamed(name, limit)) {
            try {
                pipeline.analyzeStream(rest, name, published, limit, b -> {
                    try {
                        batches.batch(b);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            batches.finish();
        }
    }

    /** The bytes already read, then the rest of the stream; the bytes are let go once read. */
    private static final class HeadThenRest extends InputStream {
        private byte[] head;
        private int pos;
        private final InputStream rest;

        HeadThenRest(byte[] head, InputStream rest) {
            this.head = head;
            this.rest = rest;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (head != null) {
                int n = Math.min(len, head.length - pos);
                System.arraycopy(head, pos, b, off, n);
                pos += n;
                if (pos == head.length) {
                    head = null;
                }
                if (n > 0 || len == 0) {
                    return n;
                }
            }
            return rest.read(b, off, len);
        }
    }
}
