package org.zhnews.cli;

import java.io.Closeable;
import java.io.IOException;
import org.zhnews.core.Document;
import org.zhnews.core.StreamBatch;

/** Where the documents of {@code zhnews analyze} go: the tables or the JSON lines. Not thread-safe. */
interface AnalysisOutput {

    /** An input analysed whole. */
    void document(Document doc) throws IOException;

    /** Starts an input analysed in batches of at most {@code batchChars} chars. */
    Batches streamed(String name, int batchChars) throws IOException;

    /** The batches of one input, in order; {@link #finish()} once all came, {@link #close()} always. */
    interface Batches extends Closeable {
        void batch(StreamBatch batch) throws IOException;

        /** All batches came: the input's output is complete. */
        void finish() throws IOException;

        /** Releases what the input held (after {@link #finish()}, or instead of it on failure). */
        @Override
        default void close() throws IOException {
        }
    }
}
