package org.zhnews.extract.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.zhnews.core.Document;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.ModelMention;

/**
 * Scores documents made from gold passages, passage by passage, and sums the scores. The
 * analyser is any function from a passage to a document (usually {@code pipeline.analyze}).
 * Stateless; the report it returns is immutable.
 */
public final class PassageEvaluation {

    private PassageEvaluation() {
    }

    /**
     * Analyses every passage and scores its companies and models.
     *
     * @throws NullPointerException if an argument is null or the analyser returns null
     */
    public static Report run(List<GoldPassage> passages, Function<GoldPassage, Document> analyser) {
        List<Result> results = new ArrayList<>();
        for (GoldPassage p : passages) {
            Document doc = Objects.requireNonNull(analyser.apply(p), "no document for " + p.id());
            results.add(new Result(p, doc, EntityScorer.companies(doc, p), EntityScorer.models(doc, p)));
        }
        return new Report(results);
    }

    /**
     * One passage's outcome.
     *
     * @param passage   the gold passage
     * @param document  what the analyser made of its text
     * @param companies company score
     * @param models    model score
     */
    public record Result(GoldPassage passage, Document document, EntityScore companies, EntityScore models) {
    }

    /**
     * All passages' outcomes with totals.
     *
     * @param results one per passage, in input order
     */
    public record Report(List<Result> results) {

        public Report {
            results = List.copyOf(results);
        }

        /** Company score over all passages. */
        public EntityScore companies() {
            return sum(r -> true, Result::companies);
        }

        /** Model score over all passages. */
        public EntityScore models() {
            return sum(r -> true, Result::models);
        }

        /** Company score over the passages written as traps. */
        public EntityScore hardCompanies() {
            return sum(r -> r.passage().hard(), Result::companies);
        }

        /** Model score over the passages written as traps. */
        public EntityScore hardModels() {
            return sum(r -> r.passage().hard(), Result::models);
        }

        private EntityScore sum(Predicate<Result> which, Function<Result, EntityScore> score) {
            EntityScore total = EntityScore.EMPTY;
            for (Result r : results) {
                if (which.test(r)) {
                    total = total.plus(score.apply(r));
                }
            }
            return total;
        }

        /** A readable report: one block per passage with misses or extras, then the totals. */
        public String format() {
            StringBuilder out = new StringBuilder();
            long hard = results.stream().filter(r -> r.passage().hard()).count();
            out.append("entity evaluation over ").append(results.size()).append(" passages (")
                    .append(hard).append(" hard)\n");
            for (Result r : results) {
                boolean clean = r.companies().misses().isEmpty() && r.companies().extras().isEmpty()
                        && r.models().misses().isEmpty() && r.models().extras().isEmpty();
                out.append(r.passage().id()).append(r.passage().hard() ? " [hard]" : "")
                        .append(clean ? " ok" : "").append('\n');
                if (!clean) {
                    line(out, "companies", r.companies());
                    line(out, "models", r.models());
                }
                out.append("  found: ").append(found(r.document())).append('\n');
            }
            out.append('\n');
            out.append("companies all  ").append(companies().summary()).append('\n');
            out.append("companies hard ").append(hardCompanies().summary()).append('\n');
            out.append("models    all  ").append(models().summary()).append('\n');
            out.append("models    hard ").append(hardModels().summary()).append('\n');
            return out.toString();
        }

        private static void line(StringBuilder out, String kind, EntityScore s) {
            if (s.misses().isEmpty() && s.extras().isEmpty()) {
                return;
            }
            out.append(String.format(Locale.ROOT, "  %-9s tp %d/%d pred, %d/%d gold; missed %s; extra %s%n",
                    kind, s.tpPred(), s.nPred(), s.tpGold(), s.nGold(), s.misses(), s.extras()));
        }

        private static String found(Document doc) {
            List<String> names = new ArrayList<>();
            for (CompanyMention c : doc.mentions(CompanyMention.class)) {
                names.add("company " + c.text() + c.id().map(id -> "=" + id).orElse(""));
            }
            for (ModelMention m : doc.mentions(ModelMention.class)) {
                names.add("model " + m.text() + "=" + m.model().family()
                        + m.model().version().map(v -> " " + v).orElse("")
                        + m.model().variant().map(v -> " " + v).orElse(""));
            }
            return names.isEmpty() ? "-" : String.join(", ", names);
        }
    }
}
