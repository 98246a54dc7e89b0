package org.zhnews.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.zhnews.core.Document;
import org.zhnews.core.InputTooLargeException;
import org.zhnews.core.Pipeline;

/**
 * The rows one input file gives: its mentions, its warnings and its events. A file the pipeline refuses
 * (over its size limit) gives no mentions and one {@code input_too_large} warning, so one bad
 * file never fails the job.
 *
 * @param source   the file's path
 * @param mentions its mention rows, in text order
 * @param warnings its warning rows
 * @param events   its event rows, in the document's event order
 */
public record AnalyzedFile(String source, List<MentionRow> mentions, List<WarningRow> warnings, List<EventRow> events)
        implements Serializable {

    public AnalyzedFile {
        Objects.requireNonNull(source, "source");
        mentions = List.copyOf(mentions);
        warnings = List.copyOf(warnings);
        events = List.copyOf(events);
    }

    /** Analyses the bytes of one file with {@code pipeline} (charset detection applies). */
    public static AnalyzedFile analyze(Pipeline pipeline, String source, byte[] bytes) {
        Document doc;
        try {
            doc = pipeline.analyze(bytes, source);
        } catch (InputTooLargeException e) {
            return new AnalyzedFile(source, List.of(),
                    List.of(new WarningRow(source, "input_too_large", e.getMessage(), null, null)), List.of());
        }
        return new AnalyzedFile(source, MentionRows.mentions(doc, source), MentionRows.warnings(doc, source),
                EventRows.of(doc, source));
    }
}
