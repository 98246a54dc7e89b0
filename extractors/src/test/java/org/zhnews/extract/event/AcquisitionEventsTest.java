package org.zhnews.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhnews.extract.event.EventCases.analyze;
import static org.zhnews.extract.event.EventCases.assertFraction;
import static org.zhnews.extract.event.EventCases.assertMoney;
import static org.zhnews.extract.event.EventCases.describe;
import static org.zhnews.extract.event.EventCases.name;
import static org.zhnews.extract.event.EventCases.none;
import static org.zhnews.extract.event.EventCases.only;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Document;
import org.zhnews.core.event.Acquisition;
import org.zhnews.core.event.Ipo;

/** Acquisitions: who buys, what is bought, for how much, and which stake. */
class AcquisitionEventsTest {

    @Test
    void aBuyerAPriceAndAMajorityStake() {
        Document doc = analyze("联想集团宣布以12亿元收购芯片设计商云岫微电子51%股权。", "2025-06-10");
        Acquisition a = only(doc, Acquisition.class);
        assertEquals("联想", name(a.acquirer()), describe(doc));
        assertEquals("联想集团", a.acquirer().orElseThrow().text());
        assertEquals("云岫微电子", a.target().name());
        assertMoney("1200000000", "CNY", a.amount(), doc);
        assertFraction("0.51", a.stake(), doc);
        assertEquals("51%", a.stake().orElseThrow().span().text());
    }

    @Test
    void thePassiveTurnsTheSubjectIntoTheTarget() {
        Document doc = analyze("芯片设计商云岫微电子被联想集团收购。", "2025-06-10");
        Acquisition a = only(doc, Acquisition.class);
        assertEquals("云岫微电子", a.target().name(), describe(doc));
        assertEquals("联想", name(a.acquirer()), describe(doc));
    }

    @Test
    void thePassiveWithAPrice() {
        Document doc = analyze("光年之外被美团以7亿美元收购。", "2025-06-10");
        Acquisition a = only(doc, Acquisition.class);
        assertEquals("光年之外", a.target().name(), describe(doc));
        assertEquals("美团", name(a.acquirer()), describe(doc));
        assertMoney("700000000", "USD", a.amount(), doc);
    }

    @Test
    void theActiveVoiceWithAPriceInUsDollars() {
        Document doc = analyze("美团宣布以7亿美元收购光年之外。", "2025-06-10");
        Acquisition a = only(doc, Acquisition.class);
        assertEquals("美团", name(a.acquirer()));
        assertEquals("光年之外", a.target().name());
        assertMoney("700000000", "USD", a.amount(), doc);
        assertEquals(Optional.empty(), a.stake());
    }

    @Test
    void aWhollyOwnedPurchaseIsTheWholeCompany() {
        Document doc = analyze("腾讯宣布全资收购游戏开发商星环互娱，交易金额未披露。", "2025-06-10");
        Acquisition a = only(doc, Acquisition.class);
        assertEquals("腾讯", name(a.acquirer()));
        assertEquals("星环互娱", a.target().name());
        assertFraction("1", a.stake(), doc);
        assertEquals(Optional.empty(), a.amount());
    }

    @Test
    void aTaiwanStakeInNewTaiwanDollars() {
        Document doc = analyze("鴻海宣布以新台幣30億元取得廣達20%股權。", "2025-06-10");
        Acquisition a = only(doc, Acquisition.class);
        assertEquals("鸿海", name(a.acquirer()));
        assertEquals("广达", a.target().name());
        assertEquals("廣達", a.target().text());
        assertMoney("3000000000", "TWD", a.amount(), doc);
        assertFraction("0.2", a.stake(), doc);
    }

    @Test
    void aPastAcquisitionIsStillAnAcquisition() {
        Document doc = analyze("2021年，腾讯曾以35亿美元收购搜狗。", "2025-06-10");
        Acquisition a = only(doc, Acquisition.class);
        assertEquals("腾讯", name(a.acquirer()));
        assertEquals("搜狗", a.target().name());
        assertMoney("3500000000", "USD", a.amount(), doc);
    }

