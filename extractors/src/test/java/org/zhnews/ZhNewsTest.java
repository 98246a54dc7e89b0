package org.zhnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Document;
import org.zhnews.core.InputTooLargeException;
import org.zhnews.core.Pipeline;
import org.zhnews.core.WarningCode;
import org.zhnews.extract.knowledge.CompanyEntry;
import org.zhnews.extract.knowledge.KnowledgeBase;
import org.zhnews.testkit.ConsistencyKit;

class ZhNewsTest {

    @Test
    void defaultPipelineIsBuiltOnceAndShared() {
        assertSame(ZhNews.pipeline(), ZhNews.pipeline());
    }

    @Test
    void analyzesTextAndBytes() {
        Document fromText = ZhNews.analyze("阿里巴巴发布Qwen2.5-Max");
        assertEquals("阿里巴巴发布Qwen2.5-Max", fromText.original());
        Document fromBytes = ZhNews.analyze("阿里巴巴发布Qwen2.5-Max".getBytes(StandardCharsets.UTF_8));
        assertEquals(fromText.original(), fromBytes.original());
        assertEquals(Charset.forName("UTF-8"), fromBytes.charset().orElseThrow());
    }

    @Test
    void documentedErrorsOnly() {
        assertThrows(NullPointerException.class, () -> ZhNews.analyze((String) null));
        Pipeline small = ZhNews.builder().maxChars(3).build();
        assertThrows(InputTooLargeException.class, () -> small.analyze("1234"));
    }

    @Test
    void builderWithAKnowledgeBaseKeepsEveryDefaultComponent() {
        KnowledgeBase kb = KnowledgeBase.builder().withStandard()
                .company(CompanyEntry.builder("acme").name("艾克米").english("Acme Robotics").build())
                .build();
        Pipeline mine = ZhNews.builder(kb).build();
        assertEquals(ZhNews.pipeline().extractors().stream().map(x -> x.name()).toList(),
                mine.extractors().stream().map(x -> x.name()).toList());
        Document doc = mine.analyze("艾克米与阿里巴巴去年投入5亿元");
        assertEquals(java.util.List.of("acme", "alibaba"),
                doc.companies().stream().map(c -> c.id().orElseThrow()).toList());
        assertEquals(1, doc.money().size());
        assertTrue(ZhNews.analyze("艾克米与阿里巴巴").companies().stream().noneMatch(c -> c.id().equals(java.util.Optional.of("acme"))));
        assertThrows(NullPointerException.class, () -> ZhNews.builder(null));
    }

    @Test
    void builderStartsFromTheDefaults() {
        Pipeline p = ZhNews.builder().build();
        assertEquals(ZhNews.pipeline().normalizers(), p.normalizers());
        assertEquals(ZhNews.pipeline().extractors(), p.extractors());
    }

    @Test
    void pinyinAnnotationsAreStrippedWithOffsetsIntoTheInput() {
        String input = "创(chuàng)新(xīn)企(qǐ)业(yè)";
        Document doc = ZhNews.analyze(input);
        assertEquals("创新企业", doc.text());
        assertEquals(input.indexOf("新"), doc.offsetMap().toOriginal(1, 2).start());
    }

    @Test
    void punctuationIsRestoredInChineseContext() {
        Document doc = ZhNews.analyze("他说:AI很重要,对吗?版本3.5和1,000台");
        assertEquals("他说：AI很重要，对吗？版本3.5和1,000台", doc.text());
    }

    @Test
    void taiwanTextBecomesMainlandSimplifiedWithOffsetsIntoTheInput() {
        String input = "輝達的軟體與雲端運算";
        Document doc = ZhNews.analyze(input);
        assertEquals("英伟达的软件与云计算", doc.text());
        assertEquals(org.zhnews.core.Script.TRADITIONAL, doc.script());
        int s = doc.text().indexOf("云计算");
        assertEquals("雲端運算", input.substring(doc.offsetMap().toOriginalStart(s),
                doc.offsetMap().toOriginalEnd(s + 3)));
    }

    @Test
    void bytesOfAnyChineseCharsetAreDetected() {
        String text = "台积电第三季营收同比增长36%";
        for (String cs : new String[] {"GB18030", "UTF-16LE"}) {
            Document doc = ZhNews.analyze(text.getBytes(java.nio.charset.Charset.forName(cs)));
            assertEquals(text, doc.original(), cs);
            assertEquals(java.nio.charset.Charset.forName(cs), doc.charset().orElseThrow());
        }
    }

    @Test
    void mojibakeIsRepairedAndOffsetsPointAtTheMojibake() {
        String clean = "阿里巴巴发布了新的大模型";
        String garbled = new String(clean.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        Document doc = ZhNews.analyze(garbled);
        assertEquals(clean, doc.text());
        assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.MOJIBAKE_REPAIRED));
    }

    /** 10,000 random and adversarial documents through the default pipeline (issue 2). */
    @Test
    void randomDocumentsKeepEveryInvariant() {
        int n = ConsistencyKit.random().documents(10_000).seed(20261123L).check(ZhNews.pipeline());
        assertTrue(n >= 10_000 || Integer.getInteger("zhnews.random.docs") != null);
    }
}
