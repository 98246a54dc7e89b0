package org.zhnews.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Input;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.structure.Structure;
import org.zhnews.core.structure.StructureInput;
import org.zhnews.core.structure.Zone;
import org.zhnews.core.structure.ZoneKind;
import org.zhnews.testkit.ConsistencyKit;
import org.zhnews.testkit.LinearTime;
import org.zhnews.text.lexicon.LexiconException;

class ArticleStructureAnalyzerTest {

    private static final ArticleStructureAnalyzer ANALYZER = ArticleStructureAnalyzer.standard();
    private static final Pipeline PIPELINE = ZhNews.builder().structure(ANALYZER).build();

    private static final String BRIEFS = "百度发布文心新版本\n"
            + "百度周二发布文心大模型新版本，推理能力大幅提升，营收增长15%。（证券时报）\n"
            + "阿里云下调模型价格\n"
            + "阿里云宣布旗下多款通义千问模型降价，降幅最高达到90%。（新浪科技）\n"
            + "推荐阅读\n"
            + "- 腾讯股价大涨20%\n"
            + "- 云厂商价格战观察\n";

    @Test
    void randomTextKeepsEveryInvariantWithTheStructureStep() {
        assertEquals(500, ConsistencyKit.random().documents(500).seed(6).check(PIPELINE));
    }

    @Test
    void standardIsOneSharedInstance() {
        assertTrue(ArticleStructureAnalyzer.standard() == ArticleStructureAnalyzer.standard());
    }

    @Test
    void mentionsKnowTheirArticleAndBoilerplate() {
        Document doc = PIPELINE.analyze(BRIEFS);
        ConsistencyKit.checkDocument(doc);
        assertEquals(2, doc.articles().size());
        List<String> flagged = doc.mentions().stream().filter(doc::isBoilerplate).map(Mention::text).toList();
        assertTrue(flagged.stream().anyMatch(t -> t.contains("20%")), "flagged " + flagged);
        assertTrue(doc.mentions().stream().filter(m -> m.text().contains("15%")).allMatch(m -> doc.articleOf(m) == 0
                && !doc.isBoilerplate(m)));
        assertTrue(doc.mentions().stream().filter(m -> m.text().contains("90%")).allMatch(m -> doc.articleOf(m) == 1));
        String json = doc.toJson();
        assertTrue(json.contains("\"category\":\"related_links\""), json);
        assertTrue(json.contains("\"source\":\"证券时报\""), json);
    }

    @Test
    void analyzeArticlesSplitsBriefsAndDroppingBoilerplateKeepsTheArticlesFacts() {
        List<Document> docs = PIPELINE.analyzeArticles(Input.text(BRIEFS).withSource("briefs.txt"));
        assertEquals(2, docs.size());
        assertTrue(docs.get(1).original().startsWith("阿里云下调模型价格"));
        Document dropped = PIPELINE.toBuilder().dropBoilerplate(true).build().analyze(BRIEFS);
        assertTrue(dropped.mentions().stream().noneMatch(m -> m.text().contains("20%")));
        assertTrue(dropped.mentions().stream().anyMatch(m -> m.text().contains("90%")));
    }

    @Test
    void rangesMapToTheOriginalThroughTheNormalizers() {
        String original = "蘋果發佈新款平板\n"
                + "蘋果週二推出新款平板電腦，創(chuàng)新不少，起售價與上一代持平。（新浪科技）\n"
                + "騰訊雲下調模型價格\n"
                + "騰訊雲宣佈旗下多款模型降價，降幅最高達到九成。（證券時報）\n"
                + "發(fā)表評(píng)論\n";
        Document doc = PIPELINE.analyze(original);
        ConsistencyKit.checkDocument(doc);
        assertEquals(2, doc.articles().size());
        int second = doc.articles().get(1).originalRange().start();
        assertTrue(original.startsWith("騰訊雲下調", second), "second article at " + second);
        Zone z = doc.zones().get(0);
        assertEquals(ZoneKind.COMMENT_PROMPT, z.kind());
        assertEquals("發(fā)表評(píng)論", original.substring(z.originalRange().start(), z.originalRange().end()));
        assertEquals(Optional.of("证券时报"), doc.articles().get(1).outlet());
    }

