package org.zhnews.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.zhnews.extract.event.EventCases.analyze;
import static org.zhnews.extract.event.EventCases.describe;
import static org.zhnews.extract.event.EventCases.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Document;
import org.zhnews.core.event.Acquisition;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.Funding;
import org.zhnews.core.event.Ipo;
import org.zhnews.core.event.Modality;
import org.zhnews.core.event.ModelRelease;
import org.zhnews.core.event.Personnel;

/** How the text asserts an event: stated, reported, planned or rumoured. */
class ModalityTest {

    private static Modality modality(String text, Class<? extends Event> type) {
        Document doc = analyze(text, "2025-06-10");
        return only(doc, type).modality();
    }

    @Test
    void anAnnouncementIsStated() {
        assertEquals(Modality.STATED, modality("机器人公司灵犀动力今日宣布完成2亿元A轮融资。", Funding.class));
        assertEquals(Modality.STATED, modality("美团宣布以7亿美元收购光年之外。", Acquisition.class));
        assertEquals(Modality.STATED, modality("商汤科技今日在港交所挂牌上市。", Ipo.class));
    }

    @Test
    void aReportIsReported() {
        assertEquals(Modality.REPORTED, modality("據報導，鼎晟智能已完成B輪融資。", Funding.class));
        assertEquals(Modality.REPORTED, modality("据知情人士透露，字节跳动AI Lab负责人周文涛已离职。", Personnel.class));
        assertEquals(Modality.REPORTED, modality("據知情人士透露，月之暗面考慮明年赴港上市。", Ipo.class));
    }

    @Test
    void aPlanIsPlanned() {
        assertEquals(Modality.PLANNED, modality("宇树科技计划于年内完成新一轮融资。", Funding.class));
        assertEquals(Modality.PLANNED, modality("鴻海擬以新台幣50億元收購廣達。", Acquisition.class));
        assertEquals(Modality.PLANNED, modality("百度计划收购欢聚集团。", Acquisition.class));
        assertEquals(Modality.PLANNED, modality("智谱计划于今年第四季度发布GLM-5。", ModelRelease.class));
        assertEquals(Modality.PLANNED, modality("宇树科技将于下周在科创板上市。", Ipo.class));
        assertEquals(Modality.PLANNED, modality("百度拟任命陈志远为首席技术官。", Personnel.class));
    }

    @Test
    void aRumourIsRumoured() {
        assertEquals(Modality.RUMOURED, modality("市场传言宇树科技正在筹划新一轮融资，估值或达100亿元。", Funding.class));
        assertEquals(Modality.RUMOURED, modality("據傳，鴻海有意收購廣達。", Acquisition.class));
        assertEquals(Modality.RUMOURED, modality("市场传闻美团有意收购搜狗。", Acquisition.class));
        assertEquals(Modality.RUMOURED, modality("市场人士猜测，阿里巴巴或将发布Qwen4。", ModelRelease.class));
    }

    @Test
    void talksOnAnInsidersWordAreNoDeal() {
        Modality m = modality("据知情人士透露，阿里巴巴正洽谈收购自动驾驶初创公司灵犀动力。", Acquisition.class);
        assertNotEquals(Modality.STATED, m);
    }

    @Test
    void aReportWordAfterTheTriggerLeavesItStated() {
        Document doc = analyze("宇树科技完成C轮融资，据悉投后估值超过100亿元。", "2025-06-10");
        assertEquals(Modality.STATED, only(doc, Funding.class).modality());
    }

    @Test
    void aPlanInAnotherClauseLeavesTheFactStated() {
        assertEquals(Modality.STATED, modality("宇树科技计划扩大产能，今日宣布完成C轮融资。", Funding.class));
    }

    @Test
    void eachEventOfADocumentHasItsOwnModality() {
        Document doc = analyze("灵犀动力宣布完成2亿元A轮融资。据悉，京东正洽谈收购爱奇艺。百度拟任命陈志远为首席技术官。",
                "2025-06-10");
        List<Modality> all = doc.events().stream().map(Event::modality).toList();
        assertEquals(List.of(Modality.STATED, Modality.RUMOURED, Modality.PLANNED), all, describe(doc));
    }
    @Test
    void aReportCreditedToANamedOutletIsReported() {
        assertEquals(Modality.REPORTED, modality("据彭博社报道，月之暗面已完成新一轮融资，金额超过3亿美元。", Funding.class));
    }
    @Test
    void aDeniedRumourIsNotStated() {
        Document doc = analyze("月之暗面回应称，网传公司完成新一轮融资的消息不实。", "2025-06-10");
        doc.events(Funding.class).forEach(f -> assertNotEquals(Modality.STATED, f.modality(), describe(doc)));
    }
}
