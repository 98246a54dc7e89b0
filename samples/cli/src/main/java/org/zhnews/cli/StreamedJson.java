package org.zhnews.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zhnews.core.Document;
import org.zhnews.core.Script;
import org.zhnews.core.StreamBatch;
import org.zhnews.core.WarningCode;
import org.zhnews.core.json.JsonOptions;
import org.zhnews.core.json.JsonStrings;

/**
 * The analysis JSON of an input analysed in batches ({@link org.zhnews.core.Pipeline#analyzeStream}):
 * one object, as for an input analysed whole, with the contract's fields in the contract's order.
 * Each batch's JSON is read back and its arrays appended, every offset moved into the whole
 * input by the batch's {@link BatchShift} ({@code start}, {@code end}, {@code equivalentOf} in
 * the display text, {@code originalStart}, {@code originalEnd} in the original, a mention's
 * {@code article}); the display text, when asked for, is the batches' texts joined. The
 * {@code script} is the batches' one, or {@code mixed} when they differ; the warnings about the
 * whole stream (the charset choice, binary data), which every batch carries, are written once.
 * The arrays wait in temporary files ({@link Spool}) until the object is complete, so memory is
 * bounded by one batch. Not thread-safe; close it to delete the files.
 */
final class StreamedJson implements Closeable {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Set<String> TEXT_OFFSETS = Set.of("start", "end", "equivalentOf");
    private static final Set<String> ORIGINAL_OFFSETS = Set.of("originalStart", "originalEnd");
    private static final Set<String> STREAM_WARNINGS = Set.of(WarningCode.LOW_CONFIDENCE_CHARSET.jsonName(),
            WarningCode.BINARY_INPUT.jsonName());
    private static final List<String> ARRAYS = List.of("warnings", "articles", "zones", "mentions", "sentences");

    private final String source;
    private final JsonOptions options;
    private final List<Spool> spools = new ArrayList<>();
    private final Spool text;
    private final Set<String> streamWarnings = new HashSet<>();
    private Charset charset;
    private Script script;
    private BatchShift shift = BatchShift.NONE;

    /** A document named {@code source}, with what {@code options} asks for. */
    StreamedJson(String source, JsonOptions options) throws IOException {
        this.source = source;
        this.options = options;
        try {
            for (int i = 0; i < ARRAYS.size(); i++) {
                spools.add(new Spool());
            }
            text = new Spool();
            spools.add(text);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** Appends the next batch. */
    void add(StreamBatch batch) throws IOException {
        Document doc = batch.document();
        try (JsonParser p = FACTORY.createParser(doc.toJson(options))) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                int array = ARRAYS.indexOf(field);
                if (array >= 0) {
                    appendElements(p, field, spools.get(array));
                } else if (field.equals("text")) {
                    String quoted = JsonStrings.quote(p.getText());
                    text.raw(quoted.substring(1, quoted.length() - 1));
                } else {
                    p.skipChildren();
                }
            }
        }
        charset = doc.charset().orElse(charset);
        script = combine(script, doc.script());
        shift = shift.after(batch);
    }

    /** The script of batches so far ({@code null} for none) with one more batch's: unknown ones do not count. */
    static Script combine(Script sofar, Script next) {
        if (sofar == null || sofar == Script.UNKNOWN) {
            return next;
        }
        return next == Script.UNKNOWN || next == sofar ? sofar : Script.MIXED;
    }

    private void appendElements(JsonParser p, String field, Spool spool) throws IOException {
        while (p.nextToken() != JsonToken.END_ARRAY) {
            StringBuilder element = new StringBuilder();
            copy(p, element, true);
            String json = element.toString();
            if (field.equals("warnings") && isStreamWarning(json) && !streamWarnings.add(json)) {
                continue;
            }
            spool.element(json);
        }
    }

    private static boolean isStreamWarning(String json) {
        return !json.contains("\"originalStart\"")
                && STREAM_WARNINGS.stream().anyMatch(code -> json.startsWith("{\"code\":\"" + code + "\""));
    }

    /** Writes the value at the parser's token; the fields of a top element ({@code top}) are shifted. */
    private void copy(JsonParser p, StringBuilder out, boolean top) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> {
                out.append('{');
                boolean first = true;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    out.append(first ? "" : ",").append(JsonStrings.quote(name)).append(':');
                    first = false;
                    p.nextToken();
                    if (top && p.currentToken() == JsonToken.VALUE_NUMBER_INT && isOffset(name)) {
                        out.append(p.getLongValue() + offset(name));
                    } else {
                        copy(p, out, false);
                    }
                }
                out.append('}');
            }
            case START_ARRAY -> {
                out.append('[');
                boolean first = true;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    out.append(first ? "" : ",");
                    first = false;
                    copy(p, out, false);
                }
                out.append(']');
            }
            case VALUE_STRING -> out.append(JsonStrings.quote(p.getText()));
            default -> out.append(p.getText());
        }
    }

    private static boolean isOffset(String field) {
        return TEXT_OFFSETS.contains(field) || ORIGINAL_OFFSETS.contains(field) || field.equals("article");
    }

    /** What a batch's offset field is moved by. */
    private long offset(String field) {
        if (TEXT_OFFSETS.contains(field)) {
            return shift.start();
        }
        if (ORIGINAL_OFFSETS.contains(field)) {
            return shift.originalStart();
        }
        return shift.article();
    }

    /** Writes the whole object, on one line without a line break. */
    void writeTo(Writer out) throws IOException {
        out.write("{\"source\":" + JsonStrings.quote(source) + ",\"charset\":"
                + (charset == null ? "null" : JsonStrings.quote(charset.name()))
                + ",\"script\":" + JsonStrings.quote((script == null ? Script.UNKNOWN : script).jsonName()));
        for (String field : ARRAYS) {
            if (field.equals("mentions") && options.text()) {
                out.write(",\"text\":\"");
                text.copyTo(out);
                out.write('"');
            }
            if (field.equals("sentences") && !options.sentences()) {
                continue;
            }
            out.write(",\"" + field + "\":[");
            spools.get(ARRAYS.indexOf(field)).copyTo(out);
            out.write(']');
        }
        out.write('}');
    }

    @Override
    public void close() throws IOException {
        IOException failed = null;
        for (Spool s : spools) {
            try {
                s.close();
            } catch (IOException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
