package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Pipeline;

/**
 * Full legal names of investment firms: 管理 inside 投资管理, 资产管理 or 基金管理 cuts no name
 * ({@code 北京星河创新投资管理有限公司}); the zones where funds are registered open a legal name like a
 * city, up to eight characters ({@code 宁波梅山保税港区}, {@code 共青城}, {@code 横琴}); a legal form, group
 * or investor word alone is no company ({@code 设立有限公司}). Invented names.
 */
class LegalNamesOfFundsTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    private static String companies(String text) {
        return CompanySpans.of(PIPELINE.analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            本轮投资方包括北京星河创新投资管理有限公司。 | 北京星河创新投资管理有限公司=open:北京星河创新投资管理
            上海星河资产管理有限公司为第二大股东。 | 上海星河资产管理有限公司=open:上海星河资产管理
            股东包括宁波梅山保税港区星河投资合伙企业（有限合伙）。 | 宁波梅山保税港区星河投资合伙企业=open:宁波梅山保税港区星河投资合伙企业
            股东包括共青城星河创业投资合伙企业（有限合伙）等。 | 共青城星河创业投资合伙企业=open:共青城星河创业投资合伙企业
            横琴星河股权投资基金合伙企业（有限合伙）跟投。 | 横琴星河股权投资基金合伙企业=open:横琴星河股权投资基金合伙企业
            设立有限公司参与了本轮融资。 |
            北京星河创新出资有限公司参与了本轮融资。 |
            """)
    void legalNamesOfInvestmentFirms(String text, String expected) {
        assertEquals(expected == null ? "" : expected, companies(text));
    }
}
