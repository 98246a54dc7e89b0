package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Pipeline;

/**
 * Invented sentences for issue 14's ranking prose and business units: a known name that is also
 * a word as the subject of a ranking clause ({@code 小米时隔一年重回前列}), counted inside another's
 * figures ({@code OPPO（含一加）}) or introduced as an agency ({@code 机构IDC}); a known parent and a
 * business noun in a company's role ({@code 吉宝数据中心宣布}, the brand of {@code 杨忠礼电力} +
 * {@code 数据中心}); and the traps: grain and fruit, a parent's facility, a bare 中华, a product
 * quoted after a descriptor in a clause about a product ({@code 核心产品是…平台“X”}).
 */
class ClauseSubjectsAndUnitsTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    private static String companies(String text) {
        return CompanySpans.of(PIPELINE.analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            上季度小米时隔两年重回第一。                     | 小米=xiaomi
            小米重回前列，华为紧随其后。                     | 小米=xiaomi 华为=huawei
            本季小米位居第三，份额一成五。                   | 小米=xiaomi
            苹果出货量同比下滑一成。                         | 苹果=apple
            OPPO（含一加）出货820万台。                      | OPPO=oppo 一加=oneplus
            另一家机构IDC的口径略有不同。                    | IDC=idc
            光陽與三陽工業的電動機車銷量同步成長。           | 光陽=kymco 三陽工業=sym-motor
            中華汽車旗下品牌推出新車。                       | 中華汽車=china-motor
            比亞迪旗下騰勢推出新款MPV。                      | 比亞迪=byd 騰勢=denza
            客戶包括中國建築國際、新昌營造及金門建築。       | 中國建築國際=csci 新昌營造=hip-hing 金門建築=gammon
            联想控股旗下的君联资本出资。                     | 联想控股=legend-holdings 君联资本=legend-capital
            星展与海港集团和吉宝数据中心组成联营体。          | 星展=dbs 海港集团=open:海港集团 吉宝数据中心=open:吉宝数据中心
            杨忠礼电力旗下的杨忠礼数据中心宣布扩建。          | 杨忠礼电力=ytl-power 杨忠礼数据中心=open:杨忠礼数据中心
            """)
    void knownNamesAsSubjectsAndUnits(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            今年小米产量重回高位。                           | ''
            苹果汁销量位居第一。                             | ''
            他喝了一加一杯的咖啡。                           | ''
            中華隊時隔四年重回決賽。                         | ''
            吉宝数据中心的耗电量很高。                       | 吉宝=keppel
            微软数据中心的冷却系统升级。                     | 微软=microsoft
            杨忠礼电力的数据中心位于柔佛。                   | 杨忠礼电力=ytl-power
            其核心产品是面向制造业的智能体平台“Veltra”。     | ''
            """)
    void trapsStayOut(String text, String expected) {
        assertEquals(expected, companies(text));
    }
}
