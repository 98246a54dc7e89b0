package org.zhnews.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.DisplayText;
import org.zhnews.core.Document;
import org.zhnews.core.event.Acquisition;
import org.zhnews.core.event.Earnings;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.Funding;
import org.zhnews.core.event.Ipo;
import org.zhnews.core.event.ModelRelease;
import org.zhnews.core.event.Personnel;
import org.zhnews.core.event.Ratio;
import org.zhnews.core.event.TextRole;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Qualifier;
import org.zhnews.core.mention.Span;
import org.zhnews.core.offset.TextRange;

/**
 * Writes a document's {@code events} array of the JSON contract: per event its {@code kind},
 * trigger {@code text} and offsets, {@code sentence}, {@code modality} and its roles under the
 * names of the contract. A company role is an object with {@code id}, {@code name},
 * {@code nameEn}, {@code text} and offsets; a money role carries the money mention's fields
 * ({@code amount} negative for a net loss); {@code model} its family, version, variant and
 * vendor; fractions ({@code stake}, growth) are plain numbers; {@code person}, {@code role} and
 * {@code period} are strings, with their places in {@code personSpan}, {@code roleSpan},
 * {@code periodSpan}. A role the text does not fill is {@code null} (lists: {@code []}).
 */
final class EventJson {

    private EventJson() {
    }

    static void write(JsonGenerator g, Document doc, DisplayText display) throws IOException {
        g.writeArrayFieldStart("events");
        for (Event e : doc.events()) {
            g.writeStartObject();
            DocumentJson.field(g, "kind", e.kind().jsonName());
            spanFields(g, e.trigger(), display);
            g.writeNumberField("sentence", e.sentence());
            DocumentJson.field(g, "modality", e.modality().jsonName());
            roles(g, e, display);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void roles(JsonGenerator g, Event e, DisplayText display) throws IOException {
        if (e instanceof Funding f) {
            company(g, "company", Optional.of(f.company()), display);
            DocumentJson.field(g, "round", f.round().map(r -> r.jsonName()).orElse(null));
            money(g, "amount", f.amount(), false, display);
            money(g, "valuation", f.valuation(), false, display);
            companies(g, "investors", f.investors(), display);
            companies(g, "lead", f.lead(), display);
        } else if (e instanceof Acquisition a) {
            company(g, "acquirer", a.acquirer(), display);
            company(g, "target", Optional.of(a.target()), display);
            money(g, "amount", a.amount(), false, display);
            ratio(g, "stake", a.stake());
        } else if (e instanceof Ipo i) {
            company(g, "company", Optional.of(i.company()), display);
            DocumentJson.field(g, "exchange", i.exchange().orElse(null));
            money(g, "amount", i.amount(), false, display);
            DocumentJson.field(g, "status", i.status().map(s -> s.jsonName()).orElse(null));
        } else if (e instanceof ModelRelease r) {
            g.writeObjectFieldStart("model");
            DocumentJson.writeModel(g, r.model());
            mentionFields(g, r.model(), display);
            g.writeEndObject();
            company(g, "vendor", r.vendor(), display);
            g.writeFieldName("open_source");
            if (r.openSource().isPresent()) {
                g.writeBoolean(r.openSource().get());
            } else {
                g.writeNull();
            }
        } else if (e instanceof Earnings x) {
            company(g, "company", Optional.of(x.company()), display);
            text(g, "period", Optional.of(x.period()), display);
            money(g, "revenue", x.revenue(), false, display);
            money(g, "net_income", x.netIncome(), x.netLoss(), display);
            ratio(g, "revenue_growth", x.revenueGrowth());
            ratio(g, "net_income_growth", x.netIncomeGrowth());
        } else if (e instanceof Personnel p) {
            text(g, "person", Optional.of(p.person()), display);
            company(g, "company", p.company(), display);
            text(g, "role", p.role(), display);
            DocumentJson.field(g, "change", p.change().jsonName());
        }
    }

    private static void company(JsonGenerator g, String name, Optional<CompanyMention> c, DisplayText display)
            throws IOException {
        g.writeFieldName(name);
        if (c.isEmpty()) {
            g.writeNull();
            return;
        }
        companyObject(g, c.get(), display);
    }

    private static void companyObject(JsonGenerator g, CompanyMention c, DisplayText display) throws IOException {
        g.writeStartObject();
        DocumentJson.writeCompany(g, c);
        mentionFields(g, c, display);
        g.writeEndObject();
    }

    private static void companies(JsonGenerator g, String name, List<CompanyMention> list, DisplayText display)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (CompanyMention c : list) {
            companyObject(g, c, display);
        }
        g.writeEndArray();
    }

    private static void money(JsonGenerator g, String name, Optional<MoneyMention> m, boolean negative,
                              DisplayText display) throws IOException {
        g.writeFieldName(name);
        if (m.isEmpty()) {
            g.writeNull();
            return;
        }
        MoneyMention money = m.get();
        g.writeStartObject();
        DocumentJson.number(g, "amount", money.amount().map(a -> negative ? a.negate() : a));
        DocumentJson.field(g, "currency", money.currency());
        Qualifier q = money.qualifier();
        DocumentJson.field(g, "qualifier", q.jsonName());
        DocumentJson.number(g, "min", money.min().map(a -> negative ? a.negate() : a));
        DocumentJson.number(g, "max", money.max().map(a -> negative ? a.negate() : a));
        mentionFields(g, money, display);
        g.writeEndObject();
    }

    private static void ratio(JsonGenerator g, String name, Optional<Ratio> r) throws IOException {
        g.writeFieldName(name);
        if (r.isEmpty()) {
            g.writeNull();
            return;
        }
        BigDecimal v = r.get().fraction().stripTrailingZeros();
        g.writeNumber(v.scale() < 0 ? v.setScale(0) : v);
    }

    private static void text(JsonGenerator g, String name, Optional<TextRole> r, DisplayText display)
            throws IOException {
        DocumentJson.field(g, name, r.map(TextRole::value).orElse(null));
        if (r.isPresent()) {
            g.writeObjectFieldStart(name + "Span");
            spanFields(g, r.get().span(), display);
            g.writeEndObject();
        }
    }

    private static void mentionFields(JsonGenerator g, Mention m, DisplayText display) throws IOException {
        spanFields(g, m.span(), display);
    }

    private static void spanFields(JsonGenerator g, Span s, DisplayText display) throws IOException {
        DocumentJson.field(g, "text", s.text());
        DocumentJson.writeRanges(g, display.range(new TextRange(s.start(), s.end())),
                new TextRange(s.originalStart(), s.originalEnd()));
    }
}
