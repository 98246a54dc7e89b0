package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Pipeline;

/**
 * Knowledge-base rows added for names that news cites as sources, investors and clients:
 * research firms (清科, GGII), a city daily, a startup outlet, a job platform, an automation
 * maker, wallets, a bus company, a bank, an insurers' fund, a telecom group's fund, a drug maker,
 * an app-data firm, a Malaysian state venture firm, the Malaysian press's 大马电讯 and 雇员公积金局 (EPF).
 * Invented sentences.
 */
class AddedResearchTransportAndFundRowsTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            清科研究中心的数据显示，前三季度共有412起融资。 | 清科研究中心=zero2ipo
            据高工机器人产业研究所（GGII）统计，出货量增长两成。 | 高工机器人产业研究所=ggii GGII=ggii
            成都商报记者从公司获悉，新工厂下月投产。 | 成都商报=chengdu-economic-daily
            这家公司去年登上Meet創業小聚的舞台。 | Meet創業小聚=meet-startup
            Hiredly的薪资报告显示，工程师月薪上涨一成。 | Hiredly=hiredly
            战略投资方包括汇川技术与比亚迪。 | 汇川技术=inovance 比亚迪=byd
            客戶包括支付寶香港（AlipayHK）、九巴及大新銀行。 | 支付寶香港=alipay-hk AlipayHK=alipay-hk 九巴=kmb 大新銀行=dah-sing-bank
            老股东中国保险投资基金继续跟投。 | 中国保险投资基金=china-insurance-investment-fund
            本轮由亚通数码创新基金（ADIF）领投。 | 亚通数码创新基金=axiata-digital-innovation-fund ADIF=axiata-digital-innovation-fund
            公司与第一三共合作筛选化合物。 | 第一三共=daiichi-sankyo
            大马电讯今天公布季度业绩。 | 大马电讯=telekom-malaysia
            极光研究院发布的报告显示，七成用户用过AI。 | 极光研究院=aurora-mobile
            本轮由Kumpulan Modal Perdana领投，雇员公积金局（EPF）跟投。 | Kumpulan Modal Perdana=kumpulan-modal-perdana 雇员公积金局=epf-malaysia EPF=epf-malaysia
            Boost电子钱包的用户增长两成。 | Boost电子钱包=boost-ewallet
            """)
    void findsTheAddedRows(String text, String expected) {
        assertEquals(expected == null ? "" : expected, CompanySpans.of(PIPELINE.analyze(text)));
    }
}
