package org.zhnews.extract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.zhnews.extract.model.OpenModelNamesTest.models;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.extract.company.CompanyExtractor;

/**
 * A quoted name made of the maker's brand, one space and a capitalised Latin word
 * (“锴信 Dunlin”) names the maker's product after any product noun, in a text that speaks of AI
 * and where the brand stands alone elsewhere; not after a hardware noun, not a code (“汐元 H3”).
 * A known company sharing the Latin word (Juniper) is no company inside the document's model
 * names. Unquoted, the maker's brand before a Latin name with a model phrase before it or a
 * model word after it opens the name (基座模型煊禾Basalt 2, 茗岫 Garnet系列模型; not a verb: 发布Lyra 2).
 * Sentences written for these tests.
 */
class MakersLatinNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            锴信成立于2022年，旗下AI合规审阅助手“锴信 Dunlin”能比对合约条款。 | 锴信 Dunlin=锴信 Dunlin/-/-@?
            鹄川于2022年创办，其AI财务代理“鹄川 Avocet”能自动对账。 | 鹄川 Avocet=鹄川 Avocet/-/-@?
            铠纳专注农业AI，旗下平台“铠纳 Skylark”结合卫星数据估算产量。 | 铠纳 Skylark=铠纳 Skylark/-/-@?
            烨辰旗下的多语客服代理“烨辰 Tamarin”已被两家银行采用，背后是自研大模型。 | 烨辰 Tamarin=烨辰 Tamarin/-/-@?
            """)
    void aMakersBrandAndALatinWordNameItsProduct(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            汐元智能主打双臂协作机器人“汐元 H3”，公司也在训练模型。 |
            烨辰旗下的无人机“烨辰 Falcon”已交付，公司也做AI。 |
            锴信旗下的律所服务“锴信 Dunlin”已有三十家客户。 |
            他在发布会上展示了“锴信 Dunlin”，公司也做AI。 |
            """)
    void notAfterHardwareNorWithoutTheBrandOrAi(String text, String expected) {
        assertEquals(expected == null ? "" : expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            煊禾成立于2023年。公司自研的具身基座模型煊禾Basalt 2已开放调用。 | 煊禾Basalt 2=煊禾Basalt/2/-@?
            茗岫成立于2022年，主力产品是面向投研的茗岫 Garnet系列模型，上月推出的Garnet-2表现领先。 | 茗岫 Garnet=茗岫 Garnet/-/-@? Garnet-2=茗岫 Garnet/2/-@?
            烜智创立于2022年，自行训练的工业视觉模型烜智 Peridot已推进到第二代。 | 烜智 Peridot=烜智 Peridot/-/-@?
            笙言发布Lyra 2大模型，笙言表示将开源。 | Lyra 2=Lyra/2/-@?
            """)
    void aMakersBrandBeforeALatinNameAfterAModelWord(String text, String expected) {
        assertEquals(expected, models(text));
    }

    private static final String JUNIPER = "镕思智能旗下“镕思 Juniper”系列模型能把文字需求转成图纸。"
            + "第二代模型Juniper-2已服务260家企业，新资金将用于下一代Juniper-3的训练。";

    @Test
    void theDocumentsFamilyIsNoCompanyOfTheSameName() {
        assertEquals("镕思 Juniper=镕思 Juniper/-/-@? Juniper-2=镕思 Juniper/2/-@? Juniper-3=镕思 Juniper/3/-@?", models(JUNIPER));
        String companies = CompanyExtractor.standard().extract(ExtractionContext.of(JUNIPER)).stream()
                .map(m -> ((CompanyMention) m).span().text()).collect(Collectors.joining(" "));
        assertFalse(companies.contains("Juniper"), companies);
    }
}
