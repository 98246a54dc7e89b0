package org.zhnews.extract.lexicon;

import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Extractor;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.extract.company.CompanyExtractor;
import org.zhnews.extract.knowledge.KnowledgeBase;
import org.zhnews.extract.model.ModelExtractor;
import org.zhnews.extract.money.MoneyExtractor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One automaton pass per document finds every dictionary name, whatever reads the names. */
class OnePassPerDocumentTest {

    private static final String NEWS = "据路透社报道,阿里巴巴与腾讯都已在各自的应用中接入DeepSeek-R1;"
            + "百度则表示,文心大模型4.5的调用量在一季度增长了近三倍,苹果也在评估国内合作方。";
    private static final String OTHER = "字节跳动旗下的豆包月活用户超过一亿,MiniMax与月之暗面紧随其后。";

    private static <T extends Extractor> T find(Pipeline p, Class<T> type) {
        return p.extractors().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private static void assertOnePassPerDocument(Pipeline pipeline) {
        Arbiter arbiter = find(pipeline, CompanyExtractor.class).arbiter();
        assertSame(arbiter, find(pipeline, ModelExtractor.class).arbiter());
        long before = arbiter.lexicon().passes();
        Document doc = pipeline.analyze(NEWS);
        assertFalse(doc.companies().isEmpty());
        assertFalse(doc.models().isEmpty());
        assertEquals(before + 1, arbiter.lexicon().passes());
        pipeline.analyze(OTHER);
        pipeline.analyze("今天没有公司的新闻。");
        assertEquals(before + 3, arbiter.lexicon().passes());
    }

    @Test
    void theDefaultPipelineMakesOnePassPerDocument() {
        assertOnePassPerDocument(ZhNews.pipeline());
    }

    @Test
    void aPipelineOverOnesOwnKnowledgeBaseMakesOnePassPerDocument() {
        assertOnePassPerDocument(ZhNews.builder(KnowledgeBase.standard()).build());
    }

    @Test
    void extractorsBuiltApartOverOneKnowledgeBaseStillShareThePass() {
        KnowledgeBase kb = KnowledgeBase.standard();
        CompanyExtractor companies = CompanyExtractor.builder().knowledgeBase(kb).build();
        ModelExtractor models = ModelExtractor.builder().knowledgeBase(kb).build();
        Pipeline pipeline = Pipeline.builder().extractor(companies).extractor(models).build();
        long before = companies.arbiter().lexicon().passes() + models.arbiter().lexicon().passes();
        pipeline.analyze(NEWS);
        assertEquals(before + 1, companies.arbiter().lexicon().passes() + models.arbiter().lexicon().passes());
    }

    @Test
    void anExtractorAloneMakesItsOwnPassOncePerDocument() {
        ModelExtractor models = ModelExtractor.builder().build();
        ExtractionContext ctx = ExtractionContext.of(OTHER);
        models.extract(ctx);
        models.extract(ctx);
        assertEquals(1, models.arbiter().lexicon().passes());
        assertEquals(2, models.extract(ExtractionContext.of(NEWS)).size());
        assertEquals(2, models.arbiter().lexicon().passes());
    }

    @Test
    void theArbiterAndTheKnowledgeBaseGivenMustAgree() {
        Arbiter arbiter = Arbiter.of(KnowledgeBase.standard());
        KnowledgeBase other = KnowledgeBase.builder().withStandard().build();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CompanyExtractor.builder().arbiter(arbiter).knowledgeBase(other).build());
        assertSame(arbiter, ModelExtractor.builder().arbiter(arbiter).knowledgeBase(KnowledgeBase.standard()).build().arbiter());
    }

    /** Records the arbiter's decisions at its place in a pipeline. */
    private static final class Probe implements Extractor {
        final Arbiter arbiter = Arbiter.of(KnowledgeBase.standard());
        final List<Decision> seen = new ArrayList<>();

        @Override
        public Set<Class<? extends Mention>> produces() {
            return Set.of();
        }

        @Override
        public List<? extends Mention> extract(ExtractionContext context) {
            seen.addAll(arbiter.decide(context).all());
            return List.of();
        }
    }

    @Test
    void aNameInsideAnAmountOfAnEarlierExtractorIsNoName() {
        Probe probe = new Probe();
        Pipeline.builder().extractor(new MoneyExtractor()).extractor(probe).build()
                .analyze("欧盟计划未来五年投入50亿欧元,支持成员国建设人工智能超算中心。");
        assertTrue(probe.seen.stream().anyMatch(d -> d.surface().equals("亿欧")
                && d.reading() == Reading.WORD && d.reason() == Reason.INSIDE_AMOUNT), probe.seen::toString);

        String text = "欧盟计划未来五年投入50亿欧元,支持成员国建设人工智能超算中心。据亿欧报道,多国已提交申请。";
        Document doc = ZhNews.analyze(text);
        assertEquals(List.of("亿欧"), doc.mentions(CompanyMention.class).stream().map(m -> m.span().text()).toList());
        assertEquals(text.indexOf("据亿欧") + 1, doc.mentions(CompanyMention.class).get(0).span().originalStart());
        assertEquals("50亿欧元", doc.mentions(MoneyMention.class).get(0).span().text());
    }
}
