package org.zhnews.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhnews.extract.event.EventCases.analyze;
import static org.zhnews.extract.event.EventCases.describe;
import static org.zhnews.extract.event.EventCases.name;
import static org.zhnews.extract.event.EventCases.none;
import static org.zhnews.extract.event.EventCases.only;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Document;
import org.zhnews.core.event.ModelRelease;

/** Model releases: which model, by whom, open or closed; a model only used or compared is not released. */
class ModelReleaseEventsTest {

    @Test
    void anOpenSourceReleaseByItsVendor() {
        Document doc = analyze("DeepSeek发布推理模型DeepSeek-R1，并以MIT协议开源。", "2025-06-10");
        ModelRelease r = only(doc, ModelRelease.class);
        assertEquals("DeepSeek", r.model().model().family());
        assertEquals(Optional.of("R1"), r.model().model().version());
        assertEquals("DeepSeek-R1", r.model().text());
        assertEquals("DeepSeek", r.vendor().orElseThrow().text(), describe(doc));
        assertEquals(Optional.of(true), r.openSource());
    }

    @Test
    void aClosedModelSaysSo() {
        Document doc = analyze("百度发布文心大模型4.5，该模型为闭源模型。", "2025-06-10");
        ModelRelease r = only(doc, ModelRelease.class);
        assertEquals(Optional.of("4.5"), r.model().model().version());
        assertEquals("百度", name(r.vendor()));
        assertEquals(Optional.of(false), r.openSource());
    }

    @Test
    void openOrClosedUnsaidIsEmpty() {
        Document doc = analyze("月之暗面发布Kimi K2模型。", "2025-06-10");
        ModelRelease r = only(doc, ModelRelease.class);
        assertEquals("Kimi", r.model().model().family());
        assertEquals(Optional.of("K2"), r.model().model().version());
        assertEquals("月之暗面", name(r.vendor()));
        assertEquals(Optional.empty(), r.openSource());
    }

    @Test
    void aReleaseInTraditionalScript() {
        Document doc = analyze("Google於今日發表Gemini 2.5 Pro。", "2025-06-10");
        ModelRelease r = only(doc, ModelRelease.class);
        assertEquals("Gemini", r.model().model().family());
        assertEquals(Optional.of("2.5"), r.model().model().version());
        assertEquals("Google", r.vendor().orElseThrow().text());
    }

    @Test
    void aModelBuiltOnOrOutdoneIsNotReleased() {
        none(analyze("该应用基于DeepSeek-R1开发，性能超越GPT-4o。", "2025-06-10"), ModelRelease.class);
        none(analyze("在多项评测中，Kimi K2的表现超越了GPT-4.1。", "2025-06-10"), ModelRelease.class);
        none(analyze("多家手机厂商宣布接入DeepSeek-R1。", "2025-06-10"), ModelRelease.class);
    }

    @Test
    void onlyTheModelReleasedNotTheOneItIsComparedWith() {
        Document doc = analyze("智谱发布GLM-4.5，称其性能比肩Claude 4 Sonnet。", "2025-06-10");
        ModelRelease r = only(doc, ModelRelease.class);
        assertEquals("GLM", r.model().model().family());
        assertEquals(Optional.of("4.5"), r.model().model().version());
        assertEquals("智谱", name(r.vendor()));
    }

    @Test
    void aLaunchEventIsNoRelease() {
        Document doc = analyze("小米将于下月举行新品发布会，届时或将公布新款手机的价格。", "2025-06-10");
        none(doc, ModelRelease.class);
    }
    @Test
    void notOpenSourcedIsClosed() {
        Document doc = analyze("OpenAI推出GPT-5，但未开源。", "2025-06-10");
        ModelRelease r = only(doc, ModelRelease.class);
        assertEquals(Optional.of("5"), r.model().model().version());
        assertEquals(Optional.of(false), r.openSource(), describe(doc));
    }
    @Test
    void aFamilyNameBeforeTheModelNameIsOneRelease() {
        Document doc = analyze("阿里巴巴今日正式发布并开源通义千问Qwen3系列模型。", "2025-06-10");
        ModelRelease r = only(doc, ModelRelease.class);
        assertEquals(Optional.of("3"), r.model().model().version());
        assertEquals("阿里巴巴", name(r.vendor()));
        assertEquals(Optional.of(true), r.openSource());
    }

