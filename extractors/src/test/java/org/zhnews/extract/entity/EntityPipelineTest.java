package org.zhnews.extract.entity;

import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.extract.company.CompanyExtractor;
import org.zhnews.extract.knowledge.TestKnowledge;
import org.zhnews.extract.metric.MetricExtractor;
import org.zhnews.extract.model.ModelExtractor;
import org.zhnews.normalize.punctuation.PunctuationNormalizer;
import org.zhnews.testkit.ConsistencyKit;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The company and model extractors inside pipelines, with the small test knowledge base. */
class EntityPipelineTest {

    private static final CompanyExtractor COMPANIES = CompanyExtractor.builder()
            .knowledgeBase(TestKnowledge.kb()).unknownCompanies(false).build();
    private static final ModelExtractor MODELS = ModelExtractor.builder().knowledgeBase(TestKnowledge.kb()).build();

    private static final Pipeline FULL = ZhNews.builder().clearExtractors()
            .extractor(new MetricExtractor()).extractor(COMPANIES).extractor(MODELS).build();

    private static String surfaces(Document d) {
        return d.mentions().stream()
                .filter(m -> m instanceof CompanyMention || m instanceof ModelMention)
                .map(m -> d.original().substring(m.span().originalStart(), m.span().originalEnd()) + ":" + m.type())
                .collect(Collectors.joining(" "));
    }

    @Test
    void taiwanTextIsLinkedWithOffsetsIntoTheInput() {
        Document d = FULL.analyze("據輝達(NVIDIA)表示,騰訊混元大模型與通義千問都用了它的晶片。");
        ConsistencyKit.checkDocument(d);
        assertEquals("輝達:company NVIDIA:company 騰訊:company 騰訊混元:model 通義千問:model", surfaces(d));
        assertEquals("nvidia", d.companies().get(0).id().orElseThrow());
    }

    @Test
    void pinyinAnnotatedNamesAreFoundAndMapBackToTheAnnotatedSurface() {
        Document d = FULL.analyze("騰(téng)訊(xùn)發(fā)布新模型");
        ConsistencyKit.checkDocument(d);
        assertEquals("騰(téng)訊:company", surfaces(d));
    }

    @Test
    void withoutTheScriptNormalizerTraditionalNamesAreStillFound() {
        Pipeline noScript = Pipeline.builder().normalizer(PunctuationNormalizer.defaults())
                .extractor(COMPANIES).extractor(MODELS).build();
        Document d = noScript.analyze("字節跳動與騰訊控股都在做大模型,騰訊混元也開源了。");
        assertEquals("字節跳動:company 騰訊控股:company 騰訊:company 騰訊混元:model", surfaces(d));
    }

    @Test
    void aParameterCountInTheSentenceAttachesToTheModel() {
        Document d = FULL.analyze("阿里巴巴表示,最大的Qwen3模型拥有2350亿个参数。另一句里没有模型。");
        ModelMention qwen = d.models().get(0);
        assertEquals("Qwen3", qwen.span().text());
        assertEquals(0, new BigDecimal("235000000000").compareTo(qwen.parameters().orElseThrow()));
    }

    @Test
    void aParameterCountInAnotherSentenceDoesNot() {
        Document d = FULL.analyze("Qwen3发布了。竞品拥有2350亿个参数。");
        assertEquals(List.of(), d.models().get(0).parameters().stream().toList());
    }

    @Test
    void randomDocumentsKeepEveryInvariant() {
        int checked = ConsistencyKit.random().documents(Integer.getInteger("zhnews.random.docs", 2000)).seed(17L).check(FULL);
        assertEquals(Integer.getInteger("zhnews.random.docs", 2000), checked);
    }

    /** The README's example of a knowledge base of one's own, as written there. */
    @Test
    void usersAddCompaniesAndModelsWithoutForking() {
        org.zhnews.extract.knowledge.KnowledgeBase kb = org.zhnews.extract.knowledge.KnowledgeBase.builder().withStandard()
                .company(org.zhnews.extract.knowledge.CompanyEntry.builder("acme").name("艾克米")
                        .english("Acme Robotics").alias("艾克米科技").build())
                .model(org.zhnews.extract.knowledge.ModelFamily.builder("acme-lm").family("AcmeLM").vendor("acme").build())
                .build();
        Pipeline mine = ZhNews.builder().clearExtractors()
                .extractor(new org.zhnews.extract.money.MoneyExtractor()).extractor(new MetricExtractor())
                .extractor(CompanyExtractor.builder().knowledgeBase(kb).build())
                .extractor(ModelExtractor.builder().knowledgeBase(kb).build()).build();
        Document d = mine.analyze("艾克米科技与阿里巴巴合作，发布AcmeLM 2 Pro。");
        ConsistencyKit.checkDocument(d);
        assertEquals("艾克米科技:company 阿里巴巴:company AcmeLM 2 Pro:model", surfaces(d));
        assertEquals("acme", d.models().get(0).model().vendor().orElseThrow());
        assertEquals("2", d.models().get(0).model().version().orElseThrow());
    }
}
