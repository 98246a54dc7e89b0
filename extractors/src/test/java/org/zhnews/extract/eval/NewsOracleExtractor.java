package org.zhnews.extract.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Extractor;
import org.zhnews.core.mention.AiModel;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Qualifier;
import org.zhnews.extract.eval.GoldPassage.GoldCompany;
import org.zhnews.extract.eval.GoldPassage.GoldModel;
import org.zhnews.extract.eval.NewsGold.GoldMetric;
import org.zhnews.extract.eval.NewsGold.GoldMoney;

/**
 * A test double that "extracts" exactly the gold of one news passage, required and optional
 * entries alike: companies and models at the first occurrence of their surface, named by the
 * first word of the canonical or family; every amount and metric at the next occurrence of its
 * surface (so repeated figures are distinct mentions), with the gold values (percent fractions
 * turned back into percent), except an optional figure that restates the value of a required one
 * (the script would count it as an extra, see {@link ValueScorer}). A surface is sought in the normalized text, else in the original
 * when both have the same length; an entry whose surface is in neither is left out. Immutable.
 */
final class NewsOracleExtractor implements Extractor {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final NewsGold gold;

    NewsOracleExtractor(NewsGold gold) {
        this.gold = gold;
    }

    @Override
    public Set<Class<? extends Mention>> produces() {
        return Set.of(CompanyMention.class, ModelMention.class, MoneyMention.class, MetricMention.class);
    }

    @Override
    public List<? extends Mention> extract(ExtractionContext context) {
        List<Mention> out = new ArrayList<>();
        Set<String> named = new HashSet<>();
        Map<String, Integer> cursor = new HashMap<>();
        for (GoldCompany c : gold.companies()) {
            int at = named.add("c" + c.surface()) ? find(context, c.surface(), 0) : -1;
            if (at >= 0) {
                out.add(new CompanyMention(context.span(at, at + c.surface().length()), firstWord(c.canonical()),
                        Optional.empty()));
            }
        }
        for (GoldModel m : gold.models()) {
            int at = named.add("m" + m.surface()) ? find(context, m.surface(), 0) : -1;
            if (at >= 0) {
                out.add(new ModelMention(context.span(at, at + m.surface().length()),
                        new AiModel(firstWord(m.family()), m.version(), Optional.empty(), Optional.empty()),
                        Optional.empty()));
            }
        }
        Set<String> requiredKeys = new HashSet<>();
        gold.money().stream().filter(m -> !m.optional()).forEach(m -> requiredKeys.add(ValueScorer.key(m)));
        gold.metrics().stream().filter(m -> !m.optional()).forEach(m -> requiredKeys.add(ValueScorer.key(m)));
        for (GoldMoney m : gold.money()) {
            if (m.optional() && requiredKeys.contains(ValueScorer.key(m))) {
                continue;
            }
            int at = next(context, m.surface(), cursor);
            if (at >= 0) {
                out.add(new MoneyMention(context.span(at, at + m.surface().length()), m.amount(), m.currency(),
                        Qualifier.EXACT, m.min(), m.max()));
            }
        }
        for (GoldMetric m : gold.metrics()) {
            if (m.optional() && requiredKeys.contains(ValueScorer.key(m))) {
                continue;
            }
            int at = next(context, m.surface(), cursor);
            if (at >= 0) {
                Optional<BigDecimal> value = m.percent() ? m.value().map(v -> v.multiply(HUNDRED)) : m.value();
                out.add(new MetricMention(context.span(at, at + m.surface().length()), value, unit(m),
                        Optional.empty(), Qualifier.EXACT, Optional.empty(), Optional.empty()));
            }
        }
        return out;
    }

    private static int next(ExtractionContext context, String surface, Map<String, Integer> cursor) {
        int at = find(context, surface, cursor.getOrDefault(surface, 0));
        if (at < 0) {
            at = find(context, surface, 0);
        }
        if (at >= 0) {
            cursor.put(surface, at + 1);
        }
        return at;
    }

    private static int find(ExtractionContext context, String surface, int from) {
        int at = context.text().indexOf(surface, from);
        if (at < 0 && context.text().length() == context.original().length()) {
            at = context.original().indexOf(surface, from);
        }
        return at;
    }

    private static MetricUnit unit(GoldMetric m) {
        if (m.percent()) {
            return MetricUnit.PERCENT;
        }
        return switch (m.unit()) {
            case "parameters" -> MetricUnit.PARAMETERS;
            case "multiple" -> MetricUnit.MULTIPLE;
            case "tokens" -> MetricUnit.TOKENS;
            default -> MetricUnit.COUNT;
        };
    }

    private static String firstWord(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }
}
