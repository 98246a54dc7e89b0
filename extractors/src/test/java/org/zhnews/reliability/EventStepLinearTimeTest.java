package org.zhnews.reliability;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.EventFinder;
import org.zhnews.testkit.ConsistencyKit;
import org.zhnews.testkit.LinearTime;
import org.zhnews.testkit.RandomText;

/**
 * The event step alone stays linear in input size on adversarial input ({@link LinearTime}): many
 * trigger words, many distinct facts, 100,000 chars without punctuation, 10,000 semicolons. The
 * step is timed on the contexts the default pipeline's extractors leave (captured by a stand-in
 * event step), so the extractors' own cost does not count. The same inputs through the whole
 * default pipeline finish and keep every invariant.
 */
class EventStepLinearTimeTest {

    private static final int N = 10_000;
    private static final EventFinder STEP = ZhNews.pipeline().eventFinder().orElseThrow();

    /** Keeps the context it is given and finds nothing. */
    private static final class Capture implements EventFinder {
        private ExtractionContext last;

        @Override
        public List<Event> find(ExtractionContext context) {
            last = context;
            return List.of();
        }
    }

    /** The context the default extractors leave for {@code text}. */
    private static ExtractionContext contextOf(String text) {
        Capture capture = new Capture();
        ZhNews.builder().events(capture).build().analyze(text);
        return capture.last;
    }

    /** Inputs of about {@code length} chars, by name. */
    private static Map<String, String> inputs(int length) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("many triggers", RandomText.repeat("星衡智能完成5亿元B轮融资，由红杉中国领投，高瓴资本跟投。腾讯宣布以35亿美元收购搜狗51%股权；"
                + "智谱在港交所上市。百度发布文心大模型4.5。据悉，腾讯第三季度营收1928亿元，同比增长15%。百度任命陈志远为首席技术官。",
                length));
        out.put("many distinct facts", distinctFacts(length));
        out.put("no punctuation", RandomText.repeat("星衡智能完成融资由红杉中国领投腾讯收购搜狗股权智谱上市发布营收加入据悉拟传闻", length));
        out.put("semicolons in sentences", RandomText.repeat(RandomText.repeat("腾讯收购搜狗；星衡智能完成B轮融资；；", 2_000) + "。",
                length));
        out.put("semicolons alone", RandomText.repeat("；", length));
        return out;
    }

    /** Funding rounds of many different invented companies, each its own fact. */
    private static String distinctFacts(int length) {
        String chars = "安柏辰达恒华嘉景骏凯朗领铭诺鹏启瑞晟泰拓维信星旭扬亿毅卓泽";
        String[] rounds = {"A轮", "B轮", "C轮", "天使轮"};
        StringBuilder b = new StringBuilder(length + 40);
        for (int i = 0; b.length() < length; i++) {
            int a = i % chars.length();
            int c = (i / chars.length()) % chars.length();
            b.append("芯片设计商").append(chars.charAt(a)).append(chars.charAt(c)).append("微电子完成")
                    .append(rounds[(i / (chars.length() * chars.length())) % rounds.length]).append("融资。");
        }
        return b.substring(0, length);
    }

    /** Fails unless the event step on the 10x input of {@code name} costs at most linearly more than on the 1x. */
    private static void checkLinear(String name) {
        ExtractionContext one = contextOf(inputs(N).get(name));
        ExtractionContext ten = contextOf(inputs(10 * N).get(name));
        String failure = LinearTime.check("event step on " + name, () -> STEP.find(one), () -> STEP.find(ten));
        assertNull(failure, failure);
    }

    @Test
    void linearWithoutPunctuation() {
        checkLinear("no punctuation");
    }

    @Test
    void linearWithManySemicolonsInSentences() {
        checkLinear("semicolons in sentences");
    }

    @Test
    void linearWithSemicolonsAlone() {
        checkLinear("semicolons alone");
    }
    @Test
    void linearWithManyTriggerWords() {
        checkLinear("many triggers");
    }
    @Test
    void linearWithManyDistinctFacts() {
        checkLinear("many distinct facts");
    }

    @Test
    void adversarialInputsFinishThroughTheWholePipelineAndKeepEveryInvariant() {
        for (Map.Entry<String, String> input : inputs(10 * N).entrySet()) {
            Document doc = ZhNews.pipeline().analyze(input.getValue());
            ConsistencyKit.checkDocument(doc);
            if (input.getKey().startsWith("many")) {
                assertTrue(doc.events().size() >= 5, input.getKey() + ": " + doc.events().size() + " events");
            }
        }
    }
}
