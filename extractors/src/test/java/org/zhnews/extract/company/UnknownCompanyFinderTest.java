package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnknownCompanyFinderTest {

    private static UnknownCompanyFinder finder;

    @BeforeAll
    static void load() {
        finder = UnknownCompanyFinder.standard();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "云帆科技有限公司今天发布了新产品。|云帆科技有限公司|0",
        "深圳市云帆智能科技有限公司宣布完成融资。|深圳市云帆智能科技有限公司|0",
        "上海米哈游网络科技股份有限公司发布新游戏|上海米哈游网络科技股份有限公司|0",
        "华为技术有限公司|华为技术有限公司|0",
        "阿里巴巴集团控股有限公司|阿里巴巴集团控股有限公司|0",
        "据悉，蓝鲸传媒将在年底上市。|蓝鲸传媒|3",
        "景驰科技与多家公司合作|景驰科技|0",
        "张江集团投资了这个项目|张江集团|0",
        "腾讯控股的股价|腾讯控股|0",
        "北京银行的存款增长|北京银行|0",
        "韩国新星银行宣布|韩国新星银行|0",
        "华宇银行深圳分行的负责人说|华宇银行深圳分行|0",
        "国家电网公司公布了年度计划。|国家电网公司|0",
        "Zentro公司发布了新芯片|Zentro公司|0",
        "苹果公司推出新手机|苹果公司|0",
        "Acme Robotics Inc. announced a new robot.|Acme Robotics Inc.|0",
        "投资方包括Nimbus Labs和其他机构。|Nimbus Labs|5",
        "Foobar Technologies Co., Ltd.成立于2019年|Foobar Technologies Co., Ltd.|0",
        "Nvidia Corp.的财报|Nvidia Corp.|0",
        "DeepMind Technologies Limited|DeepMind Technologies Limited|0",
        "竞争对手Quill Systems今天|Quill Systems|4",
    })
    void findsOneCompany(String text, String name, int start) {
        List<CompanyCandidate> found = finder.find(text);
        assertEquals(1, found.size(), () -> text + " -> " + found);
        CompanyCandidate c = found.get(0);
        assertEquals(name, c.name());
        assertEquals(start, c.start());
        assertEquals(start + name.length(), c.end());
        assertEquals(text.substring(c.start(), c.end()), c.name());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "该公司表示将继续投入。",
        "这家科技公司正在扩张",
        "上市公司的数量增加",
        "他创办了一家公司",
        "子公司的利润",
        "母公司亏损",
        "某科技公司",
        "一家芯片公司",
        "本公司",
        "我们公司",
        "芯片公司的股价下跌",
        "游戏公司纷纷裁员",
        "外资公司撤离",
        "互联网公司加班严重",
        "外资银行进入中国市场",
        "中国公司在海外",
        "国有银行改革",
        "多家银行上调利率",
        "商业银行",
        "投资银行",
        "人民银行",
        "美国证券市场大跌",
        "杀毒软件",
        "银行业的利润",
        "我的银行卡丢了",
        "科技股大涨",
        "北京市政府发布通知",
        "清华大学的研究团队",
        "中科院下属研究院",
        "中国是一个大国",
        "张伟说他很高兴",
        "a lowercase inc. here",
        "Inc. alone",
        "",
    })
    void findsNothing(String text) {
        assertEquals(List.of(), finder.find(text));
    }

    @Test
    void twoCompaniesInOneSentenceComeSortedAndApart() {
        String text = "云帆科技有限公司与Acme Robotics Inc.签署协议，北京银行提供贷款。";
        List<CompanyCandidate> found = finder.find(text);
        assertEquals(List.of("云帆科技有限公司", "Acme Robotics Inc.", "北京银行"),
                found.stream().map(CompanyCandidate::name).toList());
        assertTrue(found.get(0).evidence().startsWith("suffix:") || found.get(0).evidence().startsWith("hanlp:"));
        assertEquals("latin:Inc.", found.get(1).evidence());
    }

    @Test
    void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> finder.find(null));
    }

    @Test
    void candidateRejectsBadSpans() {
        assertThrows(IllegalArgumentException.class, () -> new CompanyCandidate(3, 3, "", "x"));
        assertThrows(IllegalArgumentException.class, () -> new CompanyCandidate(0, 2, "abc", "x"));
    }

    /** Random text made of company words, generic words, punctuation and junk keeps the invariants. */
    @Test
    void randomTextKeepsSpanInvariants() {
        String[] pool = {"云帆", "科技", "有限公司", "公司", "银行", "集团", "北京", "深圳市", "该", "一家", "，", "。",
            "Acme", " ", "Inc.", "Labs", "的", "宣布", "分行", "\n", "\uD83D\uDE00", "\uD800", "123", "年", "芯片", "股份"};
        Random random = new Random(42);
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            int words = random.nextInt(60);
            for (int i = 0; i < words; i++) {
                sb.append(pool[random.nextInt(pool.length)]);
            }
            String text = sb.toString();
            List<CompanyCandidate> found = finder.find(text);
            int last = 0;
            for (CompanyCandidate c : found) {
                assertTrue(c.start() >= last, () -> text + " -> " + found);
                assertEquals(text.substring(c.start(), c.end()), c.name());
                last = c.end();
            }
        }
    }

    @Test
    void longInputIsHandledInChunks() {
        String sentence = "据悉，蓝鲸传媒将在年底上市，云帆科技有限公司表示支持。";
        String text = sentence.repeat(2000);
        List<CompanyCandidate> found = finder.find(text);
        assertEquals(4000, found.size());
        assertEquals("蓝鲸传媒", found.get(3998).name());
    }

    /** Inputs that would blow up a quadratic scan (one endless Latin run, no sentence ends) finish quickly. */
    @Test
    void adversarialInputsStayLinear() {
        String latin = "Acme Inc. Corp. Ltd. ".repeat(5_000);
        String han = "云帆科技银行集团公司的".repeat(5_000);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            finder.find(latin);
            finder.find(han);
        });
        List<CompanyCandidate> found = finder.find(latin);
        assertTrue(found.size() == 5_000, "one candidate per Acme: " + found.size());
    }

    @Test
    void manyThreadsGetTheSameResults() throws Exception {
        List<String> texts = new ArrayList<>();
        String[] parts = {"深圳市云帆智能科技有限公司宣布完成融资。", "华宇银行深圳分行的负责人说，", "该公司表示将继续投入。",
            "Acme Robotics Inc. announced", "据悉，蓝鲸传媒将在年底上市。", "国家电网公司公布了年度计划。", "韩国新星银行宣布"};
        Random random = new Random(7);
        for (int i = 0; i < 64; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < 8; j++) {
                sb.append(parts[random.nextInt(parts.length)]);
            }
            texts.add(sb.toString());
        }
        List<List<CompanyCandidate>> expected = texts.stream().map(finder::find).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 16; round++) {
                int offset = round;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < texts.size(); i++) {
                        int k = (i + offset) % texts.size();
                        if (!finder.find(texts.get(k)).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(expected.stream().mapToInt(List::size).sum() > 64, "the texts do contain companies");
    }
}
