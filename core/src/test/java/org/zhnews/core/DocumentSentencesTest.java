package org.zhnews.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.Clause;
import org.zhnews.core.structure.Sentence;
import org.zhnews.core.structure.Structure;
import org.zhnews.core.structure.StructureAnalyzer;

class DocumentSentencesTest {

    @Test
    void sentencesCoverTheNormalizedTextAndTheOriginal() {
        Pipeline p = Pipeline.builder().normalizer(new ToyComponents.StripLatinInParens())
                .normalizer(new ToyComponents.ExpandMonthSigns()).build();
        String input = "创(chuang)新很重要。㋀发布新品，价格下调。\n第二段。";
        Document doc = p.analyze(input);
        assertEquals(List.of("创新很重要。", "1月发布新品，价格下调。\n", "第二段。"), texts(doc.text(), doc.sentences()));
        assertEquals(List.of("创(chuang)新很重要。", "㋀发布新品，价格下调。\n", "第二段。"), originals(input, doc.sentences()));
        assertCovers(doc);
        Sentence second = doc.sentences().get(1);
        assertEquals(List.of("1月发布新品，", "价格下调。\n"), second.clauses().stream()
                .map(c -> doc.text().substring(c.range().start(), c.range().end())).toList());
        assertEquals(List.of("㋀发布新品，", "价格下调。\n"), second.clauses().stream()
                .map(c -> input.substring(c.originalRange().start(), c.originalRange().end())).toList());
    }

    @Test
    void aSentenceNeverCrossesAnArticleBoundary() {
        String input = "第一篇没有句号第二篇开始。";
        int cut = input.indexOf("第二篇");
        StructureAnalyzer twoArticles = in -> new Structure(List.of(
                Article.plain(new TextRange(0, cut), in.articleOriginal(0, cut)),
                Article.plain(new TextRange(cut, in.text().length()), in.articleOriginal(cut, in.text().length()))),
                List.of());
        Document doc = Pipeline.builder().structure(twoArticles).build().analyze(input);
        assertEquals(List.of("第一篇没有句号", "第二篇开始。"), texts(doc.text(), doc.sentences()));
        assertEquals(List.of(0, 1), doc.sentences().stream().map(Sentence::article).toList());
        assertCovers(doc);
    }

    @Test
    void extractorsReadTheSentencesAndDocumentsFindAMentionsSentence() {
        List<Integer> seen = new ArrayList<>();
        Extractor perSentence = new Extractor() {
            @Override
            public Set<Class<? extends Mention>> produces() {
                return Set.of(CompanyMention.class);
            }

            @Override
            public List<? extends Mention> extract(ExtractionContext ctx) {
                for (int i = ctx.text().indexOf("OpenAI"); i >= 0; i = ctx.text().indexOf("OpenAI", i + 1)) {
                    seen.add(ctx.sentenceAt(i).index());
                }
                seen.add(ctx.sentences().size());
                return new ToyComponents.OpenAiExtractor().extract(ctx);
            }
        };
        Document doc = Pipeline.builder().extractor(perSentence).build()
                .analyze("据悉，OpenAI发布新模型。价格不变。OpenAI称，将继续投入。");
        assertEquals(List.of(0, 2, 3), seen);
        assertEquals(List.of(0, 2), doc.companies().stream().map(m -> doc.sentenceOf(m).index()).toList());
        Sentence third = doc.sentenceOf(doc.companies().get(1));
        Clause first = third.clauseAt(doc.companies().get(1).start());
        assertEquals("OpenAI称，", doc.text().substring(first.range().start(), first.range().end()));
    }

    @Test
    void anEmptyTextHasNoSentence() {
        Document doc = Pipeline.builder().build().analyze("");
        assertEquals(List.of(), doc.sentences());
        ExtractionContext ctx = ExtractionContext.of("");
        assertThrows(IndexOutOfBoundsException.class, () -> ctx.sentenceAt(0));
        ExtractionContext two = ExtractionContext.of("一句。两句。");
        assertEquals(2, two.sentences().size());
        assertEquals(1, two.sentenceAt(6).index(), "the text's end belongs to the last sentence");
        assertThrows(IndexOutOfBoundsException.class, () -> two.sentenceAt(7));
    }

    @Test
    void aSentenceWindowIsTheSentenceAroundASpanBoundedByTheLongestSentence() {
        ExtractionContext ctx = ExtractionContext.of("苹果发布新机。小米跟进，华为观望。");
        assertEquals(new TextRange(0, 7), ctx.sentenceWindow(0, 2));
        assertEquals(new TextRange(7, 17), ctx.sentenceWindow(11, 13), "clauses do not cut the window");
        assertEquals(new TextRange(0, 17), ctx.sentenceWindow(5, 9), "a span across a boundary takes both sentences");
        int max = org.zhnews.text.sentence.SentenceSegmenter.DEFAULT_MAX_LENGTH;
        ExtractionContext spaces = ExtractionContext.of("苹果" + " ".repeat(3 * max) + "。");
        TextRange w = spaces.sentenceWindow(0, 2);
        assertEquals(0, w.start());
        assertEquals(2 + max, w.end(), "the white space after a sentence is not read beyond the segmenter's bound");
        assertThrows(IndexOutOfBoundsException.class, () -> ctx.sentenceWindow(3, 2));
    }

    /** The sentences and clauses follow each other without gaps from 0 to the end, in both texts. */
    static void assertCovers(Document doc) {
        int pos = 0;
        int orig = 0;
        for (int k = 0; k < doc.sentences().size(); k++) {
            Sentence s = doc.sentences().get(k);
            assertEquals(k, s.index());
            assertEquals(pos, s.range().start());
            assertEquals(orig, s.originalRange().start());
            assertTrue(s.range().end() > s.range().start());
            int c = pos;
            int co = orig;
            for (Clause clause : s.clauses()) {
                assertEquals(c, clause.range().start());
                assertEquals(co, clause.originalRange().start());
                c = clause.range().end();
                co = clause.originalRange().end();
            }
            assertEquals(s.range().end(), c);
            assertEquals(s.originalRange().end(), co);
            pos = s.range().end();
            orig = s.originalRange().end();
        }
        assertEquals(doc.text().length(), pos);
        assertEquals(doc.original().length(), orig);
    }

    private static List<String> texts(String text, List<Sentence> sentences) {
        return sentences.stream().map(s -> text.substring(s.range().start(), s.range().end())).toList();
    }

    private static List<String> originals(String original, List<Sentence> sentences) {
        return sentences.stream().map(s -> original.substring(s.originalRange().start(), s.originalRange().end())).toList();
    }
}
