package org.zhnews.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.Optional;
import org.zhnews.core.DisplayText;
import org.zhnews.core.Document;
import org.zhnews.core.Warning;
import org.zhnews.core.mention.AiModel;
import org.zhnews.core.mention.Company;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.CurrencySource;
import org.zhnews.core.mention.CustomMention;
import org.zhnews.core.mention.DateMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.ArticleRegion;
import org.zhnews.core.structure.Structure;
import org.zhnews.core.structure.Zone;

/**
 * Writes a {@link Document} as the analysis JSON of the project's contract (see the README):
 * one object with {@code source}, {@code charset}, {@code script}, {@code warnings},
 * {@code articles} (each with its {@code region} and {@code regionEvidence} when known),
 * {@code zones}, optionally {@code text}, {@code mentions} in text order,
 * each with the index of its {@code article} and whether it stands in {@code boilerplate},
 * {@code events} in trigger order (see {@link EventJson}), and
 * optionally {@code sentences} (see {@link JsonOptions}). {@code text} is the display text and
 * every {@code start}/{@code end} an offset in it; {@code originalStart}/{@code originalEnd}
 * are offsets in the original input. Absent optional values are left out;
 * numbers are plain decimals ({@code 54000000000}, never {@code 5.4E+10}). Every string is
 * escaped by {@link JsonStrings}: non-ASCII text is written as it is, but C0/C1 controls,
 * U+2028/U+2029, unpaired surrogates and {@code < > &} become hexadecimal escapes, so the output
 * is valid JSON and valid UTF-8 for any document, parses back to the same strings, and can be
 * embedded in an HTML {@code <script>} block. Thread-safe.
 */
