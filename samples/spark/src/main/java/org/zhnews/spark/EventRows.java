package org.zhnews.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.Document;
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
 * Turns a document's events into {@link EventRow}s, in the document's event order. A net loss
 * is a negative {@code net_income}. Stateless and thread-safe.
 */
public final class EventRows {

    private EventRows() {
    }

    /** One row per event of {@code doc}. */
    public static List<EventRow> of(Document doc, String source) {
        List<EventRow> out = new ArrayList<>();
        for (Event e : doc.events()) {
            out.add(row(doc, source, e));
        }
        return out;
    }

    private static EventRow row(Document doc, String source, Event e) {
        Cols c = new Cols();
        if (e instanceof Funding f) {
            c.company(f.company());
            c.round = f.round().map(r -> r.jsonName()).orElse(null);
            f.amount().ifPresent(m -> { c.amount = amount(m); c.currency = m.currency(); });
            f.valuation().ifPresent(m -> { c.valuation = amount(m); c.valuationCurrency = m.currency(); });
            c.investors = names(f.investors());
            c.lead = names(f.lead());
        } else if (e instanceof Acquisition a) {
            c.acquirer = a.acquirer().map(CompanyMention::name).orElse(null);
            c.target = a.target().name();
            a.amount().ifPresent(m -> { c.amount = amount(m); c.currency = m.currency(); });
            c.stake = fraction(a.stake());
        } else if (e instanceof Ipo i) {
            c.company(i.company());
            c.exchange = i.exchange().orElse(null);
            i.amount().ifPresent(m -> { c.amount = amount(m); c.currency = m.currency(); });
            c.status = i.status().map(s -> s.jsonName()).orElse(null);
        } else if (e instanceof ModelRelease r) {
            c.modelFamily = r.model().model().family();
            c.modelVersion = r.model().model().version().orElse(null);
            c.vendor = r.vendor().map(CompanyMention::name).orElse(r.model().model().vendor().orElse(null));
            c.openSource = r.openSource().orElse(null);
        } else if (e instanceof Earnings x) {
            c.company(x.company());
            c.period = x.period().value();
            x.revenue().ifPresent(m -> { c.revenue = amount(m); c.revenueCurrency = m.currency(); });
            x.netIncome().ifPresent(m -> c.netIncome = x.netLoss() && amount(m) != null ? amount(m).negate() : amount(m));
            c.revenueGrowth = fraction(x.revenueGrowth());
            c.netIncomeGrowth = fraction(x.netIncomeGrowth());
        } else if (e instanceof Personnel p) {
            p.company().ifPresent(c::company);
            c.person = p.person().value();
            c.role = p.role().map(r -> r.value()).orElse(null);
            c.change = p.change().jsonName();
        }
        return new EventRow(source, doc.structure().articleAt(e.start()), e.sentence(), e.kind().jsonName(),
                e.modality().jsonName(), e.trigger().text(), e.trigger().start(), e.trigger().end(),
                e.trigger().originalStart(), e.trigger().originalEnd(), c.company, c.companyId, c.round, c.amount,
                c.currency, c.valuation, c.valuationCurrency, c.investors, c.lead, c.acquirer, c.target, c.stake,
                c.exchange, c.status, c.modelFamily, c.modelVersion, c.vendor, c.openSource, c.period, c.revenue,
                c.revenueCurrency, c.netIncome, c.revenueGrowth, c.netIncomeGrowth, c.person, c.role, c.change);
    }

    private static BigDecimal amount(MoneyMention m) {
        return m.amount().orElse(null);
    }

    private static BigDecimal fraction(Optional<Ratio> r) {
        return r.map(Ratio::fraction).orElse(null);
    }

    private static String names(List<CompanyMention> companies) {
        return companies.isEmpty() ? null : String.join(",", companies.stream().map(CompanyMention::name).toList());
    }

    /** The columns being filled for one row. */
    private static final class Cols {
        String company;
        String companyId;
        String round;
        BigDecimal amount;
        String currency;
        BigDecimal valuation;
        String valuationCurrency;
        String investors;
        String lead;
        String acquirer;
        String target;
        BigDecimal stake;
        String exchange;
        String status;
        String modelFamily;
        String modelVersion;
        String vendor;
        Boolean openSource;
        String period;
        BigDecimal revenue;
        String revenueCurrency;
        BigDecimal netIncome;
        BigDecimal revenueGrowth;
        BigDecimal netIncomeGrowth;
        String person;
        String role;
        String change;

        void company(CompanyMention m) {
            company = m.name();
            companyId = m.id().orElse(null);
        }
    }
}