    @Test
    void aSizedVariantReleasedApartIsItsOwnRelease() {
        Document doc = analyze("衍构分子发布了分子生成大模型MolGen-2，并宣布向学术机构开源70亿参数版本MolGen-2-7B。", "2025-11-27");
        java.util.List<ModelRelease> all = doc.events(ModelRelease.class);
        assertEquals(2, all.size(), describe(doc));
        assertEquals(Optional.empty(), all.get(0).model().model().variant());
        assertEquals(Optional.of("7B"), all.get(1).model().model().variant());
    }

    @Test
    void anInventedNameEndingInAKnownShortFormIsReleasedWhole() {
        Document doc = analyze("衡屿智能今日发布新一代推理模型Hengyu-R2，多项成绩与DeepSeek-V3.2相当。", "2025-12-09");
        ModelRelease r = only(doc, ModelRelease.class);
        assertEquals("Hengyu-R2", r.model().text(), describe(doc));
        assertEquals("Hengyu", r.model().model().family());
        assertEquals(Optional.of("R2"), r.model().model().version());
    }

    @Test
    void theCompanyOfTheArticleReleasesWhatItsSentenceCallsTheCompanys() {
        Document doc = analyze("语言科技初创公司言桥智能宣布完成Pre-A轮融资，由Gobi Partners领投。公司同日推出马来语语音助手“Sembang 2”。",
                "2025-10-22");
        ModelRelease r = only(doc, ModelRelease.class);
        assertEquals("言桥智能", name(r.vendor()), describe(doc));
    }

    @Test
    void thePlatformAModelIsPublishedOnIsNoVendor() {
        Document doc = analyze("研究团队在Hugging Face开源了Foo-7B模型。", "2025-10-28");
        ModelRelease r = only(doc, ModelRelease.class);
        assertEquals(Optional.empty(), r.vendor(), describe(doc));
    }

    @Test
    void aQuotedNameAfterAModelNounFollowsAWeakWord() {
        Document doc = analyze("华鼎电脑也在同一天发表自研繁体中文大型语言模型「FormoLM 2」。", "2026-02-05");
        ModelRelease r = only(doc, ModelRelease.class);
        assertEquals("FormoLM", r.model().model().family(), describe(doc));
        assertEquals(Optional.of("2"), r.model().model().version());
    }

    @Test
    void theVersionOfAFamilyIsWhatIsReleased() {
        Document doc = analyze("旗下实验室今日推出本土大模型ILMU的推理版本ILMU-R1。", "2025-09-03");
        ModelRelease r = only(doc, ModelRelease.class);
        assertEquals(Optional.of("R1"), r.model().model().version(), describe(doc));
    }

    @Test
    void aModelUsedAsABaseIsNotReleased() {
        none(analyze("马来西亚电讯推出以Llama 3.3为基础的企业客服助手。", "2025-09-03"), ModelRelease.class);
    }

    @Test
    void anOpenSourceWordThatReleasesTheNextModelSaysNothingOfTheOneBefore() {
        Document doc = analyze("澜图智能正式发布新一代基座大模型“澜图-3”（LanTu-3），并同步开源轻量版本LanTu-3-Mini。"
                + "公司CEO表示，澜图-3暂不开源。", "2025-07-29");
        java.util.List<ModelRelease> all = doc.events(ModelRelease.class);
        assertEquals(2, all.size(), describe(doc));
        assertEquals(Optional.of(false), all.get(0).openSource(), describe(doc));
        assertEquals(Optional.of(true), all.get(1).openSource(), describe(doc));
    }

    @Test
    void weightsNotOpenedIsClosed() {
        Document doc = analyze("华硕发布繁中大模型FFM-3，提供企业地端部署版本，但不开放模型权重下载。", "2025-10-28");
        assertEquals(Optional.of(false), only(doc, ModelRelease.class).openSource(), describe(doc));
    }

    @Test
    void anOpenSourceWordAfterAListOfModelsSpeaksOfEach() {
        Document doc = analyze("阿里巴巴才刚推出其新的Qwen3模型。像Qwen3和DeepSeek-R1这样的开源模型正在改变行业。", "2025-05-10");
        ModelRelease r = only(doc, ModelRelease.class);
        assertEquals(Optional.of(true), r.openSource(), describe(doc));
    }
}
