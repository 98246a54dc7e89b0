package org.zhnews.extract.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhnews.extract.eval.ClueNerRecord.LabelledSpan;

/**
 * Reads CLUENER2020's {@code dev.jsonl} (one {@code {"text", "label": {label: {entity: [[s, e],
 * ...]}}}} per line, offsets 0-based code points, end inclusive) into records with every labelled
 * span. Checks that every span covers the entity string it is filed under. Stateless.
 */
public final class ClueNerReader {

    private static final JsonFactory JSON = new JsonFactory();

    private ClueNerReader() {
    }

    /**
     * Every record of the file, in file order.
     *
     * @throws IOException           if the file cannot be read or a line is not JSON
     * @throws IllegalStateException if a span does not cover its entity string
     */
    public static List<ClueNerRecord> read(Path jsonl) throws IOException {
        List<ClueNerRecord> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (!line.isBlank()) {
                    out.add(record(lineNo, line));
                }
            }
        }
        return List.copyOf(out);
    }

    private static ClueNerRecord record(int lineNo, String line) throws IOException {
        String text = null;
        List<int[]> raw = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        try (JsonParser p = JSON.createParser(line)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("text")) {
                    text = p.getText();
                } else if (field.equals("label")) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String label = p.currentName();
                        p.nextToken();
                        readEntities(p, label, raw, names, labels);
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        if (text == null) {
            throw new IllegalStateException("line " + lineNo + ": no text");
        }
        List<LabelledSpan> spans = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            int start = text.offsetByCodePoints(0, raw.get(i)[0]);
            int end = text.offsetByCodePoints(0, raw.get(i)[1] + 1);
            if (!text.substring(start, end).equals(names.get(i))) {
                throw new IllegalStateException("line " + lineNo + ": span " + start + ".." + end
                        + " is not " + names.get(i));
            }
            spans.add(new LabelledSpan(labels.get(i), start, end, names.get(i)));
        }
        spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        return new ClueNerRecord(lineNo, text, spans);
    }

    /** {@code {entity: [[s, e], ...], ...}} with the parser on its START_OBJECT. */
    private static void readEntities(JsonParser p, String label, List<int[]> raw, List<String> names,
                                     List<String> labels) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String entity = p.currentName();
            p.nextToken(); // [
            while (p.nextToken() == JsonToken.START_ARRAY) {
                p.nextToken();
                int s = p.getIntValue();
                p.nextToken();
                int e = p.getIntValue();
                p.nextToken(); // ]
                raw.add(new int[] {s, e});
                names.add(entity);
                labels.add(label);
            }
        }
    }
}
