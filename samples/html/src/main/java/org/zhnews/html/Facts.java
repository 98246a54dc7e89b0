package org.zhnews.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.mention.AiModel;
import org.zhnews.core.mention.Company;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.CustomMention;
import org.zhnews.core.mention.DateMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;

/** The normalized facts of a mention as label/value pairs, in a fixed order. Stateless. */
final class Facts {

    /** One fact: a label and its value as text (unescaped). */
    record Fact(String label, String value) {
    }

    private Facts() {
    }

    /** The facts of {@code m}, absent values left out. */
    static List<Fact> of(Mention m) {
        List<Fact> out = new ArrayList<>();
        if (m instanceof CompanyMention c) {
            add(out, "id", c.id());
            add(out, "name", Optional.of(c.name()));
            add(out, "English", c.company().flatMap(Company::nameEn));
            add(out, "traditional", c.company().flatMap(Company::nameTraditional));
            add(out, "tickers", c.company().map(Company::tickers).filter(t -> !t.isEmpty())
                    .map(t -> String.join(", ", t)));
            add(out, "parent", c.company().flatMap(Company::parentId));
            if (c.company().isEmpty()) {
                add(out, "linked", Optional.of("no (not in the knowledge base)"));
            }
        } else if (m instanceof ModelMention mm) {
            AiModel model = mm.model();
            add(out, "family", Optional.of(model.family()));
            add(out, "version", model.version());
            add(out, "variant", model.variant());
            add(out, "vendor", model.vendor());
            add(out, "parameters", mm.parameters().map(Facts::plain));
        } else if (m instanceof MoneyMention money) {
            add(out, "amount", money.amount().map(Facts::plain));
            add(out, "currency", Optional.of(money.currency()));
            add(out, "qualifier", Optional.of(money.qualifier().jsonName()));
            add(out, "min", money.min().map(Facts::plain));
            add(out, "max", money.max().map(Facts::plain));
            if (money.equivalentOf().isPresent()) {
                add(out, "restates", Optional.of("the money at " + money.equivalentOf().getAsInt()));
            }
        } else if (m instanceof MetricMention metric) {
            add(out, "value", metric.value().map(Facts::plain));
            add(out, "unit", Optional.of(metric.unit().jsonName()));
            add(out, "kind", metric.measure());
            add(out, "qualifier", Optional.of(metric.qualifier().jsonName()));
            add(out, "min", metric.min().map(Facts::plain));
            add(out, "max", metric.max().map(Facts::plain));
        } else if (m instanceof DateMention date) {
            add(out, "value", date.value().map(v -> v.iso()));
            add(out, "granularity", Optional.of(date.granularity().jsonName()));
            add(out, "relative", Optional.of(Boolean.toString(date.relative())));
            add(out, "modifier", date.modifier());
        } else if (m instanceof CustomMention custom) {
            custom.attributes().forEach((name, value) -> add(out, name, Optional.of(String.valueOf(value))));
        }
        return List.copyOf(out);
    }

    /** The facts as one line per fact, {@code label: value}, for a tooltip. */
    static String tooltip(Mention m, boolean boilerplate) {
        StringBuilder b = new StringBuilder(m.type());
        b.append(" [").append(m.originalStart()).append(", ").append(m.originalEnd()).append(')');
        if (boilerplate) {
            b.append(" in boilerplate");
        }
        for (Fact f : of(m)) {
            b.append('\n').append(f.label()).append(": ").append(f.value());
        }
        return b.toString();
    }

    /** A decimal without exponent and without trailing zeros ({@code 5.4E+10} -> {@code 54000000000}). */
    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static void add(List<Fact> out, String label, Optional<String> value) {
        value.filter(v -> !v.isEmpty()).ifPresent(v -> out.add(new Fact(label, v)));
    }
}