    @Test
    void everyOffsetIsInsideTheTextAndArticlesCoverIt() {
        for (String text : List.of("", "\n", "\n\n\n", "   ", "-----", "（新浪科技）", "标题\n", "\r\n\r\n",
                "发表评论", "a\nb\nc", BRIEFS, BRIEFS.replace("\n", "\r\n"), "标题\n" + "正文很长。".repeat(500))) {
            Structure s = ANALYZER.analyze(StructureInput.of(text));
            s.requireWithin(text.length(), text.length());
            assertEquals(0, s.articles().get(0).range().start());
        }
    }

    @Test
    void sameOutputFromManyThreads() throws Exception {
        Structure expected = ANALYZER.analyze(StructureInput.of(BRIEFS));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Structure>> runs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                runs.add(pool.submit(() -> ANALYZER.analyze(StructureInput.of(BRIEFS))));
            }
            for (Future<Structure> f : runs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void timeStaysLinearInInputSize() {
        String unit = "一条标题\n这是正文，营收增长了百分之十，发表评论的人很多。（新浪科技）\n- 推荐阅读\n图源：网络\n"
                + "很长的一行没有换行".repeat(30);
        String small = unit.repeat(500);
        String large = unit.repeat(5_000);
        assertNull(LinearTime.check("structure", () -> ANALYZER.analyze(StructureInput.of(small)),
                () -> ANALYZER.analyze(StructureInput.of(large))));
    }

    @Test
    void theBuilderAddsCuesAndOutletsFromFiles(@TempDir Path dir) throws IOException {
        String text = "新品上市\n这款新品的销量在首周突破十万台，远超预期。（硅谷日志）\n欢迎投稿交流\n";
        Structure before = ANALYZER.analyze(StructureInput.of(text));
        assertEquals(List.of(), before.zones());
        assertEquals(Optional.empty(), before.articles().get(0).outlet());
        Path cues = dir.resolve("my-cues.tsv");
        Files.writeString(cues, "# my cues\ncue\tkind\tmode\n欢迎投稿\tshare_footer\tstart\n", StandardCharsets.UTF_8);
        Path outlets = dir.resolve("my-outlets.tsv");
        Files.writeString(outlets, "# my outlets\ntext\tkind\n日志\tsuffix\n", StandardCharsets.UTF_8);
        ArticleStructureAnalyzer mine = ArticleStructureAnalyzer.builder().cues(cues).outlets(outlets).build();
        Structure after = mine.analyze(StructureInput.of(text));
        assertEquals(ZoneKind.SHARE_FOOTER, after.zones().get(0).kind());
        assertEquals(Optional.of("硅谷日志"), after.articles().get(0).outlet());
    }

    @Test
    void aMalformedCueFileFailsAtBuildTime(@TempDir Path dir) throws IOException {
        Path shortRow = dir.resolve("short.tsv");
        Files.writeString(shortRow, "cue\tkind\tmode\n欢迎投稿\tshare_footer\n", StandardCharsets.UTF_8);
        LexiconException shortError = assertThrows(LexiconException.class,
                () -> ArticleStructureAnalyzer.builder().cues(shortRow).build());
        assertTrue(shortError.getMessage().startsWith(shortRow + ":2: 2 columns"), shortError.getMessage());
        Path noHeader = dir.resolve("header.tsv");
        Files.writeString(noHeader, "欢迎投稿\tshare_footer\tstart\n", StandardCharsets.UTF_8);
        assertThrows(LexiconException.class, () -> ArticleStructureAnalyzer.builder().cues(noHeader).build());
        Path badKind = dir.resolve("kind.tsv");
        Files.writeString(badKind, "cue\tkind\tmode\n欢迎投稿\tfooter\tstart\n", StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> ArticleStructureAnalyzer.builder().cues(badKind).build());
        Path badMode = dir.resolve("mode.tsv");
        Files.writeString(badMode, "cue\tkind\tmode\n欢迎投稿\tshare_footer\tlabel\n", StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> ArticleStructureAnalyzer.builder().cues(badMode).build());
        assertThrows(LexiconException.class,
                () -> ArticleStructureAnalyzer.builder().cues(dir.resolve("missing.tsv")).build());
    }
}