    @Test
    void aControllingShareholderIsNoAcquisition() {
        Document doc = analyze("该公司控股股东为联想集团，实际控制人未发生变化。", "2025-06-10");
        none(doc, Acquisition.class);
    }

    @Test
    void aListedCompanyBuyingIsAnAcquisitionAndNoListing() {
        Document doc = analyze("上市公司联想集团宣布收购芯片设计商云岫微电子。", "2025-06-10");
        Acquisition a = only(doc, Acquisition.class);
        assertEquals("联想", name(a.acquirer()));
        assertEquals("云岫微电子", a.target().name());
        none(doc, Ipo.class);
    }
    @Test
    void theTargetOfAnAcquisitionNamedWithDui() {
        Document doc = analyze("腾讯完成对搜狗的全资收购。", "2025-06-10");
        Acquisition a = only(doc, Acquisition.class);
        assertEquals("腾讯", name(a.acquirer()));
        assertEquals("搜狗", a.target().name());
        assertFraction("1", a.stake(), doc);
    }
    @Test
    void aShareholdingRatioAfterTheTriggerIsTheStake() {
        Document doc = analyze("阿里巴巴宣布入股小鹏汽车，持股比例为10%。", "2025-06-10");
        Acquisition a = only(doc, Acquisition.class);
        assertEquals("阿里巴巴", name(a.acquirer()));
        assertEquals("小鹏汽车", a.target().name());
        assertFraction("0.1", a.stake(), doc);
    }

    @Test
    void theBuyerNamedAgainAfterAnInvestorListIsTheAcquirer() {
        Document doc = analyze("气候科技初创企业碳衡科技（CarbonLens）完成A轮融资，由Jungle Ventures领投，三菱日联金融集团跟投。"
                + "碳衡科技也宣布，收购英国碳核算软件商TallyCarbon。", "2025-09-17");
        Acquisition a = only(doc, Acquisition.class);
        assertEquals("碳衡科技", name(a.acquirer()), describe(doc));
    }

    @Test
    void aSaleToldByTheSellerNamesTheBuyerAndTheCompanySold() {
        Document doc = analyze("联想集团拟将所持深圳华芯光感科技有限公司70%股权以2.3亿元转让给兆易创新。", "2025-11-20");
        Acquisition a = only(doc, Acquisition.class);
        assertEquals("兆易创新", name(a.acquirer()), describe(doc));
        assertEquals("深圳华芯光感科技有限公司", a.target().name(), describe(doc));
        assertFraction("0.7", a.stake(), doc);
        doc = analyze("小米集团同日公布，以1.15亿港元向联想集团出售旗下子公司金山云60%股权。", "2025-06-10");
        Acquisition b = only(doc, Acquisition.class);
        assertEquals("联想", name(b.acquirer()), describe(doc));
        assertEquals("金山云", b.target().name(), describe(doc));
    }

    @Test
    void aCompanyThatHuoAnotherBoughtIsTheTarget() {
        Document doc = analyze("云端会计软件商金蝶国际宣布，已获红杉中国以3亿元全面收购。", "2025-11-25");
        Acquisition a = only(doc, Acquisition.class);
        assertEquals("红杉中国", name(a.acquirer()), describe(doc));
        assertEquals("金蝶", a.target().name(), describe(doc));
    }

    @Test
    void aSaleWithoutABuyerIsNoDeal() {
        none(analyze("小米集团表示，将择机出售部分非核心资产。", "2025-06-10"), Acquisition.class);
    }

    @Test
    void aSentenceOpeningWithGongsiBuysForTheArticlesCompany() {
        Document doc = analyze("小米集团宣布完成新一轮融资，由红杉中国领投，高瓴资本跟投。公司同时宣布收购金山云的全部股权。", "2025-11-12");
        Acquisition a = only(doc, Acquisition.class);
        assertEquals("小米", name(a.acquirer()), describe(doc));
    }
}
