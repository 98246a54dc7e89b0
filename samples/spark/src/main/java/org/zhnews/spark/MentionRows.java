package org.zhnews.spark;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zhnews.core.Document;
import org.zhnews.core.Warning;
import org.zhnews.core.mention.AiModel;
import org.zhnews.core.mention.Company;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.CurrencySource;
import org.zhnews.core.mention.DateMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.structure.Structure;

/**
 * Turns an analysed {@link Document} into rows of the mentions and warnings tables: one
 * {@link MentionRow} per mention, in text order, with the same values the analysis JSON
 * ({@code DocumentJson}) writes, and one {@link WarningRow} per warning. Needs no Spark.
 * Stateless and thread-safe.
 */
public final class MentionRows {

    private MentionRows() {
    }

    /** The mention rows of a document, in text order; {@code source} names it in every row. */
    public static List<MentionRow> mentions(Document doc, String source) {
        Objects.requireNonNull(doc, "doc");
        Map<Integer, String> owners = MoneyAttribution.of(doc);
        String charset = doc.charset().map(Charset::name).orElse(null);
        Structure structure = doc.structure();
        List<MentionRow> rows = new ArrayList<>(doc.mentions().size());
        for (Mention m : doc.mentions()) {
            rows.add(row(m, source, charset, structure.articleAt(m.start()),
                    structure.zoneAt(m.start()).isPresent(), owners));
        }
        return rows;
    }

    /** The warning rows of a document, in the document's order. */
    public static List<WarningRow> warnings(Document doc, String source) {
        Objects.requireNonNull(doc, "doc");
        List<WarningRow> rows = new ArrayList<>(doc.warnings().size());
        for (Warning w : doc.warnings()) {
            rows.add(new WarningRow(source, w.code().jsonName(), w.message(),
                    w.range().map(r -> r.start()).orElse(null), w.range().map(r -> r.end()).orElse(null)));
        }
        return rows;
    }

    /**
     * A decimal as the JSON contract writes it: trailing zeros stripped, plain notation, no
     * exponent ({@code 5.4E+10} becomes {@code "54000000000"}).
     */
    public static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    private static MentionRow row(Mention m, String source, String charset, int article, boolean boilerplate,
                                  Map<Integer, String> owners) {
        Fields f = new Fields();
        if (m instanceof CompanyMention c) {
            f.id = c.id().orElse(null);
            f.name = c.name();
            f.nameEn = c.company().flatMap(Company::nameEn).orElse(null);
        } else if (m instanceof ModelMention mm) {
            AiModel model = mm.model();
            f.family = model.family();
            f.version = model.version().orElse(null);
            f.variant = model.variant().orElse(null);
            f.vendor = model.vendor().orElse(null);
            f.parameters = decimal(mm.parameters());
        } else if (m instanceof MoneyMention money) {
            f.amount = decimal(money.amount());
            f.currency = money.currency();
            f.qualifier = money.qualifier().jsonName();
            f.min = decimal(money.min());
            f.max = decimal(money.max());
            f.equivalentOf = money.equivalentOf().isPresent() ? money.equivalentOf().getAsInt() : null;
            f.currencySource = money.currencySource().map(CurrencySource::jsonName).orElse(null);
            f.company = owners.get(money.start());
        } else if (m instanceof MetricMention metric) {
            f.value = decimal(metric.value());
            f.unit = metric.unit().jsonName();
            f.kind = metric.measure().orElse(null);
            f.qualifier = metric.qualifier().jsonName();
            f.min = decimal(metric.min());
            f.max = decimal(metric.max());
        } else if (m instanceof DateMention date) {
            f.dateValue = date.value().map(v -> v.iso()).orElse(null);
            f.granularity = date.granularity().jsonName();
            f.relative = date.relative();
            f.modifier = date.modifier().orElse(null);
        }
        return new MentionRow(source, charset, m.type(), m.text(), m.start(), m.end(), m.originalStart(),
                m.originalEnd(), article, boilerplate, f.id, f.name, f.nameEn, f.family, f.version, f.variant,
                f.vendor, f.parameters, f.amount, f.currency, f.qualifier, f.min, f.max, f.equivalentOf,
                f.currencySource, f.company, f.value, f.unit, f.kind, f.dateValue, f.granularity, f.relative, f.modifier);
    }

    private static String decimal(Optional<BigDecimal> value) {
        return value.map(MentionRows::plain).orElse(null);
    }

    /** The type-specific columns of one row while it is filled in; all null until set. */
    private static final class Fields {
        String id;
        String name;
        String nameEn;
        String family;
        String version;
        String variant;
        String vendor;
        String parameters;
        String amount;
        String currency;
        String qualifier;
        String min;
        String max;
        Integer equivalentOf;
        String currencySource;
        String company;
        String value;
        String unit;
        String kind;
        String dateValue;
        String granularity;
        Boolean relative;
        String modifier;
    }
}
