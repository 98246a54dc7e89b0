package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Pipeline;

/**
 * Known names that are also words, in invented sentences: a listing mark, a broker's target
 * price, a data credit or a list after a clause opened by a company makes them the company;
 * their common readings ({@code 大众投资者}, {@code 日月光} as sun and moon) do not; a person who
 * is promoted to a group's post and a country before a name are no companies; a known name
 * that is also a word is an investment arm's brand ({@code 日月光创投}).
 */
class PlainContextTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    private static String companies(String text) {
        return CompanySpans.of(PIPELINE.analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            快手-W今日收涨4%。                              | 快手=kuaishou
            快手（01024）公布第二季度业绩。                  | 快手=kuaishou
            $寒武纪(SH688256)$ 盘中创出新高。                | 寒武纪=cambricon
            花旗将其目标价上调至120元。                      | 花旗=citi
            IDC最新数据显示，平板出货量回升。                | IDC=idc
            华为位居第一，苹果、小米分列二三位。              | 华为=huawei 苹果=apple 小米=xiaomi
            日月光营收创新高。                               | 日月光=ase
            大众汽车宣布裁员。                               | 大众汽车=volkswagen
            小鹏宣布推出新款SUV。                           | 小鹏=xpeng
            美团外卖订单回升，中国移动宣布提速。             | 美团=meituan 中国移动=china-mobile
            商汤发布日日新大模型，月之暗面跟进。             | 商汤=sensetime 月之暗面=moonshot-ai
            本轮由元大创投与日月光创投共同领投。              | 元大创投=yuanta-venture 日月光创投=open:日月光创投
            """)
    void knownNamesInPlainCompanyContext(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            此举有助该行争取大众投资者。                     | ''
            大众运输系统今天起调整班次。                     | ''
            服务大众是这家银行的宗旨。                       | ''
            山顶上日月光一起洒在云海上。                     | ''
            快手剪纸是一门老手艺。                           | ''
            寒武纪生命大爆发发生在五亿年前。                 | ''
            国泰民安，风调雨顺。                             | ''
            研究院所长王某升任集团技术长。                   | ''
            他们组了一支完美团队专攻影像。                   | ''
            中国移动支付的普及让老人也会扫码。               | ''
            游客小鹏告诉记者，他想走遍长城。                 | ''
            清晨在阿里山看日出。                             | ''
            新编历史剧讲述商汤伐桀的故事。                   | ''
            乐队翻唱了《月之暗面》整张专辑。                 | ''
            本轮由淡马锡和新加坡的Jungle Ventures共同投资。  | 淡马锡=temasek Jungle Ventures=jungle-ventures
            """)
    void commonReadingsAreNoCompanies(String text, String expected) {
        assertEquals(expected, companies(text));
    }
}
