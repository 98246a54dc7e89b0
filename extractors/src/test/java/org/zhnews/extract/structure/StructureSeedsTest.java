package org.zhnews.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.StructureInput;
import org.zhnews.core.structure.Zone;
import org.zhnews.core.structure.ZoneKind;
import org.zhnews.testkit.ConsistencyKit;
import org.zhnews.testkit.SharedDir;

/**
 * The default pipeline plus the structure step over the corpus seeds: writes
 * {@code target/structure-seeds.md} (articles, zones, mentions in boilerplate) and checks floors.
 */
@Tag("shared")
class StructureSeedsTest {

    private static final Pipeline PIPELINE = ZhNews.builder().structure(ArticleStructureAnalyzer.standard()).build();
    private static final List<Document> DOCS = new ArrayList<>();
    private static final List<String> NAMES = new ArrayList<>();

    @BeforeAll
    static void analyze() throws IOException {
        StringBuilder report = new StringBuilder("# Structure of the corpus seeds\n\n"
                + "Default pipeline plus `ArticleStructureAnalyzer.standard()`. Offsets are into the original "
                + "text (UTF-16 units, end exclusive); `first words` are the normalized text's first 20 chars.\n");
        for (Path seed : SharedDir.seeds()) {
            Document doc = PIPELINE.analyze(seed);
            ConsistencyKit.checkDocument(doc);
            DOCS.add(doc);
            NAMES.add(seed.getFileName().toString());
            report.append(section(seed.getFileName().toString(), doc));
        }
        report.append(cost());
        Path out = Path.of("target", "structure-seeds.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** The structure step's own time on the normalized seeds, next to the whole pipeline's. */
    private static String cost() throws IOException {
        List<StructureInput> inputs = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        long chars = 0;
        for (Document d : DOCS) {
            inputs.add(new StructureInput(d.original(), d.text(), d.offsetMap(), d.script(), Optional.empty()));
            raw.add(d.original());
            chars += d.original().length();
        }
        ArticleStructureAnalyzer a = ArticleStructureAnalyzer.standard();
        long structure = best(() -> inputs.forEach(a::analyze), 200);
        long pipeline = best(() -> raw.forEach(PIPELINE::analyze), 10);
        return String.format(Locale.ROOT, "%n## Cost%n%nOn the %d seeds (%d chars), best of runs on a shared machine: "
                + "structure step alone %.2f ms (%.1f M chars/s); whole default pipeline plus the step %.1f ms "
                + "(%.2f M chars/s), so the step is %.1f %% of it.%n", DOCS.size(), chars, structure / 1e6,
                chars * 1e3 / structure, pipeline / 1e6, chars * 1e3 / pipeline, 100.0 * structure / pipeline);
    }

    private static long best(Runnable r, int runs) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            r.run();
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }

    private static String section(String name, Document doc) {
        StringBuilder sb = new StringBuilder("\n## ").append(name).append("\n\n");
        sb.append("| # | original | title | byline | outlet | published | first words |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < doc.articles().size(); i++) {
            Article a = doc.articles().get(i);
            sb.append("| ").append(i).append(" | ").append(a.originalRange().start()).append("–")
                    .append(a.originalRange().end()).append(" | ").append(cell(a.title())).append(" | ")
                    .append(cell(a.byline())).append(" | ").append(cell(a.outlet())).append(" | ")
                    .append(cell(a.published().map(Object::toString))).append(" | ")
                    .append(first(doc.text(), a.range().start(), a.range().end())).append(" |\n");
        }
        sb.append("\n| zone | original | first words |\n|---|---|---|\n");
        for (Zone z : doc.zones()) {
            sb.append("| ").append(z.kind().jsonName()).append(" | ").append(z.originalRange().start()).append("–")
                    .append(z.originalRange().end()).append(" | ")
                    .append(first(doc.text(), z.range().start(), z.range().end())).append(" |\n");
        }
        List<Mention> flagged = doc.mentions().stream().filter(doc::isBoilerplate).toList();
        sb.append("\nMentions in boilerplate: ").append(flagged.size()).append(" of ")
                .append(doc.mentions().size()).append(flagged.isEmpty() ? "\n" : "\n\n");
        for (Mention m : flagged) {
            sb.append("- ").append(type(m)).append(" `").append(m.text().replace("\n", " ")).append("` at ")
                    .append(m.originalStart()).append("–").append(m.originalEnd()).append(" (")
                    .append(doc.zoneOf(m).map(z -> z.kind().jsonName()).orElse("")).append(")\n");
        }
        return sb.toString();
    }

    private static String type(Mention m) {
        return m.getClass().getSimpleName().replace("Mention", "").toLowerCase();
    }

    private static String cell(Optional<String> s) {
        return s.map(v -> v.replace("|", "\\|")).orElse("");
    }

    private static String first(String text, int start, int end) {
        String s = text.substring(start, Math.min(end, start + 20)).replace("\n", "⏎").replace("|", "\\|");
        return s.isBlank() ? "" : "`" + s + "`";
    }

    private Document seed(String prefix) {
        for (int i = 0; i < NAMES.size(); i++) {
            if (NAMES.get(i).startsWith(prefix)) {
                return DOCS.get(i);
            }
        }
        throw new AssertionError("no seed " + prefix);
    }

    @Test
    void seed001CreditsItsAuthorAndOutletFromItsTail() {
        Article a = seed("001").articles().get(0);
        assertEquals(Optional.of("璟松"), a.byline());
        assertEquals(Optional.of("港股研究社"), a.outlet());
    }

    @Test
    void seed000HoldsThreeArticlesEachWithItsTitleAndOutlet() {
        Document doc = seed("000");
        assertEquals(3, doc.articles().size());
        for (Article a : doc.articles()) {
            assertTrue(a.title().isPresent(), a.toString());
            assertTrue(a.outlet().isPresent(), a.toString());
        }
    }

    @Test
    void seed001EndsInBoilerplateFromItsCommentBoxToTheEnd() {
        Document doc = seed("001");
        int box = doc.original().indexOf("發(fā)表評(píng)論");
        assertTrue(box > 0);
        List<Zone> zones = doc.zones();
        int k = 0;
        while (k < zones.size() && zones.get(k).originalRange().start() != box) {
            k++;
        }
        assertTrue(k < zones.size(), "a zone starts at the comment box: " + zones);
        assertEquals(ZoneKind.COMMENT_PROMPT, zones.get(k).kind());
        for (int j = k + 1; j < zones.size(); j++) {
            String gap = doc.text().substring(zones.get(j - 1).range().end(), zones.get(j).range().start());
            assertTrue(gap.isBlank(), "zones from the comment box on follow each other: " + gap);
        }
        assertTrue(doc.text().substring(zones.get(zones.size() - 1).range().end()).isBlank(), "runs to the end");
        assertTrue(doc.mentions().stream().anyMatch(m -> doc.isBoilerplate(m) && m.text().contains("15%")),
                "the 15% of a recommended headline is boilerplate");
    }

    @Test
    void seeds002And003OpenWithANotice() {
        for (String s : List.of("002", "003")) {
            Document doc = seed(s);
            Zone z = doc.zones().get(0);
            assertTrue(z.kind() == ZoneKind.REPRINT_NOTICE || z.kind() == ZoneKind.COPYRIGHT, z.toString());
            int lineNo = doc.text().substring(0, z.range().start()).split("\n", -1).length;
            assertTrue(lineNo <= 2, s + " notice on line " + lineNo);
        }
    }

    @Test
    void noArticleBoundaryFallsInsideAParagraph() {
        for (Document doc : DOCS) {
            for (Article a : doc.articles().subList(1, doc.articles().size())) {
                assertEquals('\n', doc.text().charAt(a.range().start() - 1));
                assertEquals('\n', doc.original().charAt(a.originalRange().start() - 1));
            }
        }
    }

    @Test
    void singleArticleSeedsStayWhole() {
        for (String s : List.of("001", "002", "003", "004")) {
            assertEquals(1, seed(s).articles().size(), s);
        }
    }
}
