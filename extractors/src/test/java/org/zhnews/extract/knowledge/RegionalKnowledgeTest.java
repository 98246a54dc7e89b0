package org.zhnews.extract.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.ZhNews;

/**
 * The regional rows of the bundled knowledge base (Bursa Malaysia technology and telecom names,
 * Malaysian brokers and outlets; Taiwan's listed electronics makers; Hong Kong and Singapore tech
 * names; chip and data-centre firms worldwide), read by the default pipeline in invented
 * sentences of the kind each region's news prints, and the everyday words among their short
 * names left alone.
 */
class RegionalKnowledgeTest {

    /** "surface=id" for each company the default pipeline reports, space-separated. */
    private static String companies(String text) {
        return ZhNews.pipeline().analyze(text).companies().stream()
                .map(c -> c.span().text() + "=" + c.id().orElse("?"))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            据《星洲日报》报道,ViTrox与Inari Amertron的季度净利均按年上升。          | 星洲日报=sin-chew ViTrox=vitrox Inari Amertron=inari-amertron
            伟特科技和益纳利美昌今日领涨科技股,大华继显维持买进评级。              | 伟特科技=vitrox 益纳利美昌=inari-amertron 大华继显=uob-kay-hian
            肯纳格研究认为,Frontken、Greatech和Pentamaster将受惠于半导体复苏。   | 肯纳格研究=kenanga Frontken=frontken Greatech=greatech Pentamaster=pentamaster
            亚通集团与CelcomDigi宣布合作,马来西亚电讯也将参与。                  | 亚通集团=axiata CelcomDigi=celcomdigi 马来西亚电讯=telekom-malaysia
            YTL Power在柔佛兴建数据中心,MyEG则推出新的数码服务。                  | YTL Power=ytl-power MyEG=myeg
            大马交易所数据显示,友尼森和Malaysian Pacific Industries股价走高。     | 大马交易所=bursa-malaysia 友尼森=unisem Malaysian Pacific Industries=malaysian-pacific-industries
            """)
    void linksRegionalNames(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0} within {1}")
    @CsvSource({
            "carsem, hong-leong-my", "silterra, dnex", "maybank-ib, maybank", "astro-awani, astro-malaysia",
    })
    void subsidiariesReachTheirGroup(String unit, String group) {
        assertTrue(KnowledgeBase.standard().isWithin(unit, group), unit + " within " + group);
    }
}
