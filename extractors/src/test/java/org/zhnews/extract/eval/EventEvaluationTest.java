package org.zhnews.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.testkit.ConsistencyKit;

/**
 * Runs the default pipeline over the event passages ({@code events/texts}, gold in
 * {@code events/gold}, {@code ../shared/corpus/gold/EVENTS.md}), each text analysed as the CLI
 * analyses a file (no publication date: the text's own dateline is what a user has), scores the
 * events as {@code score_events.py} does ({@link EventScorer}), prints the report and writes it
 * to {@code target/event-eval.txt}. The floors below are what the default pipeline must not fall
 * under.
 */
class EventEvaluationTest {

    // F1 floors per kind and over all events, and the role accuracy floor, about 0.03 under what
    // the default pipeline measures on the 112 passages (301-332, 401-432, 501-524, 601-624;
    // score_events.py over the CLI's JSON gives the same counts, see EventScoreScriptAgreementTest):
    //   funding       P 0.931 R 0.957 F1 0.944 (gold 70, pred 72, found 67) roles 0.821
    //   acquisition   P 0.964 R 0.794 F1 0.871 (gold 34, pred 28, found 27) roles 0.877
    //   ipo           P 0.941 R 0.821 F1 0.877 (gold 39, pred 34, found 32) roles 0.943
    //   model_release P 1.000 R 0.875 F1 0.933 (gold 40, pred 35, found 35) roles 0.821
    //   earnings      P 0.977 R 0.860 F1 0.915 (gold 50, pred 44, found 43) roles 0.979
    //   personnel     P 0.852 R 0.852 F1 0.852 (gold 54, pred 54, found 46) roles 0.891
    //   events        P 0.936 R 0.871 F1 0.903 (gold 287, pred 267, found 250) roles 0.884 (660/747)
    // The first measurement of each set, before any rule was written with it in view: 301-332
    // 0.613, 501-524 0.465, 601-624 0.740 (601-624 was added only after that measurement).
    // 701-724 (24 passages, 81 required events) were held out from all event rules and scored
    // twice, before and after the work that gave the figures above: F1 0.750 -> 0.876, roles
    // 0.834 -> 0.871; they joined the harness after (all 136 then: F1 0.900, roles 0.882).
    static final Map<String, Double> MIN_F1 = Map.of(
            "funding", 0.91,
            "acquisition", 0.84,
            "ipo", 0.84,
            "model_release", 0.90,
            "earnings", 0.88,
            "personnel", 0.82);
    static final double MIN_EVENTS_F1 = 0.87;
    static final double MIN_ROLE_ACCURACY = 0.85;

    /** The passage sets, by the first digit of their ids, as they were written. */
    static final Map<String, String> SETS = Map.of("3", "passages 301-332 (CN, HK)",
            "4", "passages 401-432 (TW, SG, MY)", "5", "passages 501-524 (all regions)",
            "6", "passages 601-624 (all regions)", "7", "passages 701-724 (all regions, held out from the rules)");

    private static final Path REPORT = Path.of("target", "event-eval.txt");

    @Test
    void defaultPipelineOnEventPassages() throws IOException {
        Pipeline pipeline = ZhNews.pipeline();
        List<EventEvaluation.Case> cases = EventEvaluation.passages();
        EventEvaluation.Report report = EventEvaluation.run(cases, path -> {
            Document doc = NewsEvaluationTest.analyze(pipeline, path);
            ConsistencyKit.checkDocument(doc);
            return doc;
        });
        StringBuilder text = new StringBuilder();
        for (String first : List.of("3", "4", "5", "6", "7")) {
            text.append(report.only(id -> id.startsWith(first)).format(SETS.get(first), false)).append('\n');
        }
        text.append(report.format("all passages", true));
        // printed on purpose: this test is a report to be read
        System.out.print(text);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, text, StandardCharsets.UTF_8);

        assertEquals(cases.size(), report.results().size());
        for (Map.Entry<String, Double> floor : MIN_F1.entrySet()) {
            EventScore s = report.total(floor.getKey());
            assertTrue(s.f1() >= floor.getValue(),
                    () -> floor.getKey() + " " + s.summary() + " under the floor " + floor.getValue());
        }
        EventScore all = report.total();
        assertTrue(all.f1() >= MIN_EVENTS_F1, () -> "events " + all.summary() + " under " + MIN_EVENTS_F1);
        assertTrue(all.roleAccuracy().orElse(0) >= MIN_ROLE_ACCURACY,
                () -> "roles " + all.summary() + " under " + MIN_ROLE_ACCURACY);
    }

    @Test
    void everyGoldHasItsTextAndEveryKindIsAnnotated() {
        List<EventEvaluation.Case> cases = EventEvaluation.passages();
        assertEquals(136, cases.size());
        for (EventEvaluation.Case c : cases) {
            assertTrue(c.text().isPresent(), c.gold().id());
            assertTrue(List.of("CN", "HK", "TW", "SG", "MY").contains(c.gold().region()), c.gold().id());
        }
        Pipeline empty = Pipeline.builder().build();
        EventEvaluation.Report nothing = EventEvaluation.run(cases, path -> NewsEvaluationTest.analyze(empty, path));
        for (String kind : EventScorer.KINDS) {
            EventScore s = nothing.total(kind);
            assertTrue(s.gold() >= 20, () -> kind + " " + s.summary());
            assertEquals(0, s.predicted(), kind);
            assertEquals(0.0, s.recall(), kind);
        }
        assertTrue(nothing.total().gold() >= 200, nothing.total()::summary);
    }
}
