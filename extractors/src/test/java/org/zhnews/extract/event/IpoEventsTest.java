package org.zhnews.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.zhnews.extract.event.EventCases.analyze;
import static org.zhnews.extract.event.EventCases.assertMoney;
import static org.zhnews.extract.event.EventCases.describe;
import static org.zhnews.extract.event.EventCases.none;
import static org.zhnews.extract.event.EventCases.only;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Document;
import org.zhnews.core.event.Ipo;
import org.zhnews.core.event.IpoStatus;

/** Listings: who lists, where, for how much, and how far it has gone. */
class IpoEventsTest {

    @Test
    void aProspectusFiledInHongKong() {
        Document doc = analyze("智谱已向港交所递交招股书，拟在香港主板上市。", "2025-06-10");
        Ipo i = only(doc, Ipo.class);
        assertEquals("智谱", i.company().name());
        assertEquals(Optional.of("HKEX"), i.exchange());
        assertEquals(Optional.of(IpoStatus.FILED), i.status(), describe(doc));
    }

    @Test
    void anAcceptedApplicationOnTheStarMarketWithTheSumSought() {
        Document doc = analyze("摩尔线程科创板IPO申请获受理，拟募资80亿元。", "2025-06-10");
        Ipo i = only(doc, Ipo.class);
        assertEquals("摩尔线程", i.company().name());
        assertEquals(Optional.of("STAR"), i.exchange());
        assertEquals(Optional.of(IpoStatus.FILED), i.status());
        assertMoney("8000000000", "CNY", i.amount(), doc);
    }

    @Test
    void anApprovedListing() {
        Document doc = analyze("摩尔线程首发获通过，将登陆科创板。", "2025-06-10");
        Ipo i = only(doc, Ipo.class);
        assertEquals("摩尔线程", i.company().name());
        assertEquals(Optional.of(IpoStatus.APPROVED), i.status());
        assertEquals(Optional.of("STAR"), i.exchange());
    }

    @Test
    void aListingInHongKongRaisingHongKongDollars() {
        Document doc = analyze("商汤科技今日在港交所挂牌上市，募资约55亿港元。", "2025-06-10");
        Ipo i = only(doc, Ipo.class);
        assertEquals("商汤科技", i.company().name());
        assertEquals(Optional.of("HKEX"), i.exchange());
        assertEquals(Optional.of(IpoStatus.LISTED), i.status());
        assertMoney("5500000000", "HKD", i.amount(), doc);
    }

    @Test
    void aListingOnNasdaqWhoseFirstDayMoveIsNoAmount() {
        Document doc = analyze("小马智行在纳斯达克上市，首日股价上涨20%。", "2025-06-10");
        Ipo i = only(doc, Ipo.class);
        assertEquals("小马智行", i.company().name());
        assertEquals(Optional.of("NASDAQ"), i.exchange());
        assertEquals(Optional.of(IpoStatus.LISTED), i.status());
        assertEquals(Optional.empty(), i.amount());
    }

    @Test
    void aListingInTaipeiInTraditionalScript() {
        Document doc = analyze("晶片設計商鼎晟科技今日於台灣證券交易所掛牌上市。", "2025-06-10");
        Ipo i = only(doc, Ipo.class);
        assertEquals("鼎晟科技", i.company().name());
        assertEquals(Optional.of("TWSE"), i.exchange());
        assertEquals(Optional.of(IpoStatus.LISTED), i.status());
        assertEquals("掛牌上市", i.trigger().text());
    }

    @Test
    void anOfferingStartedIsPriced() {
        Document doc = analyze("芯片设计商云岫微电子启动招股，计划于6月20日在上交所科创板挂牌，发行价定为每股38元。",
                "2025-06-10");
        Ipo i = only(doc, Ipo.class);
        assertEquals("云岫微电子", i.company().name());
        assertEquals(Optional.of(IpoStatus.PRICED), i.status());
        assertEquals(Optional.of("STAR"), i.exchange());
        assertEquals(Optional.empty(), i.amount(), "a price per share is not the sum raised");
    }

    @Test
    void aListedCompanyIsNoListing() {
        none(analyze("作为一家上市公司，百度每季度都会公布财报。", "2025-06-10"), Ipo.class);
        none(analyze("宁德时代已上市多年，上市以来累计分红超过千亿元。", "2025-06-10"), Ipo.class);
        none(analyze("根据上市规则，腾讯须在三个工作日内披露该交易。", "2025-06-10"), Ipo.class);
    }
    @Test
    void aHearingPassedIsAnApprovalNotAListing() {
        Document doc = analyze("壁仞科技通過港交所上市聆訊，預計下週招股。", "2025-06-10");
        Ipo i = only(doc, Ipo.class);
        assertEquals("壁仞科技", i.company().name());
        assertEquals(Optional.of("HKEX"), i.exchange());
        assertEquals(Optional.of(IpoStatus.APPROVED), i.status(), describe(doc));
    }

    @Test
    void aCompanyDescribedAsListedIsNoListing() {
        none(analyze("港股上市软件服务商「智联云科」公布中期业绩，收入按年增长18.6%。", "2025-08-20"), Ipo.class);
        none(analyze("本地上市科技股讯程控股昨晚发出公告，以3.36亿港元收购声声智能70%股权。", "2025-08-20"), Ipo.class);
        Ipo listed = only(analyze("小米集团今日在港股上市，首日收涨5%。", "2025-08-20"), Ipo.class);
        assertEquals("小米", listed.company().name());
    }

    @Test
    void theExchangeIsNeverTheCompanyListing() {
        Document doc = analyze("餐饮SaaS服务商「味达科技」再度向港交所递交上市申请。这是公司第二次递表。", "2025-06-30");
        for (Ipo i : doc.events(Ipo.class)) {
            assertNotEquals("香港交易所", i.company().name(), describe(doc));
        }
    }

    @Test
    void anApprovalToListIsApprovedNotListed() {
        Document doc = analyze("云端服务供应商小米集团获证券委员会批准在主板上市，预计12月挂牌。", "2025-11-20");
        Ipo i = doc.events(Ipo.class).get(0);
        assertEquals(Optional.of(IpoStatus.APPROVED), i.status(), describe(doc));
    }
}
