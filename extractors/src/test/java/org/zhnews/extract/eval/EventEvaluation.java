package org.zhnews.extract.eval;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.zhnews.core.Document;

/**
 * Scores documents' events against event gold ({@link EventScorer}) and sums them per kind, per
 * region and over all, as {@code score_events.py} sums them. Stateless; the report is immutable.
 */
final class EventEvaluation {

    /** The classpath folder of the event passages ({@code texts/}, {@code gold/}), next to this class. */
    static final String EVENTS_RESOURCE = "events";

    private EventEvaluation() {
    }

    /**
     * One gold file and its text.
     *
     * @param gold the gold
     * @param text the text named by the gold's id, empty when there is none
     */
    record Case(EventGold gold, Optional<Path> text) {
    }

    /** The folder of the event passages shipped as test resources. */
    static Path eventsRoot() {
        URL url = EventEvaluation.class.getResource(EVENTS_RESOURCE);
        if (url == null) {
            throw new IllegalStateException("missing resource folder " + EVENTS_RESOURCE);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The event passages: every gold of {@code events/gold} with its text in {@code events/texts}. */
    static List<Case> passages() {
        Path root = eventsRoot();
        return load(root.resolve("texts"), root.resolve("gold"));
    }

    /** Every event gold of {@code goldDir} with the text it names in {@code textDir}. */
    static List<Case> load(Path textDir, Path goldDir) {
        List<Path> texts = NewsCorpus.list(textDir, ".txt");
        List<Case> out = new ArrayList<>();
        for (EventGold g : EventGoldReader.load(goldDir)) {
            out.add(new Case(g, NewsCorpus.textOf(g.id(), texts)));
        }
        return List.copyOf(out);
    }

    /**
     * Scores every case; a case without a text is scored against no events.
     *
     * @param analyser makes a document of a text file
     * @throws NullPointerException if the analyser returns null
     */
    static Report run(List<Case> cases, Function<Path, Document> analyser) {
        List<EventResult> out = new ArrayList<>();
        for (Case c : cases) {
            List<EventPrediction> preds = c.text()
                    .map(t -> EventPrediction.of(Objects.requireNonNull(analyser.apply(t), "no document for " + t)
                            .events()))
                    .orElse(List.of());
            out.add(EventScorer.score(preds, c.gold()));
        }
        return new Report(out);
    }

    /**
     * All documents' outcomes.
     *
     * @param results one per gold file, in name order
     */
    record Report(List<EventResult> results) {
        Report {
            results = List.copyOf(results);
        }

        /** One kind over all documents. */
        EventScore total(String kind) {
            return sum(r -> r.kind(kind));
        }

        /** All kinds over all documents. */
        EventScore total() {
            return sum(EventResult::total);
        }

        /** One kind over the documents of one region. */
        EventScore region(String kind, String region) {
            return sum(r -> r.gold().region().equals(region) ? r.kind(kind) : EventScore.EMPTY);
        }

        /** All kinds over the documents of one region. */
        EventScore region(String region) {
            return sum(r -> r.gold().region().equals(region) ? r.total() : EventScore.EMPTY);
        }

        /** The results whose gold id passes {@code which}. */
        Report only(Predicate<String> which) {
            return new Report(results.stream().filter(r -> which.test(r.gold().id())).toList());
        }

        private EventScore sum(Function<EventResult, EventScore> part) {
            EventScore t = EventScore.EMPTY;
            for (EventResult r : results) {
                t = t.plus(part.apply(r));
            }
            return t;
        }

        /**
         * Totals per kind and overall, per region, then (with {@code details}) one block per
         * document that is not perfect: its missed and extra events and its wrong roles.
         */
        String format(String title, boolean details) {
            StringBuilder out = new StringBuilder();
            out.append(title).append(": event evaluation over ").append(results.size()).append(" documents\n");
            for (String kind : EventScorer.KINDS) {
                out.append(String.format(Locale.ROOT, "%-14s %s%n", kind, total(kind).summary()));
            }
            out.append(String.format(Locale.ROOT, "%-14s %s%n", "events", total().summary()));
            Map<String, Integer> regions = new TreeMap<>();
            for (EventResult r : results) {
                regions.merge(r.gold().region().isEmpty() ? "-" : r.gold().region(), 1, Integer::sum);
            }
            for (Map.Entry<String, Integer> g : regions.entrySet()) {
                String region = g.getKey().equals("-") ? "" : g.getKey();
                StringBuilder kinds = new StringBuilder();
                for (String kind : EventScorer.KINDS) {
                    EventScore s = region(kind, region);
                    if (s.gold() + s.predicted() > 0) {
                        kinds.append(String.format(Locale.ROOT, " %s=%.2f", kind, s.f1()));
                    }
                }
                out.append(String.format(Locale.ROOT, "region %-3s (%2d docs) %s;%s%n", g.getKey(), g.getValue(),
                        region(region).summary(), kinds));
            }
            for (EventResult r : details ? results : List.<EventResult>of()) {
                if (r.missed().isEmpty() && r.extra().isEmpty() && r.wrong().isEmpty()) {
                    continue;
                }
                out.append(r.gold().id()).append(" [").append(r.gold().region()).append("]\n");
                r.missed().forEach(m -> out.append("  missed ").append(m).append('\n'));
                r.extra().forEach(m -> out.append("  extra  ").append(m).append('\n'));
                r.wrong().forEach(m -> out.append("  wrong  ").append(m).append('\n'));
            }
            return out.toString();
        }
    }
}
