package org.zhnews.extract.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhnews.ZhNews;
import org.zhnews.extract.company.CompanySpans;

/**
 * The outlets (companies-outlets.tsv) and large non-tech firms (companies-industry.tsv) of the
 * bundled knowledge base, read by the default pipeline in invented sentences of the kind tech
 * news prints: credits of outlets from each region, energy firms, banks, retailers and shipping
 * lines named beside tech firms; and the everyday words that some of their short names are.
 */
class OutletsAndIndustryTest {

    /** "surface=id" for each company the default pipeline reports, space-separated. */
    static String companies(String text) {
        return CompanySpans.of(ZhNews.pipeline().analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            據中央社報導,台積電今天公布10月營收。                          | 中央社=cna 台積電=tsmc
            新加坡《联合早报》报道,星展银行将与新加坡电信合作推出数字服务。 | 联合早报=zaobao 星展银行=dbs 新加坡电信=singtel
            据马来西亚《星洲日报》报道,马来亚银行上调全年盈利预期。        | 星洲日报=sin-chew 马来亚银行=maybank
            南洋商报报道,国油与微软合作。                                  | 南洋商报=nanyang-siang-pau 国油=petronas 微软=microsoft
            新加坡《海峡时报》和《联合早报》均报道了此事。                  | 海峡时报=straits-times 联合早报=zaobao
            钜亨网报道,长荣海运和阳明海运运价上涨。                        | 钜亨网=anue 长荣海运=evergreen-marine 阳明海运=yang-ming
            中石化与埃克森美孚签署协议,在广东合作建设能源项目。            | 中石化=sinopec 埃克森美孚=exxonmobil
            财联社12月6日电,宁德时代与中国石油达成合作。                    | 财联社=cls 宁德时代=catl 中国石油=petrochina
            沃尔玛、开市客和家乐福都在使用AI。                              | 沃尔玛=walmart 开市客=costco 家乐福=carrefour
            據香港《明報》報道,長和旗下的屈臣氏將引入AI客服。              | 明報=ming-pao 長和=ck-hutchison 屈臣氏=watsons
            """)
    void linksOutletsAndFirms(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    /** Short names that are also everyday words (大众, 长和, 力拓, 中车...) stay words without a company context. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "今年大众消费持续回暖,电商平台的订单量明显增长。",
            "其中车企的订单增长明显。",
            "努力拓展海外市场是他们的目标。",
            "增长和发展并重,整体收入增长实现翻倍。",
            "今天齐聚一堂的嘉宾来自各地。",
            "办公视频会议和平台视频服务都在增长。",
            "中国油价本周上调。",
            "发电装置的效率提高了。",
            "北极星计划正式启动。",
            "卫星和地面站的通信恢复正常。",
            "中东航线的运价上涨。",
            "中国航天事业发展迅速。",
            "增强生产力是关键。",
            "确保诚信经营。",
            "上海航天技术研究院发布新成果。",
            "其中铝合金材料占比提高。",
    })
    void leavesEverydayWordsAlone(String text) {
        assertEquals("", companies(text));
    }
}
