package org.zhnews.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.testkit.SharedDir;

/**
 * The Java event scorer ({@link EventScorer}) and {@code ../shared/tools/score_events.py} give
 * the same counts on the same output: the default pipeline's documents are written as the CLI's
 * JSON lines ({@link Document#toJson()}, with its {@code events}), the script scores them, and
 * its counts per kind and overall (gold, predicted, found, roles right and scored) must equal the
 * Java ones. Run on the dev set ({@code ../shared/corpus/seeds} with
 * {@code ../shared/corpus/gold/events}) and on the event passages. Needs {@code python3}.
 */
@Tag("shared")
class EventScoreScriptAgreementTest {

    private static final Pattern LINE = Pattern.compile("^(\\w+)\\s+P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+) "
            + "\\(gold (\\d+), pred (\\d+), found (\\d+)\\) roles=\\s*([0-9.]+|-)\\s*\\((\\d+)/(\\d+)\\)$");

    @Test
    void sameCountsOnTheDevSet() throws Exception {
        Path corpus = SharedDir.root().resolve("corpus");
        Path gold = corpus.resolve("gold").resolve("events");
        assertAgreement(EventEvaluation.load(corpus.resolve("seeds"), gold), gold, "seeds");
    }

    @Test
    void sameCountsOnTheEventPassages() throws Exception {
        Path gold = EventEvaluation.eventsRoot().resolve("gold");
        assertAgreement(EventEvaluation.passages(), gold, "passages");
    }

    private static void assertAgreement(List<EventEvaluation.Case> cases, Path goldDir, String name)
            throws Exception {
        Path script = SharedDir.root().resolve("tools").resolve("score_events.py");
        assumeTrue(Files.isRegularFile(script), "no score_events.py");
        Pipeline pipeline = ZhNews.pipeline();
        List<String> lines = new ArrayList<>();
        EventEvaluation.Report report = EventEvaluation.run(cases, path -> {
            Document doc = NewsEvaluationTest.analyze(pipeline, path);
            lines.add(doc.toJson());
            return doc;
        });
        assertTrue(report.total().gold() > 0, name + ": no required gold event");
        Path jsonl = Path.of("target", "event-score-agreement-" + name + ".jsonl");
        Files.createDirectories(jsonl.getParent());
        Files.write(jsonl, lines, StandardCharsets.UTF_8);

        Map<String, Matcher> printed = ScoreScripts.run(script, jsonl, goldDir, LINE);
        List<String> kinds = new ArrayList<>(EventScorer.KINDS);
        kinds.add("events");
        for (String kind : kinds) {
            EventScore s = kind.equals("events") ? report.total() : report.total(kind);
            Matcher m = printed.get(kind);
            assertTrue(m != null, () -> name + ": no line for " + kind + " in " + printed.keySet());
            String line = m.group(0);
            assertEquals(s.gold(), Integer.parseInt(m.group(5)), () -> name + " " + kind + " gold: " + line);
            assertEquals(s.predicted(), Integer.parseInt(m.group(6)), () -> name + " " + kind + " pred: " + line);
            assertEquals(s.found(), Integer.parseInt(m.group(7)), () -> name + " " + kind + " found: " + line);
            assertEquals(s.right(), Integer.parseInt(m.group(9)), () -> name + " " + kind + " right: " + line);
            assertEquals(s.roles(), Integer.parseInt(m.group(10)), () -> name + " " + kind + " roles: " + line);
            assertEquals(s.f1(), Double.parseDouble(m.group(4)), 0.0006, () -> name + " " + kind + ": " + line);
        }
    }
}
