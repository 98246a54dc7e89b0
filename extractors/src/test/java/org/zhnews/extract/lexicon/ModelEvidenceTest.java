package org.zhnews.extract.lexicon;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The evidence the arbiter records for models read beyond the plain dictionary rules. Sentences written for this test. */
class ModelEvidenceTest {

    private static final Arbiter ARBITER = Arbiter.standard();

    /** The reason of the model decision on {@code surface}. */
    private static Reason reasonFor(String text, String surface) {
        return ARBITER.decisions(text).stream()
                .filter(d -> d.reading() == Reading.MODEL && d.surface().equals(surface))
                .map(Decision::reason).findFirst()
                .orElseThrow(() -> new AssertionError(surface + " is no model in " + ARBITER.decisions(text)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            某实验室开源了XYZ-7B模型。                     | XYZ-7B           | SIZE_SUFFIX
            社区里Yi-34B的下载量最高。                     | Yi-34B           | SIZE_SUFFIX
            快手发布可灵2.1。                              | 可灵2.1          | VERSION_FOLLOWS
            MiniMax发布语音模型Speech-02。                 | Speech-02        | NAMED_AS_MODEL
            青枫智能发布了一款工业视觉大模型“灵瞳”。       | 灵瞳             | NAMED_AS_MODEL
            榜单前三是Qwen3、Zephyr-2和GLM-4.5。           | Zephyr-2         | LISTED_WITH_MODEL
            评测选了Qwen3、GLM-4.5和K2三款开源模型。       | K2               | LISTED_WITH_MODEL
            有网友说R1推理太慢，改用V3以后顺畅多了。      | V3               | SHORT_FORMS_TOGETHER
            o3排在第一，而Claude Opus 4紧随其后。          | o3               | MODEL_IN_SENTENCE
            月之暗面称k1.5模型在数学上达到了o1的水平。     | o1               | MODEL_IN_SENTENCE
            这家银行接入DeepSeek后客服更快。               | DeepSeek         | MODEL_VERB_BEFORE
            公司旗下AI助手“小新”月活用户突破200万。        | 小新             | NAMED_AS_MODEL
            云岫科技发布了名为“青鸾”的大模型，随后开源了青鸾-2-Mini。 | 青鸾-2-Mini | NAMED_ELSEWHERE
            MiniMax发布MiniMax-M3，M3-Air同步开源。        | M3-Air           | NAMED_ELSEWHERE
            """)
    void recordsTheEvidence(String text, String surface, Reason expected) {
        assertEquals(expected, reasonFor(text, surface));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            这家面馆的招牌是肉豆包，每天卖出三百个。       | 豆包             | NEGATIVE_CUE
            法国印象派画家Claude Monet的作品在上海展出。   | Claude           | NEGATIVE_CUE
            今晚的星座运势：双子座(Gemini)适合出行。       | Gemini           | NEGATIVE_CUE
            花市里豆包和桂花糕都卖得很好。                 | 豆包             | NO_EVIDENCE
            """)
    void recordsWhyAnEverydayWordIsNoModel(String text, String surface, Reason expected) {
        Reason why = ARBITER.decisions(text).stream()
                .filter(d -> d.surface().equals(surface) && d.model().isPresent())
                .peek(d -> assertEquals(Reading.WORD, d.reading(), d::toString))
                .map(Decision::reason).findFirst()
                .orElseThrow(() -> new AssertionError(surface + " not decided in " + ARBITER.decisions(text)));
        assertEquals(expected, why);
    }
}
