package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Pipeline;

/**
 * Invented sentences for names the knowledge base lacks: a Chinese name and its English name in
 * brackets, after a descriptor or ending in a name ending itself; a lower-case brand in a source
 * slot; Latin names in a list with known companies, after a place or a line of business; units
 * named after a known parent (a bank's place unit, a group, an investment arm or a subsidiary under
 * 旗下, not a generic noun there); the
 * intermediaries of a listing. And what stays out: a person with an English name, a term with its
 * English gloss, a list of products, a verb after a group word.
 */
class PairedAndListedNamesTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    private static String companies(String text) {
        return CompanySpans.of(PIPELINE.analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            数码银行星汇银行（Stellar Bank）昨日委任新总裁。          | 星汇银行=open:星汇银行 Stellar Bank=open:stellarbank
            此外，云汇证券（Cloudway Securities）亦宣布裁员。        | 云汇证券=open:云汇证券 Cloudway Securities=open:cloudwaysecurities
            咨询公司任达思（Rendas）估计，薪酬将上涨两成。           | 任达思=open:任达思 Rendas=open:rendas
            据科技媒体k38报道，该公司去年营收翻倍。                  | k38=open:k38
            平台已与电商平台Lazada、泰国的Kerrix以及星展银行签约。   | Lazada=lazada Kerrix=open:kerrix 星展银行=dbs
            两大股东亚通（Axiata）与瑞典电信Telia各持有三成股权。    | 亚通=axiata Axiata=axiata Telia=open:telia
            入选名单包括汇丰、渣打新加坡及东亚银行。                 | 汇丰=hsbc 渣打新加坡=open:渣打新加坡 东亚银行=bank-of-east-asia
            参与者包括星展银行、汇丰和蚂蚁银行。                     | 星展银行=dbs 汇丰=hsbc 蚂蚁银行=ant-bank-hk
            她曾任腾讯国际数字娱乐集团技术总监。                     | 腾讯国际数字娱乐集团=open:腾讯国际数字娱乐集团
            本轮由中华电信旗下的中华电创投领投。                     | 中华电信=chunghwa-telecom 中华电创投=open:中华电创投
            公司科创板IPO已获受理，保荐机构为平安联合证券。          | 平安联合证券=open:平安联合证券
            本轮由红杉中国领投，腾讯旗下的云岫投资跟投。             | 红杉中国=hongshan 腾讯=tencent 云岫投资=open:云岫投资
            客户包括比亚迪以及美的集团旗下的禾川智运。               | 比亚迪=byd 美的集团=midea 禾川智运=open:禾川智运
            冬海集团（Sea）旗下的Sea Vision Lab昨天发布新模型。      | 冬海集团=sea-limited Sea=open:sea Sea Vision Lab=open:seavisionlab
            """)
    void namesFound(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            公司创始人张伟（David Zhang）表示，明年扩产。            | ''
            生成式人工智能（GenAI）应用正在普及。                    | ''
            他们讨论了大语言模型（LLM）的安全问题。                  | ''
            金融科技（FinTech）公司纷纷入局。                         | ''
            腾讯负责集团战略的高管离职。                             | 腾讯=tencent
            据媒体报道，该公司营收增长。                             | ''
            华为、小米和OPPO均发布新机。                             | 华为=huawei 小米=xiaomi OPPO=oppo
            渣打香港办事处今日开幕。                                 | 渣打香港=standard-chartered-hk
            阿里巴巴旗下的外卖平台增长很快。                         | 阿里巴巴=alibaba
            腾讯旗下的子公司也参与了。                               | 腾讯=tencent
            阿里的魔搭社区上线新模型。                               | 阿里=alibaba
            新加坡的大型种植集团参与本轮融资。                       | ''
            公告称，目标集团去年营收增长。                           | ''
            """)
    void noNamesOrKnownOnly(String text, String expected) {
        assertEquals(expected, companies(text));
    }
}
