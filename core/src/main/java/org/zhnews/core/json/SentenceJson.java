package org.zhnews.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.zhnews.core.DisplayText;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Sentence;

/**
 * Writes the {@code sentences} array: per sentence {@code start}, {@code end} (in the display
 * text) and {@code originalStart}, {@code originalEnd}. The display ranges are mapped boundary
 * by boundary, so they cover the display text in order as the sentences cover the analysis text.
 */
final class SentenceJson {

    private SentenceJson() {
    }

    static void write(JsonGenerator g, List<Sentence> sentences, DisplayText display) throws IOException {
        g.writeArrayFieldStart("sentences");
        int start = 0;
        for (int k = 0; k < sentences.size(); k++) {
            int end = k + 1 < sentences.size()
                    ? Math.max(start, display.map().fromOriginalStart(sentences.get(k + 1).range().start()))
                    : display.text().length();
            g.writeStartObject();
            DocumentJson.writeRanges(g, new TextRange(start, end), sentences.get(k).originalRange());
            g.writeEndObject();
            start = end;
        }
        g.writeEndArray();
    }
}
