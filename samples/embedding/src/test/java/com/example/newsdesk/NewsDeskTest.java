package com.example.newsdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.testkit.ConsistencyKit;

/** How the desk uses zhnews: our own entries are found, scripts agree, threads agree, invariants hold. */
class NewsDeskTest {

    private static NewsDesk desk;

    @BeforeAll
    static void open() {
        desk = new NewsDesk(4);
    }

    @AfterAll
    static void close() {
        desk.close();
    }

    private static Digest digest(String text) {
        return desk.digest(new Story("t", text));
    }

    @Test
    void ourOwnCompanyAndModelAreFoundAndLinked() {
        Digest d = digest("云帆数智今天发布了帆语2.0大模型，并宣布与阿里巴巴合作。");
        assertEquals(List.of("yunfan", "alibaba"), d.companies());
        assertEquals(List.of("FanYu 2.0"), d.models());
    }

    @Test
    void ourAliasCountsToo() {
        assertEquals(List.of("yunfan"), digest("据悉，云帆科技正在招聘算法工程师。").companies());
    }

    @Test
    void traditionalScriptLinksToTheSameIds() {
        Digest d = digest("雲帆數智今天發佈了帆語2.0大模型，並宣佈與阿里巴巴合作。");
        assertEquals(List.of("yunfan", "alibaba"), d.companies());
        assertEquals(List.of("FanYu 2.0"), d.models());
    }

    @Test
    void standardEntriesAreStillThere() {
        Digest d = digest("腾讯发布混元大模型，字节跳动推出豆包。");
        assertEquals(List.of("tencent", "bytedance"), d.companies());
        assertEquals(2, d.models().size(), d.models().toString());
    }

    @Test
    void moneyIsSummedPerCurrency() {
        Digest d = digest("云帆数智完成5亿元B轮融资，此前还获得1.5亿元天使投资和2000万美元战略投资。");
        assertEquals(0, new BigDecimal("650000000").compareTo(d.total("CNY")), d.money().toString());
        assertEquals(0, new BigDecimal("20000000").compareTo(d.total("USD")), d.money().toString());
        assertEquals(List.of("CNY", "USD"), List.copyOf(d.money().keySet()));
        assertEquals(BigDecimal.ZERO, d.total("EUR"));
    }

    @Test
    void aRestatedAmountIsNotCountedTwice() {
        Digest d = digest("该公司获得投资1亿美元(约合人民币7.2亿元)。");
        assertEquals(0, new BigDecimal("100000000").compareTo(d.total("USD")), d.money().toString());
        assertEquals(BigDecimal.ZERO, d.total("CNY"), d.money().toString());
    }

    @Test
    void manyThreadsGiveTheSameDigestsAsOne() {
        String[] templates = {
            "云帆数智发布帆语%d.0，融资%d亿元。",
            "雲帆數智與騰訊合作，投資%d億美元，帆語%d.0同步上線。",
            "字节跳动豆包日活增长%d%%，投入%d亿元算力。",
            "阿里巴巴发布Qwen%d，参数%d0亿。"};
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            stories.add(new Story("s" + i, String.format(templates[i % templates.length], i % 7 + 1, i % 13 + 2)));
        }
        List<Digest> sequential = new ArrayList<>();
        for (Story s : stories) {
            sequential.add(desk.digest(s));
        }
        assertEquals(sequential, desk.digestAll(stories));
        assertEquals(sequential, desk.digestAll(stories));
        assertTrue(sequential.get(0).companies().contains("yunfan"), sequential.get(0).toString());
        assertTrue(sequential.get(1).companies().contains("yunfan"), sequential.get(1).toString());
    }

    @Test
    void ourPipelineKeepsEveryInvariantOnRandomText() {
        Pipeline ours = desk.pipeline();
        int checked = ConsistencyKit.random().documents(300).seed(20241128L).check(ours);
        assertEquals(ConsistencyKit.random().documents(300).documentCount(), checked);
        Document d = ours.analyze("雲帆數智（Yunfan Intelligence）發佈帆語2.0");
        ConsistencyKit.checkDocument(d);
        assertEquals("yunfan", d.companies().get(0).id().orElseThrow());
    }
}
