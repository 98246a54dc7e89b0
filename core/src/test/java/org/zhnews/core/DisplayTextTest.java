package org.zhnews.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhnews.core.json.JsonOptions;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.offset.Rewriter;
import org.zhnews.core.offset.TextRange;

/** The display text is a projection of the analysis text: mentions never depend on it. */
class DisplayTextTest {

    /** A toy traditional projection: 发 -> 發 (one char), 软件 -> 軟體 (same length), 智能手机 -> 智慧型手機 (4 -> 5). */
    static final Normalizer TRADITIONAL = new Normalizer() {
        @Override
        public Normalization normalize(String text) {
            Rewriter r = new Rewriter(text);
            int i = 0;
            while (i < text.length()) {
                if (text.startsWith("智能手机", i)) {
                    r.replace(4, "智慧型手機");
                    i += 4;
                } else if (text.startsWith("软件", i)) {
                    r.replace(1, "軟").replace(1, "體");
                    i += 2;
                } else if (text.charAt(i) == '发') {
                    r.replace(1, "發");
                    i++;
                } else {
                    r.keep(1);
                    i++;
                }
            }
            return Normalization.of(r.text(), r.offsetMap());
        }
    };

    /** Finds the words OpenAI and 智能手机 (as company mentions, for the test). */
    static final Extractor WORDS = new Extractor() {
        @Override
        public Set<Class<? extends Mention>> produces() {
            return Set.of(CompanyMention.class);
        }

        @Override
        public List<? extends Mention> extract(ExtractionContext ctx) {
            List<CompanyMention> out = new ArrayList<>();
            for (String w : List.of("OpenAI", "智能手机")) {
                for (int i = ctx.text().indexOf(w); i >= 0; i = ctx.text().indexOf(w, i + 1)) {
                    out.add(new CompanyMention(ctx.span(i, i + w.length()), w, Optional.empty()));
                }
            }
            return out;
        }
    };

    private static final String INPUT = "OpenAI发布智能手机软件。\n第二句：OpenAI发布。";

    @Test
    void mentionsAreTheSameWithAndWithoutAProjection() {
        Document plain = Pipeline.builder().extractor(WORDS).build().analyze(INPUT);
        Document shown = Pipeline.builder().extractor(WORDS).display(TRADITIONAL).build().analyze(INPUT);
        assertEquals(plain.mentions(), shown.mentions());
        assertEquals(plain.text(), shown.text());
        assertEquals(plain.sentences(), shown.sentences());
        assertTrue(plain.display().isIdentity());
        assertEquals(plain.text(), plain.displayText());
        assertEquals("OpenAI發布智慧型手機軟體。\n第二句：OpenAI發布。", shown.displayText());
    }

    @Test
    void everyMentionStandsAtItsDisplayOffsetsInItsProjectedForm() {
        Document doc = Pipeline.builder().extractor(WORDS).display(TRADITIONAL).build().analyze(INPUT);
        for (Mention m : doc.mentions()) {
            String projected = TRADITIONAL.normalize(doc.text().substring(m.start(), m.end())).text();
            assertEquals(projected, doc.display().surface(m));
        }
        Mention phone = doc.mentions().stream().filter(m -> m.text().equals("智能手机")).findFirst().orElseThrow();
        assertEquals(new TextRange(8, 12), new TextRange(phone.start(), phone.end()));
        assertEquals(new TextRange(8, 13), doc.display().range(phone));
        Mention second = doc.mentions().get(doc.mentions().size() - 1);
        assertEquals(second.start() + 1, doc.display().range(second).start(), "after the longer phrase");
    }

    @Test
    void aDocumentProjectsOnDemandAsThePipelineWould() {
        Document plain = Pipeline.builder().extractor(WORDS).build().analyze(INPUT);
        Document shown = Pipeline.builder().extractor(WORDS).display(TRADITIONAL).build().analyze(INPUT);
        assertEquals(shown.display(), plain.display(TRADITIONAL));
        assertEquals(Optional.of(TRADITIONAL), Pipeline.builder().display(TRADITIONAL).build().toBuilder()
                .build().displayProjection());
    }

    @Test
    void theJsonWritesTheDisplayTextAndOffsetsInIt() {
        Document doc = Pipeline.builder().extractor(WORDS).display(TRADITIONAL).build().analyze(INPUT);
        String json = doc.toJson(JsonOptions.builder().text(true).sentences(true).build());
        assertTrue(json.contains("\"text\":\"OpenAI發布智慧型手機軟體。\\n第二句：OpenAI發布。\""), json);
        assertTrue(json.contains("{\"type\":\"company\",\"text\":\"智能手机\",\"start\":8,\"end\":13,"
                + "\"originalStart\":8,\"originalEnd\":12,"), json);
        assertTrue(json.contains("\"articles\":[{\"start\":0,\"end\":30,\"originalStart\":0,\"originalEnd\":29}]"), json);
        assertTrue(json.endsWith("\"sentences\":[{\"start\":0,\"end\":17,\"originalStart\":0,\"originalEnd\":16},"
                + "{\"start\":17,\"end\":30,\"originalStart\":16,\"originalEnd\":29}]}"), json);
        String plain = Pipeline.builder().extractor(WORDS).build().analyze(INPUT).toJson(JsonOptions.builder()
                .text(true).build());
        assertTrue(plain.contains("\"text\":\"智能手机\",\"start\":8,\"end\":12,"), plain);
    }

    @Test
    void aFailingProjectionLeavesTheAnalysisTextAndAWarning() {
        Normalizer broken = text -> {
            throw new IllegalStateException("boom");
        };
        Document doc = Pipeline.builder().extractor(WORDS).display(broken).build().analyze(INPUT);
        assertEquals(doc.text(), doc.displayText());
        assertEquals(3, doc.mentions().size());
        assertEquals("component_failed", doc.warnings().get(0).code().jsonName());
        assertFalse(doc.display().range(0, 3).isEmpty());
    }

    @Test
    void articleTitlesAreShownInTheDisplayScript() {
        String input = "#智能手机发布会\n正文。";
        Pipeline p = Pipeline.builder().structure(new ToyComponents.LineStructure()).display(TRADITIONAL).build();
        Document doc = p.analyze(input);
        assertEquals(Optional.of("智能手机发布会"), doc.articles().get(0).title());
        assertTrue(doc.toJson().contains("\"title\":\"智慧型手機發布会\""), doc.toJson());
        assertEquals("外来词", doc.display().show(doc.text(), doc.articles().get(0).range(), "外来词"));
    }
}
