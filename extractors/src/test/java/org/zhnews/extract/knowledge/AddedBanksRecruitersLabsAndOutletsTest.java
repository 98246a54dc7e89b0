package org.zhnews.extract.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.extract.company.CompanyExtractor;

/**
 * Rows added to the knowledge base for Hong Kong, Taiwan and Southeast Asian tech news: an
 * investment bank, recruiters and their data unit, an EV maker, a Malaysian AI start-up, a Hong
 * Kong free paper and a news site's domain through the pipeline; research labs (institutes, not
 * reported as companies by default) and a Taiwan job bank through a company extractor that reports
 * institutes; and the shared short forms among their names (华兴, 中華車, SAIL) that stay words
 * without context. Sentences written for these tests.
 */
class AddedBanksRecruitersLabsAndOutletsTest {

    private static final CompanyExtractor WITH_INSTITUTES = CompanyExtractor.builder()
            .knowledgeBase(KnowledgeBase.standard()).institutions(true).build();

    private static String withInstitutes(String text) {
        return WITH_INSTITUTES.extract(ExtractionContext.of(text)).stream().map(m -> (CompanyMention) m)
                .map(c -> c.span().text() + "=" + c.id().orElse("?"))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            华兴资本担任本轮融资的独家财务顾问。                   | 华兴资本=china-renaissance
            華興資本控股公布中期業績，華興稱投行業務回暖。         | 華興資本控股=china-renaissance 華興=china-renaissance
            華興與中金公司擔任聯席保薦人。                         | 華興=china-renaissance 中金公司=cicc
            猎聘大数据研究院发布报告，同道猎聘股价上涨。           | 猎聘大数据研究院=liepin 同道猎聘=tongdao-liepin
            鴻華先進與中華汽車合作開發電動商用車。                 | 鴻華先進=foxtron 中華汽車=china-motor
            中華車與三陽工業合作。                                 | 中華車=china-motor 三陽工業=sym-motor
            據《晴報》報道，數碼港將舉辦AI論壇。                   | 晴報=sky-post 數碼港=cyberport
            據on.cc東網報道，Mesolitica獲得新一輪融資。            | on.cc=oriental-daily 東網=oriental-daily Mesolitica=mesolitica
            """)
    void linksTheNewRows(String text, String expected) {
        assertEquals(expected, OutletsAndIndustryTest.companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            聯發創新基地發表新的繁中模型。                         | 聯發創新基地=mediatek-research
            香港生成式人工智能研發中心推出新版本模型。             | 香港生成式人工智能研發中心=hkgai
            HKGAI今日宣布與港科大合作。                            | HKGAI=hkgai 港科大=hkust
            Sea AI Lab与Mesolitica都发布了东南亚语言模型。         | Sea AI Lab=sea-ai-lab Mesolitica=mesolitica
            Sea旗下的SAIL发布了新模型。                            | Sea=open:sea SAIL=sea-ai-lab
            1111人力銀行今天公布調查。                             | 1111人力銀行=1111-job-bank
            """)
    void linksTheNewLabsWhenInstitutesAreReported(String text, String expected) {
        assertEquals(expected, withInstitutes(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "他在华兴路开了一家小店。",
            "中華車隊在環台賽奪下團體冠軍。",
    })
    void sharedWordsStayWords(String text) {
        assertEquals("", OutletsAndIndustryTest.companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The SAIL ship left the harbour at dawn.",
    })
    void sailAloneIsNoLab(String text) {
        assertEquals("", withInstitutes(text));
    }
}
