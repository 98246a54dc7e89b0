package org.zhnews.extract.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;

/**
 * One predicted event as the scorer reads it: its kind's JSON name and its roles under the JSON
 * contract's names, each as the value {@code score_events.py} would compare. A company role is
 * its {@link EventCompanies.Names}, a list of companies a list of those, money an
 * {@link EventValues.Money} (negative for a net loss, as the JSON writes it), a fraction its
 * {@link BigDecimal}, a model an {@link EventValues.Model}, open source a {@link Boolean}, round,
 * exchange, status, change, person, post and period their strings; an unfilled role is
 * {@code null} (lists: empty). {@code modality}, {@code sentence} and the trigger {@code text}
 * are there as in the JSON. Immutable.
 *
 * @param kind  the kind's JSON name ({@code model_release})
 * @param label the kind and the surface of the key role, for reports ({@code funding:码上智能})
 * @param roles role values by JSON name
 */
record EventPrediction(String kind, String label, Map<String, Object> roles) {

    EventPrediction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    }

    /** The value of {@code role}, {@code null} when the event has none. */
    Object role(String role) {
        return roles.get(role);
    }

    /** The prediction of one event. */
    static EventPrediction of(Event event) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("text", event.trigger().text());
        r.put("sentence", BigDecimal.valueOf(event.sentence()));
        r.put("modality", event.modality().jsonName());
        if (event instanceof Funding f) {
            r.put("company", company(f.company()));
            r.put("round", f.round().map(x -> x.jsonName()).orElse(null));
            r.put("amount", money(f.amount(), false));
            r.put("valuation", money(f.valuation(), false));
            r.put("investors", companies(f.investors()));
            r.put("lead", companies(f.lead()));
        } else if (event instanceof Acquisition a) {
            r.put("acquirer", a.acquirer().map(EventPrediction::company).orElse(null));
            r.put("target", company(a.target()));
            r.put("amount", money(a.amount(), false));
            r.put("stake", fraction(a.stake()));
        } else if (event instanceof Ipo i) {
            r.put("company", company(i.company()));
            r.put("exchange", i.exchange().orElse(null));
            r.put("amount", money(i.amount(), false));
            r.put("status", i.status().map(s -> s.jsonName()).orElse(null));
        } else if (event instanceof ModelRelease m) {
            r.put("model", model(m.model()));
            r.put("vendor", m.vendor().map(EventPrediction::company).orElse(null));
            r.put("open_source", m.openSource().orElse(null));
        } else if (event instanceof Earnings e) {
            r.put("company", company(e.company()));
            r.put("period", e.period().value());
            r.put("revenue", money(e.revenue(), false));
            r.put("net_income", money(e.netIncome(), e.netLoss()));
            r.put("revenue_growth", fraction(e.revenueGrowth()));
            r.put("net_income_growth", fraction(e.netIncomeGrowth()));
        } else if (event instanceof Personnel p) {
            r.put("person", p.person().value());
            r.put("company", p.company().map(EventPrediction::company).orElse(null));
            r.put("role", p.role().map(TextRole::value).orElse(null));
            r.put("change", p.change().jsonName());
        }
        return new EventPrediction(event.kind().jsonName(), event.kind().jsonName() + ":" + keyText(event), r);
    }

    private static String keyText(Event event) {
        if (event instanceof Funding f) {
            return f.company().text();
        } else if (event instanceof Acquisition a) {
            return a.target().text();
        } else if (event instanceof Ipo i) {
            return i.company().text();
        } else if (event instanceof ModelRelease m) {
            return m.model().text();
        } else if (event instanceof Earnings e) {
            return e.company().text() + "@" + e.period().value();
        } else if (event instanceof Personnel p) {
            return p.person().value();
        }
        return event.trigger().text();
    }

    /** The predictions of a document's events, in their order. */
    static List<EventPrediction> of(List<Event> events) {
        List<EventPrediction> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(of(e));
        }
        return out;
    }

    private static EventCompanies.Names company(CompanyMention m) {
        return EventCompanies.of(m);
    }

    private static List<EventCompanies.Names> companies(List<CompanyMention> list) {
        List<EventCompanies.Names> out = new ArrayList<>(list.size());
        for (CompanyMention m : list) {
            out.add(company(m));
        }
        return out;
    }

    private static EventValues.Money money(Optional<MoneyMention> m, boolean negative) {
        if (m.isEmpty()) {
            return null;
        }
        MoneyMention x = m.get();
        return new EventValues.Money(signed(x.amount(), negative), signed(x.min(), negative),
                signed(x.max(), negative), x.currency());
    }

    private static BigDecimal signed(Optional<BigDecimal> v, boolean negative) {
        return v.map(d -> negative ? d.negate() : d).orElse(null);
    }

    private static BigDecimal fraction(Optional<Ratio> r) {
        return r.map(Ratio::fraction).orElse(null);
    }

    private static EventValues.Model model(ModelMention m) {
        return new EventValues.Model(m.model().family(), m.model().version().orElse(null),
                m.model().variant().orElse(null), m.text());
    }
}
