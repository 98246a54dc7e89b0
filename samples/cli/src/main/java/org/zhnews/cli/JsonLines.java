package org.zhnews.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.zhnews.core.Document;
import org.zhnews.core.StreamBatch;
import org.zhnews.core.json.JsonOptions;

/**
 * Prints the analysis JSON, one object per input per line: a document analysed whole as the
 * library writes it, an input analysed in batches as one object too ({@link StreamedJson}).
 * Not thread-safe.
 */
final class JsonLines implements AnalysisOutput {

    private final PrintWriter out;
    private final JsonOptions options;

    JsonLines(PrintWriter out, JsonOptions options) {
        this.out = out;
        this.options = options;
    }

    @Override
    public void document(Document doc) {
        out.println(doc.toJson(options));
    }

    @Override
    public Batches streamed(String name, int batchChars) throws IOException {
        StreamedJson json = new StreamedJson(name, options);
        return new Batches() {
            @Override
            public void batch(StreamBatch batch) throws IOException {
                json.add(batch);
            }

            @Override
            public void finish() throws IOException {
                json.writeTo(out);
                out.println();
            }

            @Override
            public void close() throws IOException {
                json.close();
            }
        };
    }
}
