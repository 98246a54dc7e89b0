package org.zhnews.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.zhnews.core.json.DocumentJson;
import org.zhnews.testkit.SharedDir;

/**
 * The Java scorer ({@link NewsEvaluation}) and {@code ../shared/tools/score.py} give the same
 * numbers on the same output: the default pipeline's documents are written as the CLI's JSON
 * lines, the script scores them, and its totals per kind (P, R, F1, gold and prediction counts)
 * must equal the Java totals. Run on the dev set ({@code ../shared/corpus/seeds} with
 * {@code ../shared/corpus/gold}) and on the news passages. Needs {@code python3}.
 */
@Tag("shared")
class ScoreScriptAgreementTest {

    private static final Pattern LINE = Pattern.compile(
            "^(\\w+) P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+) \\(gold (\\d+), pred (\\d+)\\)$");

    @Test
    void sameNumbersOnTheDevSet() throws Exception {
        Path corpus = SharedDir.root().resolve("corpus");
        assertAgreement(NewsCorpus.load(corpus.resolve("seeds"), corpus.resolve("gold")), corpus.resolve("gold"),
                "seeds");
    }

    @Test
    void sameNumbersOnTheNewsPassages() throws Exception {
        Path root = NewsCorpus.newsRoot();
        assertAgreement(NewsCorpus.news(), root.resolve("gold"), "news");
    }

    private static void assertAgreement(List<NewsCorpus.Case> cases, Path goldDir, String name) throws Exception {
        Path script = SharedDir.root().resolve("tools").resolve("score.py");
        assumeTrue(Files.isRegularFile(script), "no score.py");
        Pipeline pipeline = ZhNews.pipeline();
        List<String> lines = new ArrayList<>();
        NewsEvaluation.Report report = NewsEvaluation.run(cases, path -> {
            Document doc = NewsEvaluationTest.analyze(pipeline, path);
            lines.add(DocumentJson.toJson(doc, false));
            return doc;
        });
        Path jsonl = Path.of("target", "score-agreement-" + name + ".jsonl");
        Files.createDirectories(jsonl.getParent());
        Files.write(jsonl, lines, StandardCharsets.UTF_8);

        Map<String, Matcher> printed = ScoreScripts.run(script, jsonl, goldDir, LINE);
        for (String kind : NewsEvaluation.KINDS) {
            EntityScore s = report.total(kind);
            Matcher m = printed.get(kind);
            assertNotNull(m, () -> name + ": no line for " + kind + " in " + printed.keySet());
            String line = m.group();
            assertEquals(s.nGold(), Integer.parseInt(m.group(5)), () -> name + " " + kind + " gold: " + line);
            assertEquals(s.nPred(), Integer.parseInt(m.group(6)), () -> name + " " + kind + " pred: " + line);
            assertEquals(s.precision(), Double.parseDouble(m.group(2)), 0.0006, () -> name + " " + kind + ": " + line);
            assertEquals(s.recall(), Double.parseDouble(m.group(3)), 0.0006, () -> name + " " + kind + ": " + line);
            assertEquals(s.f1(), Double.parseDouble(m.group(4)), 0.0006, () -> name + " " + kind + ": " + line);
        }
    }
}
