package org.zhnews.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.Structure;
import org.zhnews.core.structure.StructureInput;
import org.zhnews.core.structure.Zone;
import org.zhnews.testkit.ConsistencyKit;

/** The written structure cases of {@code cases.txt}; see the file's header for the format. */
class StructureCasesTest {

    private static final Pipeline NORMALIZING = ZhNews.builder().clearExtractors()
            .structure(ArticleStructureAnalyzer.standard()).build();

    /** One case of the fixture file. */
    record Case(String id, String text, Map<String, String> expect) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<Case> cases() throws IOException {
        List<String> lines;
        try (InputStream in = StructureCasesTest.class.getResourceAsStream("cases.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<Case> cases = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).startsWith("### ")) {
                i++;
                continue;
            }
            String id = lines.get(i).substring(4).split("\\|")[0].trim();
            Map<String, String> expect = new LinkedHashMap<>();
            List<String> text = new ArrayList<>();
            i++;
            while (!lines.get(i).equals(">>>")) {
                String l = lines.get(i++);
                if (text.isEmpty() && (l.startsWith("mode: ") || l.startsWith("crlf: "))) {
                    expect.put(l.substring(0, l.indexOf(':')), l.substring(l.indexOf(':') + 1).trim());
                } else {
                    text.add(l);
                }
            }
            i++;
            while (i < lines.size() && !lines.get(i).startsWith("### ")) {
                String l = lines.get(i++);
                if (!l.isBlank()) {
                    expect.put(l.substring(0, l.indexOf(':')).trim(), l.substring(l.indexOf(':') + 1).trim());
                }
            }
            String joined = String.join("true".equals(expect.get("crlf")) ? "\r\n" : "\n", text);
            cases.add(new Case(id, joined, expect));
        }
        return cases;
    }

    @Test
    void thereAreAtLeastSixtyCases() throws IOException {
        assertTrue(cases().size() >= 60, "cases: " + cases().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void structureAsWritten(Case c) {
        String text;
        Structure s;
        if ("raw".equals(c.expect().get("mode"))) {
            text = c.text();
            s = ArticleStructureAnalyzer.standard().analyze(StructureInput.of(text));
            s.requireWithin(text.length(), text.length());
        } else {
            Document doc = NORMALIZING.analyze(c.text());
            ConsistencyKit.checkDocument(doc);
            text = doc.text();
            s = doc.structure();
        }
        List<Article> articles = s.articles();
        for (Map.Entry<String, String> e : c.expect().entrySet()) {
            String v = e.getValue();
            switch (e.getKey()) {
                case "mode", "crlf" -> {
                }
                case "articles" -> assertEquals(Integer.parseInt(v), articles.size(), "articles " + articles);
                case "starts" -> perArticle(v, articles, a -> Optional.of(text.substring(a.range().start(),
                        a.range().end()).strip()), true);
                case "titles" -> perArticle(v, articles, Article::title, false);
                case "bylines" -> perArticle(v, articles, Article::byline, false);
                case "outlets" -> perArticle(v, articles, Article::outlet, false);
                case "published" -> perArticle(v, articles, a -> a.published().map(Object::toString), false);
                case "zones" -> zones(v, s.zones(), text);
                default -> fail("unknown expectation " + e.getKey());
            }
        }
    }

    private static void perArticle(String spec, List<Article> articles, Function<Article, Optional<String>> field,
                                   boolean prefix) {
        String[] want = spec.split(" \\| ", -1);
        assertEquals(want.length, articles.size(), "one value per article: " + articles);
        for (int k = 0; k < want.length; k++) {
            Optional<String> got = field.apply(articles.get(k));
            String w = want[k].trim();
            if (w.equals("-")) {
                assertEquals(Optional.empty(), got, "article " + k);
            } else if (prefix) {
                assertTrue(got.orElse("").startsWith(w), "article " + k + " starts with " + w + ": " + got);
            } else {
                assertEquals(Optional.of(w), got, "article " + k);
            }
        }
    }

    private static void zones(String spec, List<Zone> zones, String text) {
        if (spec.equals("-")) {
            assertEquals(List.of(), zones.stream().map(z -> z.kind() + " " + slice(text, z)).toList());
            return;
        }
        String[] want = spec.split(" \\| ");
        List<String> got = zones.stream().map(z -> z.kind().jsonName() + " " + slice(text, z)).toList();
        assertEquals(want.length, zones.size(), "zones " + got);
        for (int k = 0; k < want.length; k++) {
            String w = want[k].trim();
            int sp = w.indexOf(' ');
            String kind = w.substring(0, sp);
            String[] ends = w.substring(sp + 1).split("~", -1);
            String zoneText = slice(text, zones.get(k));
            assertEquals(kind, zones.get(k).kind().jsonName(), "zone " + k + " of " + got);
            assertTrue(zoneText.startsWith(ends[0]), "zone " + k + " starts with " + ends[0] + ": " + got);
            if (ends.length > 1) {
                assertTrue(zoneText.endsWith(ends[1]), "zone " + k + " ends with " + ends[1] + ": " + got);
            }
        }
    }

    private static String slice(String text, Zone z) {
        return text.substring(z.range().start(), z.range().end());
    }
}
