package org.zhnews.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.event.Acquisition;
import org.zhnews.core.event.Earnings;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.Funding;
import org.zhnews.core.event.Ipo;
import org.zhnews.core.event.ModelRelease;
import org.zhnews.core.event.Personnel;
import org.zhnews.core.event.Ratio;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.MoneyMention;

/**
 * An event's filled roles as one line of a table, {@code name=value} pairs in the order of the
 * JSON contract: companies as written, money as written with its currency and exact amount in
 * brackets ({@code 2亿美元(USD 200000000)}), lists comma-joined, fractions as plain decimals, enums
 * by their JSON names. Roles the text does not fill are left out. Stateless.
 */
final class EventCells {

    private EventCells() {
    }

    /** The filled roles of {@code e}, space-separated; empty when none is filled. */
    static String roles(Event e) {
        List<String> parts = new ArrayList<>();
        if (e instanceof Funding f) {
            add(parts, "company", company(f.company()));
            add(parts, "round", f.round().map(r -> r.jsonName()));
            add(parts, "amount", f.amount().map(EventCells::money));
            add(parts, "valuation", f.valuation().map(EventCells::money));
            add(parts, "investors", companies(f.investors()));
            add(parts, "lead", companies(f.lead()));
        } else if (e instanceof Acquisition a) {
            add(parts, "acquirer", a.acquirer().map(EventCells::company));
            add(parts, "target", company(a.target()));
            add(parts, "amount", a.amount().map(EventCells::money));
            add(parts, "stake", a.stake().map(EventCells::ratio));
        } else if (e instanceof Ipo i) {
            add(parts, "company", company(i.company()));
            add(parts, "exchange", i.exchange());
            add(parts, "amount", i.amount().map(EventCells::money));
            add(parts, "status", i.status().map(s -> s.jsonName()));
        } else if (e instanceof ModelRelease r) {
            add(parts, "model", r.model().text());
            add(parts, "vendor", r.vendor().map(EventCells::company));
            add(parts, "open_source", r.openSource().map(String::valueOf));
        } else if (e instanceof Earnings x) {
            add(parts, "company", company(x.company()));
            add(parts, "period", x.period().value());
            add(parts, "revenue", x.revenue().map(EventCells::money));
            add(parts, "net_income", x.netIncome().map(m -> (x.netLoss() ? "loss " : "") + money(m)));
            add(parts, "revenue_growth", x.revenueGrowth().map(EventCells::ratio));
            add(parts, "net_income_growth", x.netIncomeGrowth().map(EventCells::ratio));
        } else if (e instanceof Personnel p) {
            add(parts, "person", p.person().value());
            add(parts, "company", p.company().map(EventCells::company));
            add(parts, "role", p.role().map(r -> r.value()));
            add(parts, "change", p.change().jsonName());
        }
        return String.join(" ", parts);
    }

    private static void add(List<String> parts, String name, Optional<String> value) {
        value.ifPresent(v -> add(parts, name, v));
    }

    private static void add(List<String> parts, String name, String value) {
        if (!value.isEmpty()) {
            parts.add(name + "=" + TextWidth.oneLine(value));
        }
    }

    private static String company(CompanyMention c) {
        return c.text();
    }

    private static String companies(List<CompanyMention> list) {
        return String.join(",", list.stream().map(EventCells::company).toList());
    }

    private static String money(MoneyMention m) {
        return m.text() + m.amount().map(a -> "(" + m.currency() + " " + a.stripTrailingZeros().toPlainString() + ")")
                .orElse("");
    }

    private static String ratio(Ratio r) {
        BigDecimal f = r.fraction().stripTrailingZeros();
        return f.toPlainString();
    }
}
