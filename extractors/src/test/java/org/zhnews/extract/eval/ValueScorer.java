package org.zhnews.extract.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.extract.eval.NewsGold.GoldMetric;
import org.zhnews.extract.eval.NewsGold.GoldMoney;

/**
 * Scores money and metric mentions of one document against gold with the rules of
 * {@code ../shared/tools/score.py}: each side is a multiset of normalized keys, compared
 * per document.
 *
 * <p><b>Money</b> key: (currency, written amount) or, without an amount, (currency, range min,
 * range max). An optional gold amount without a value ({@code 数十亿美元}) absorbs predictions
 * whose text and currency are the same; predictions whose key only optional gold has are
 * dropped (as many as optional gold holds beyond required gold).
 * <p><b>Metric</b> key: (percent or number, |value|). Predicted percent and percentage-point
 * values are in percent; gold percent values are fractions and are scaled by 100; signs are
 * ignored (a decline matches by its magnitude); a range counts by its lower bound.
 * <p>Values are compared rounded to 6 significant digits (half even), as the script does. As
 * in the script, an optional gold figure whose key a required one also has absorbs nothing: a
 * prediction of both counts one of them as an extra.
 * Stateless; safe from any thread.
 */
final class ValueScorer {

    private static final MathContext SIX = new MathContext(6, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ValueScorer() {
    }

    /** Money mentions against gold amounts. */
    static EntityScore money(List<MoneyMention> mentions, List<GoldMoney> gold) {
        Set<String> vague = new HashSet<>();
        for (GoldMoney g : gold) {
            if (g.optional() && g.valueless()) {
                vague.add(g.surface() + "\u0000" + g.currency());
            }
        }
        List<Item> pred = new ArrayList<>();
        for (MoneyMention m : mentions) {
            String currency = m.currency().toUpperCase(Locale.ROOT);
            if (vague.contains(m.text() + "\u0000" + currency)) {
                continue;
            }
            String key = m.amount().isPresent() ? currency + "|" + sig(m.amount())
                    : currency + "|range|" + sig(m.min()) + "|" + sig(m.max());
            pred.add(new Item(key, m.text()));
        }
        List<Item> required = new ArrayList<>();
        List<Item> optional = new ArrayList<>();
        for (GoldMoney g : gold) {
            (g.optional() ? optional : required).add(new Item(key(g), g.surface()));
        }
        return score(pred, required, optional);
    }

    /** Metric mentions against gold metrics. */
    static EntityScore metrics(List<MetricMention> mentions, List<GoldMetric> gold) {
        List<Item> pred = new ArrayList<>();
        for (MetricMention m : mentions) {
            boolean percent = m.unit() == MetricUnit.PERCENT || m.unit() == MetricUnit.PERCENTAGE_POINT;
            Optional<BigDecimal> v = m.value().isPresent() ? m.value() : m.min();
            pred.add(new Item(metricKey(percent, v.map(BigDecimal::abs)), m.text()));
        }
        List<Item> required = new ArrayList<>();
        List<Item> optional = new ArrayList<>();
        for (GoldMetric g : gold) {
            (g.optional() ? optional : required).add(new Item(key(g), g.surface()));
        }
        return score(pred, required, optional);
    }

    /** The key of a gold amount: currency and written amount, or currency and range. */
    static String key(GoldMoney g) {
        return g.range() ? g.currency() + "|range|" + sig(g.min()) + "|" + sig(g.max())
                : g.currency() + "|" + sig(g.amount());
    }

    /** The key of a gold metric: percent (fraction scaled by 100) or number, and |value|. */
    static String key(GoldMetric g) {
        Optional<BigDecimal> v = g.value().map(BigDecimal::abs);
        if (g.percent()) {
            v = v.map(d -> d.multiply(HUNDRED));
        }
        return metricKey(g.percent(), v);
    }

    /** A value as the script keys it: 6 significant digits, plain, no trailing zeros; "None". */
    static String sig(Optional<BigDecimal> d) {
        if (d.isEmpty()) {
            return "None";
        }
        if (d.get().signum() == 0) {
            return "0";
        }
        return d.get().round(SIX).stripTrailingZeros().toPlainString();
    }

    private static String metricKey(boolean percent, Optional<BigDecimal> value) {
        return (percent ? "percent|" : "number|") + sig(value);
    }

    private static EntityScore score(List<Item> pred, List<Item> required, List<Item> optional) {
        Map<String, Integer> gk = counts(required);
        Map<String, Integer> go = counts(optional);
        // pk = pk - (go - gk): drop predictions that only optional gold accounts for
        Map<String, Integer> drop = new HashMap<>();
        go.forEach((k, n) -> drop.put(k, Math.max(0, n - gk.getOrDefault(k, 0))));
        List<Item> kept = new ArrayList<>();
        for (Item p : pred) {
            int d = drop.getOrDefault(p.key, 0);
            if (d > 0) {
                drop.put(p.key, d - 1);
            } else {
                kept.add(p);
            }
        }
        Map<String, Integer> left = new HashMap<>(counts(kept));
        int inter = 0;
        List<String> misses = new ArrayList<>();
        for (Item g : required) {
            int n = left.getOrDefault(g.key, 0);
            if (n > 0) {
                left.put(g.key, n - 1);
                inter++;
            } else {
                misses.add(g.label + " [" + g.key + "]");
            }
        }
        Map<String, Integer> unmatchedGold = new HashMap<>(gk);
        List<String> extras = new ArrayList<>();
        for (Item p : kept) {
            int n = unmatchedGold.getOrDefault(p.key, 0);
            if (n > 0) {
                unmatchedGold.put(p.key, n - 1);
            } else {
                extras.add(p.label + " [" + p.key + "]");
            }
        }
        return new EntityScore(inter, kept.size(), inter, required.size(), misses, extras);
    }

    private static Map<String, Integer> counts(List<Item> items) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Item i : items) {
            out.merge(i.key, 1, Integer::sum);
        }
        return out;
    }

    private record Item(String key, String label) {
    }
}