public final class DocumentJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private DocumentJson() {
    }

    /**
     * The document as one line of JSON, with the display text when {@code includeText}.
     *
     * @param doc         the document
     * @param includeText whether to write the display text as {@code text}
     * @return one JSON object without line breaks
     */
    public static String toJson(Document doc, boolean includeText) {
        return toJson(doc, JsonOptions.builder().text(includeText).build());
    }

    /**
     * The document as one line of JSON, with what {@code options} asks for.
     *
     * @param doc     the document
     * @param options what to write beyond the fields always present
     * @return one JSON object without line breaks
     */
    public static String toJson(Document doc, JsonOptions options) {
        StringWriter w = new StringWriter();
        try {
            write(doc, options, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * Writes the document as one line of JSON (no line break) to {@code out}.
     *
     * @param doc         the document
     * @param includeText whether to write the display text as {@code text}
     * @param out         where to write; not closed or flushed
     * @throws IOException if {@code out} throws
     */
    public static void write(Document doc, boolean includeText, Writer out) throws IOException {
        write(doc, JsonOptions.builder().text(includeText).build(), out);
    }

    /**
     * Writes the document as one line of JSON (no line break) to {@code out}. Offsets
     * {@code start}/{@code end} are in the display text ({@link Document#display()}), which is
     * the analysis text unless the pipeline projects it.
     *
     * @param doc     the document
     * @param options what to write beyond the fields always present
     * @param out     where to write; not closed
     * @throws IOException if {@code out} throws
     */
    public static void write(Document doc, JsonOptions options, Writer out) throws IOException {
        DisplayText display = doc.display();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            field(g, "source", doc.source().orElse(null));
            field(g, "charset", doc.charset().map(Charset::name).orElse(null));
            field(g, "script", doc.script().jsonName());
            g.writeArrayFieldStart("warnings");
            for (Warning w : doc.warnings()) {
                writeWarning(g, w);
            }
            g.writeEndArray();
            writeStructure(g, doc.structure(), doc.text(), display);
            if (options.text()) {
                field(g, "text", display.text());
            }
            g.writeArrayFieldStart("mentions");
            for (Mention m : doc.mentions()) {
                if (options.writes(m)) {
                    writeMention(g, m, doc.structure(), display);
                }
            }
            g.writeEndArray();
            EventJson.write(g, doc, display);
            if (options.sentences()) {
                SentenceJson.write(g, doc.sentences(), display);
            }
            g.writeEndObject();
        }
    }

    private static void writeWarning(JsonGenerator g, Warning w) throws IOException {
        g.writeStartObject();
        field(g, "code", w.code().jsonName());
        field(g, "message", w.message());
        if (w.range().isPresent()) {
            g.writeNumberField("originalStart", w.range().get().start());
            g.writeNumberField("originalEnd", w.range().get().end());
        }
        g.writeEndObject();
    }

    private static void writeStructure(JsonGenerator g, Structure structure, String text, DisplayText display)
            throws IOException {
        g.writeArrayFieldStart("articles");
        for (Article a : structure.articles()) {
            g.writeStartObject();
            writeRanges(g, display.range(a.range()), a.originalRange());
            string(g, "title", a.title().map(t -> display.show(text, a.range(), t)));
            string(g, "byline", a.byline().map(t -> display.show(text, a.range(), t)));
            string(g, "source", a.outlet().map(t -> display.show(text, a.range(), t)));
            string(g, "published", a.published().map(Object::toString));
            if (a.region().isPresent()) {
                ArticleRegion r = a.region().get();
                field(g, "region", r.region().name());
                g.writeArrayFieldStart("regionEvidence");
                for (String e : r.evidence()) {
                    g.writeRawValue(JsonStrings.quote(e));
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("zones");
        for (Zone z : structure.zones()) {
            g.writeStartObject();
            field(g, "kind", "boilerplate");
            field(g, "category", z.kind().jsonName());
            writeRanges(g, display.range(z.range()), z.originalRange());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void writeRanges(JsonGenerator g, TextRange range, TextRange original) throws IOException {
        g.writeNumberField("start", range.start());
        g.writeNumberField("end", range.end());
        g.writeNumberField("originalStart", original.start());
        g.writeNumberField("originalEnd", original.end());
    }

    private static void writeMention(JsonGenerator g, Mention m, Structure structure, DisplayText display)
            throws IOException {
        TextRange shown = display.range(m);
        g.writeStartObject();
        field(g, "type", m.type());
        field(g, "text", m.text());
        g.writeNumberField("start", shown.start());
        g.writeNumberField("end", shown.end());
        g.writeNumberField("originalStart", m.originalStart());
        g.writeNumberField("originalEnd", m.originalEnd());
        g.writeNumberField("article", structure.articleAt(m.start()));
        g.writeBooleanField("boilerplate", structure.zoneAt(m.start()).isPresent());
        if (m instanceof CompanyMention c) {
            writeCompany(g, c);
        } else if (m instanceof ModelMention mm) {
            writeModel(g, mm);
        } else if (m instanceof MoneyMention money) {
            number(g, "amount", money.amount());
            field(g, "currency", money.currency());
            field(g, "qualifier", money.qualifier().jsonName());
            number(g, "min", money.min());
            number(g, "max", money.max());
            if (money.equivalentOf().isPresent()) {
                g.writeNumberField("equivalentOf", display.map().fromOriginalStart(money.equivalentOf().getAsInt()));
            }
            string(g, "currencySource", money.currencySource().map(CurrencySource::jsonName));
        } else if (m instanceof MetricMention metric) {
            number(g, "value", metric.value());
            field(g, "unit", metric.unit().jsonName());
            string(g, "kind", metric.measure());
            field(g, "qualifier", metric.qualifier().jsonName());
            number(g, "min", metric.min());
            number(g, "max", metric.max());
        } else if (m instanceof DateMention date) {
            string(g, "value", date.value().map(v -> v.iso()));
            field(g, "granularity", date.granularity().jsonName());
            g.writeBooleanField("relative", date.relative());
            string(g, "modifier", date.modifier());
        } else if (m instanceof CustomMention custom) {
            AttributeJson.write(g, custom);
        }
        g.writeEndObject();
    }

    static void writeCompany(JsonGenerator g, CompanyMention c) throws IOException {
        string(g, "id", c.id());
        field(g, "name", c.name());
        string(g, "nameEn", c.company().flatMap(Company::nameEn));
    }

    static void writeModel(JsonGenerator g, ModelMention mm) throws IOException {
        AiModel model = mm.model();
        field(g, "family", model.family());
        string(g, "version", model.version());
        string(g, "variant", model.variant());
        string(g, "vendor", model.vendor());
        number(g, "parameters", mm.parameters());
    }

    static void string(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            field(g, name, value.get());
        }
    }

    /** A string field written through {@link JsonStrings}: every string of the document is escaped alike. */
    static void field(JsonGenerator g, String name, String value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeRawValue(JsonStrings.quote(value));
        }
    }

    static void number(JsonGenerator g, String name, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            BigDecimal v = value.get().stripTrailingZeros();
            g.writeFieldName(name);
            g.writeNumber(v.scale() < 0 ? v.setScale(0) : v);
        }
    }
}
