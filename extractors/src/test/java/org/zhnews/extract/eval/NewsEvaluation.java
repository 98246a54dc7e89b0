package org.zhnews.extract.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.zhnews.core.Document;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;

/**
 * Scores documents against news gold ({@link NewsCorpus}) for the four kinds of
 * {@code ../shared/tools/score.py}: companies and models by entity per document
 * ({@link EntityScorer}), money and metrics by normalized value ({@link ValueScorer}). Totals
 * are summed over documents as the script sums them. Stateless; the report is immutable.
 */
final class NewsEvaluation {

    /** The kinds in the order the script prints them. */
    static final List<String> KINDS = List.of("money", "metrics", "companies", "models");

    private NewsEvaluation() {
    }

    /**
     * Scores every case; a case without a text is scored against no mentions.
     *
     * @param analyser makes a document of a text file
     * @throws NullPointerException if the analyser returns null
     */
    static Report run(List<NewsCorpus.Case> cases, Function<Path, Document> analyser) {
        List<Result> out = new ArrayList<>();
        for (NewsCorpus.Case c : cases) {
            Document doc = c.text().map(t -> Objects.requireNonNull(analyser.apply(t), "no document for " + t))
                    .orElse(null);
            out.add(score(c.gold(), doc));
        }
        return new Report(out);
    }

    /** One document's scores; {@code doc} null scores no mentions at all. */
    static Result score(NewsGold gold, Document doc) {
        List<CompanyMention> companies = doc == null ? List.of() : doc.mentions(CompanyMention.class);
        List<ModelMention> models = doc == null ? List.of() : doc.mentions(ModelMention.class);
        List<MoneyMention> money = doc == null ? List.of() : doc.mentions(MoneyMention.class);
        List<MetricMention> metrics = doc == null ? List.of() : doc.mentions(MetricMention.class);
        return new Result(gold, Map.of(
                "money", ValueScorer.money(money, gold.money()),
                "metrics", ValueScorer.metrics(metrics, gold.metrics()),
                "companies", EntityScorer.companies(companies, gold.companies()),
                "models", EntityScorer.models(models, gold.models())));
    }

    /**
     * One document's outcome.
     *
     * @param gold   the gold
     * @param scores score per kind ({@link #KINDS})
     */
    record Result(NewsGold gold, Map<String, EntityScore> scores) {
        Result {
            scores = Map.copyOf(scores);
        }

        EntityScore score(String kind) {
            return Objects.requireNonNull(scores.get(kind), kind);
        }
    }

    /**
     * All documents' outcomes.
     *
     * @param results one per gold file, in name order
     */
    record Report(List<Result> results) {
        Report {
            results = List.copyOf(results);
        }

        /** The score of one kind over all documents. */
        EntityScore total(String kind) {
            return sum(kind, r -> true);
        }

        /** The score of one kind over the documents of one region. */
        EntityScore region(String kind, String region) {
            return sum(kind, r -> r.gold().region().equals(region));
        }

        /** The score of one kind over the documents whose gold id passes {@code id}. */
        EntityScore ids(String kind, Predicate<String> id) {
            return sum(kind, r -> id.test(r.gold().id()));
        }

        /** The score of one kind over the documents of one style. */
        EntityScore style(String kind, String style) {
            return sum(kind, r -> r.gold().style().equals(style));
        }

        private EntityScore sum(String kind, Predicate<Result> which) {
            EntityScore total = EntityScore.EMPTY;
            for (Result r : results) {
                if (which.test(r)) {
                    total = total.plus(r.score(kind));
                }
            }
            return total;
        }

        /** Totals, per region, per style, then one block per document with misses or extras. */
        String format() {
            StringBuilder out = new StringBuilder();
            out.append("news evaluation over ").append(results.size()).append(" documents\n\n");
            for (String kind : KINDS) {
                out.append(String.format(Locale.ROOT, "%-9s all %s%n", kind, total(kind).summary()));
            }
            Map<String, Integer> regions = groups(r -> r.gold().region());
            Map<String, Integer> styles = groups(r -> r.gold().style());
            out.append('\n');
            for (Map.Entry<String, Integer> g : regions.entrySet()) {
                for (String kind : KINDS) {
                    out.append(String.format(Locale.ROOT, "%-9s region %-3s (%2d docs) %s%n", kind, g.getKey(),
                            g.getValue(), region(kind, g.getKey()).summary()));
                }
            }
            out.append('\n');
            for (Map.Entry<String, Integer> g : styles.entrySet()) {
                for (String kind : KINDS) {
                    out.append(String.format(Locale.ROOT, "%-9s style %-13s (%2d docs) %s%n", kind, g.getKey(),
                            g.getValue(), style(kind, g.getKey()).summary()));
                }
            }
            out.append('\n');
            for (Result r : results) {
                StringBuilder lines = new StringBuilder();
                for (String kind : KINDS) {
                    EntityScore s = r.score(kind);
                    if (!s.misses().isEmpty() || !s.extras().isEmpty()) {
                        lines.append(String.format(Locale.ROOT, "  %-9s missed %s; extra %s%n", kind, s.misses(),
                                s.extras()));
                    }
                }
                out.append(r.gold().id()).append(" [").append(r.gold().region()).append(' ')
                        .append(r.gold().style()).append(']').append(lines.isEmpty() ? " ok\n" : "\n").append(lines);
            }
            return out.toString();
        }

        private Map<String, Integer> groups(Function<Result, String> key) {
            Map<String, Integer> out = new TreeMap<>();
            for (Result r : results) {
                out.merge(key.apply(r), 1, Integer::sum);
            }
            return out;
        }
    }
}
