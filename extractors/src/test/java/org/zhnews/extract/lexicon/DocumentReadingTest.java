package org.zhnews.extract.lexicon;

import org.junit.jupiter.api.Test;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.extract.company.CompanyExtractor;
import org.zhnews.extract.knowledge.KnowledgeBase;
import org.zhnews.extract.model.ModelExtractor;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A name shared by a company and its model reads the same way through a document unless its
 * own context says otherwise: strong context in one place carries to the bare repetitions,
 * before and after it; a version does not carry; context both ways leaves bare names to the company.
 */
class DocumentReadingTest {

    private static String at(String text, String surface, int nth) {
        return ArbiterTest.at(text, surface, nth);
    }

    @Test
    void aModelReadingCarriesToBareRepetitionsBeforeAndAfter() {
        String text = "春节假期刚过,DeepSeek就成了券商晨会上的高频词。多家券商宣布接入DeepSeek,用于投研和客服。"
                + "一位分析师表示,DeepSeek在中文长文本问答上的表现已接近海外头部产品。";
        assertEquals("MODEL SAME_READING_IN_DOCUMENT", at(text, "DeepSeek", 1));
        assertEquals("MODEL MODEL_VERB_BEFORE", at(text, "DeepSeek", 2));
        assertEquals("MODEL SAME_READING_IN_DOCUMENT", at(text, "DeepSeek", 3));
    }

    @Test
    void aCompanyReadingCarriesToo() {
        String text = "DeepSeek创始人梁文锋在罕见的访谈中表示,团队暂无融资计划。"
                + "业内人士认为,DeepSeek的低调在国内AI行业并不多见。";
        assertEquals("COMPANY CONTEXT_CUE", at(text, "DeepSeek", 1));
        assertEquals("COMPANY SAME_READING_IN_DOCUMENT", at(text, "DeepSeek", 2));
    }

    @Test
    void contextBothWaysLeavesBareNamesToTheCompany() {
        String text = "越来越多的应用接入DeepSeek。DeepSeek创始人梁文锋却很少公开露面。外界对DeepSeek的关注仍在升温。";
        assertEquals("MODEL MODEL_VERB_BEFORE", at(text, "DeepSeek", 1));
        assertEquals("COMPANY CONTEXT_CUE", at(text, "DeepSeek", 2));
        assertEquals("COMPANY COMPANY_BY_DEFAULT", at(text, "DeepSeek", 3));
    }

    @Test
    void aVersionNamesAModelWithoutSayingWhatTheBareNameIs() {
        String text = "DeepSeek-R1上线一周后,DeepSeek这个名字已经家喻户晓。";
        assertEquals("MODEL VERSION_FOLLOWS", at(text, "DeepSeek", 1));
        assertEquals("COMPANY COMPANY_BY_DEFAULT", at(text, "DeepSeek", 2));
    }

    @Test
    void ownContextWinsOverTheDocumentsReading() {
        String text = "手机厂商纷纷集成DeepSeek。DeepSeek公司则表示,服务器压力仍然很大。";
        assertEquals("MODEL MODEL_VERB_BEFORE", at(text, "DeepSeek", 1));
        assertEquals("COMPANY CONTEXT_CUE", at(text, "DeepSeek", 2));
    }

    @Test
    void theExtractorsReportTheOneReading() {
        Arbiter arbiter = Arbiter.of(KnowledgeBase.standard());
        Pipeline pipeline = Pipeline.builder()
                .extractor(CompanyExtractor.builder().arbiter(arbiter).build())
                .extractor(ModelExtractor.builder().arbiter(arbiter).build()).build();
        Document doc = pipeline.analyze("多家券商宣布接入DeepSeek,用于投研和客服。分析师认为,DeepSeek的中文能力已经很强。"
                + "另一边,MiniMax创始人闫俊杰表示,MiniMax将继续投入语音模型。");
        assertEquals("DeepSeek:model DeepSeek:model MiniMax:company MiniMax:company",
                doc.mentions().stream().filter(m -> m instanceof CompanyMention || m instanceof ModelMention)
                        .sorted(java.util.Comparator.comparingInt(m -> m.span().start()))
                        .map(m -> m.span().text() + ":" + m.type()).collect(Collectors.joining(" ")));
    }
}
