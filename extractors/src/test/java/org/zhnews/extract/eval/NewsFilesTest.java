package org.zhnews.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhnews.extract.eval.GoldPassage.GoldCompany;
import org.zhnews.extract.eval.GoldPassage.GoldModel;
import org.zhnews.extract.eval.NewsGold.GoldMetric;
import org.zhnews.extract.eval.NewsGold.GoldMoney;

/**
 * The news passages are well formed: every text has its gold and every gold its text, regions
 * and styles come from the documented sets, and every gold surface stands verbatim in its text
 * (amounts and metrics in text order, as the gold README asks).
 */
class NewsFilesTest {

    private static final Set<String> REGIONS = Set.of("CN", "HK", "TW", "SG", "MY");
    private static final Set<String> STYLES = Set.of("funding", "prospectus", "earnings", "model_release",
            "people", "trap", "general");

    @Test
    void everyTextHasItsGoldAndEveryGoldItsText() {
        Path root = NewsCorpus.newsRoot();
        List<NewsCorpus.Case> cases = NewsCorpus.news();
        List<Path> texts = NewsCorpus.list(root.resolve("texts"), ".txt");
        assertEquals(texts.size(), cases.size(), "texts and gold files");
        for (NewsCorpus.Case c : cases) {
            assertTrue(c.text().isPresent(), () -> "no text for gold " + c.gold().id());
            assertTrue(NewsCorpus.stem(c.text().get()).matches("\\d{3,4}_[a-z0-9-]+"), () -> c.text().get().toString());
        }
        assertEquals(texts.size(), cases.stream().map(c -> c.text().orElseThrow()).distinct().count());
    }

    @Test
    void regionsAndStylesAreTheDocumentedOnes() {
        for (NewsCorpus.Case c : NewsCorpus.news()) {
            assertTrue(REGIONS.contains(c.gold().region()), () -> c.gold().id() + " region " + c.gold().region());
            assertTrue(STYLES.contains(c.gold().style()), () -> c.gold().id() + " style " + c.gold().style());
        }
    }

    @Test
    void everySurfaceStandsInItsTextAndFiguresComeInTextOrder() throws IOException {
        List<String> problems = new ArrayList<>();
        for (NewsCorpus.Case c : NewsCorpus.news()) {
            String text = Files.readString(c.text().orElseThrow(), StandardCharsets.UTF_8);
            String id = c.gold().id();
            for (GoldCompany g : c.gold().companies()) {
                verbatim(problems, id, text, g.surface());
            }
            for (GoldModel g : c.gold().models()) {
                verbatim(problems, id, text, g.surface());
            }
            List<String> figures = new ArrayList<>();
            c.gold().money().stream().map(GoldMoney::surface).forEach(figures::add);
            inOrder(problems, id + " money", text, figures);
            figures.clear();
            c.gold().metrics().stream().map(GoldMetric::surface).forEach(figures::add);
            inOrder(problems, id + " metrics", text, figures);
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    private static void verbatim(List<String> problems, String id, String text, String surface) {
        if (!text.contains(surface)) {
            problems.add(id + ": surface not in text: " + surface);
        }
    }

    private static void inOrder(List<String> problems, String what, String text, List<String> surfaces) {
        int from = 0;
        for (String s : surfaces) {
            int at = text.indexOf(s, from);
            if (at < 0) {
                problems.add(what + ": not found in order: " + s + (text.contains(s) ? " (occurs earlier)" : ""));
            } else {
                from = at + 1;
            }
        }
    }
}
