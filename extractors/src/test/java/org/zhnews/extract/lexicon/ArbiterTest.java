package org.zhnews.extract.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.extract.knowledge.KnowledgeBase;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the arbiter reads each name as, and why, on sentences written like news (bundled knowledge base). */
class ArbiterTest {

    static final Arbiter ARBITER = Arbiter.of(KnowledgeBase.standard());

    /**
     * "READING REASON" of the decision on the {@code nth} (from 1) occurrence of {@code surface}
     * in {@code text} (the one of exactly that surface, else the longest starting there), or
     * "none" when the arbiter decided nothing there.
     */
    static String at(String text, String surface, int nth) {
        int at = -1;
        for (int i = 0; i < nth; i++) {
            at = text.indexOf(surface, at + 1);
        }
        assertTrue(at >= 0, surface + " #" + nth + " not in " + text);
        int start = at;
        List<Decision> here = ARBITER.decisions(text).stream().filter(d -> d.start() == start).toList();
        return here.stream().filter(d -> d.surface().equals(surface)).findFirst()
                .or(() -> here.stream().findFirst())
                .map(d -> d.reading() + " " + d.reason()).orElse("none");
    }

    static String at(String text, String surface) {
        return at(text, surface, 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            多家券商宣布接入DeepSeek,用于投研和智能客服。              | DeepSeek | MODEL MODEL_VERB_BEFORE
            这款手机集成DeepSeek后,语音助手的回答明显更准确。          | DeepSeek | MODEL MODEL_VERB_BEFORE
            DeepSeek模型以低廉的训练成本著称。                          | DeepSeek | MODEL MODEL_WORD_FOLLOWS
            随着DeepSeek等开源大模型的普及,应用开发门槛大幅降低。       | DeepSeek | MODEL MODEL_WORD_FOLLOWS
            团队选用的基座模型DeepSeek在数学题上得分很高。              | DeepSeek | MODEL MODEL_WORD_BEFORE
            用户可以在Kimi与DeepSeek之间自由切换。                      | DeepSeek | MODEL LISTED_WITH_MODEL
            DeepSeek-R1发布后,英伟达股价一度大跌。                     | DeepSeek | MODEL VERSION_FOLLOWS
            DeepSeek创始人梁文锋很少接受媒体采访。                      | DeepSeek | COMPANY CONTEXT_CUE
            DeepSeek公司总部位于杭州。                                  | DeepSeek | COMPANY CONTEXT_CUE
            杭州AI公司DeepSeek近日更新了隐私条款。                      | DeepSeek | COMPANY CONTEXT_CUE
            DeepSeek的下一代R2模型备受业界关注。                        | DeepSeek | COMPANY PRODUCT_FOLLOWS
            阶跃星辰、MiniMax与百川智能都在筹备新一轮融资。              | MiniMax  | COMPANY LISTED_WITH_COMPANY
            腾讯还投资了MiniMax等多家AI创业公司。                        | MiniMax  | COMPANY CONTEXT_CUE
            MiniMax App的海外用户增长很快。                             | MiniMax  | MODEL MODEL_WORD_FOLLOWS
            这家耳机厂商选用了MiniMax的语音合成模型。                   | MiniMax  | COMPANY PRODUCT_FOLLOWS
            DeepSeek的出现迫使海外同行重新评估定价策略。                | DeepSeek | COMPANY COMPANY_BY_DEFAULT
            """)
    void aNameOfACompanyAndItsModelIsReadByItsContext(String text, String surface, String expected) {
        assertEquals(expected, at(text, surface));
    }

    @Test
    void aVersionedNameCoversItsShortFormAndIsOneModel() {
        String text = "DeepSeek-R1发布后,英伟达股价一度大跌。";
        List<Decision> models = ARBITER.decide(org.zhnews.core.ExtractionContext.of(text)).models();
        assertEquals(1, models.size());
        assertEquals("DeepSeek-R1", models.get(0).surface());
        assertEquals("R1", models.get(0).model().orElseThrow().version().orElseThrow());
        assertEquals("WORD COVERED_BY_LONGER_NAME", at(text, "R1"));
    }

    @Test
    void aSharedNameIsNeverBothACompanyAndAModelOnOneSpan() {
        for (String text : List.of("多家券商宣布接入DeepSeek。", "DeepSeek创始人梁文锋很少露面。", "DeepSeek的出现让同行紧张。",
                "MiniMax App的海外用户增长很快。", "DeepSeek模型以低成本著称,DeepSeek公司却很低调。")) {
            List<Decision> all = ARBITER.decisions(text);
            for (Decision d : all) {
                long sameSpan = all.stream().filter(o -> o.start() == d.start() && o.end() == d.end()).count();
                assertEquals(1, sameSpan, () -> text + ": " + all);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            苹果发布了新款手机                              | 苹果   | 1 | COMPANY CONTEXT_CUE
            我每天吃一个苹果                                | 苹果   | 1 | WORD NEGATIVE_CUE
            苹果公司今天宣布。分析认为苹果的新机卖得好        | 苹果   | 2 | COMPANY NAMED_ELSEWHERE
            谷歌、苹果和微软都在做端侧模型                    | 苹果   | 1 | COMPANY LISTED_WITH_COMPANY
            360也开启了360智脑的公测                         | 360    | 2 | COMPANY CONTEXT_CUE
            快手可灵上线了新的视频生成功能                    | 快手   | 1 | COMPANY PRODUCT_FOLLOWS
            早餐喝了一碗小米粥                              | 小米   | 1 | WORD NEGATIVE_CUE
            阿里巴巴与腾讯在云计算上竞争                      | 阿里巴巴 | 1 | COMPANY UNAMBIGUOUS_NAME
            用户在微信里就能用上元宝                          | 微信   | 1 | PRODUCT UNAMBIGUOUS_NAME
            他在R1赛道上跑了第一                            | R1     | 1 | WORD NO_EVIDENCE
            深度求索发布R1                                  | R1     | 1 | MODEL VENDOR_NAMED
            字节跳动的Seed团队公布了新成果                    | Seed   | 1 | WORD NEGATIVE_CUE
            字节跳动的Seed在榜单上排第三                      | Seed   | 1 | MODEL VENDOR_IN_SENTENCE
            百川智能发布了新一代医疗大模型                    | 百川智能 | 1 | COMPANY UNAMBIGUOUS_NAME
            """)
    void theRulesOfBothExtractorsGiveTheirReasons(String text, String surface, int nth, String expected) {
        assertEquals(expected, at(text, surface, nth));
    }

    @Test
    void aModelNameInsideALongerCompanyNameIsNoModel() {
        String text = "百川智能发布了新一代医疗大模型";
        assertTrue(ARBITER.decisions(text).stream().anyMatch(d -> d.surface().equals("百川")
                && d.reading() == Reading.WORD && d.reason() == Reason.COVERED_BY_LONGER_NAME), () -> ARBITER.decisions(text).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            欧盟计划投入50亿欧元建设人工智能超算中心。         | 亿欧     | WORD INSIDE_NUMBER
            实验室的水温升到一百度以后自动断电。               | 百度     | WORD INSIDE_NUMBER
            详情见官网 https://www.deepseek.com/news 的公告。  | deepseek | WORD INSIDE_URL
            打开chat.deepseek.com即可免费使用。               | deepseek | WORD INSIDE_URL
            商务合作请发邮件至bd@minimax.io联系。             | minimax  | WORD INSIDE_EMAIL
            Meta2025年的资本开支预计继续增长。                 | Meta     | WORD INSIDE_LATIN_WORD
            携程旗下的Trip.com在海外增长迅速。                 | Trip.com | COMPANY UNAMBIGUOUS_NAME
            """)
    void noNameInsideAnAmountANumberAUrlAnEmailOrALatinWord(String text, String surface, String expected) {
        assertEquals(expected, at(text, surface));
    }

    @Test
    void aLatinWordThatStartsWithANameIsNoName() {
        assertEquals("none", at("这些metadata字段由系统自动生成", "meta"));
    }

    @Test
    void decisionsAreComputedOncePerDocumentAndShared() {
        Arbiter arbiter = Arbiter.of(KnowledgeBase.standard());
        org.zhnews.core.ExtractionContext ctx = org.zhnews.core.ExtractionContext.of("腾讯混元和DeepSeek都接入了元宝。");
        long before = arbiter.lexicon().passes();
        Decisions first = arbiter.decide(ctx);
        Decisions second = arbiter.decide(ctx);
        assertTrue(first == second);
        assertEquals(before + 1, arbiter.lexicon().passes());
        assertEquals("腾讯混元 腾讯 DeepSeek 元宝", first.all().stream().filter(d -> d.reading() != Reading.WORD)
                .map(Decision::surface).collect(Collectors.joining(" ")));
    }
}
