package org.zhnews.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhnews.extract.event.EventCases.analyze;
import static org.zhnews.extract.event.EventCases.describe;
import static org.zhnews.extract.event.EventCases.name;
import static org.zhnews.extract.event.EventCases.none;
import static org.zhnews.extract.event.EventCases.only;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Document;
import org.zhnews.core.event.Modality;
import org.zhnews.core.event.Personnel;
import org.zhnews.core.event.PersonnelChange;
import org.zhnews.core.event.TextRole;

/** People moves: who joined, left or was appointed, where, to which post. */
class PersonnelEventsTest {

    @Test
    void anAppointmentWithItsPost() {
        Document doc = analyze("百度宣布任命陈志远为首席技术官。", "2025-06-10");
        Personnel p = only(doc, Personnel.class);
        assertEquals("陈志远", p.person().value());
        assertEquals("陈志远", p.person().span().text());
        assertEquals("百度", name(p.company()));
        assertEquals(Optional.of("首席技术官"), p.role().map(TextRole::value));
        assertEquals(PersonnelChange.APPOINT, p.change());
        assertEquals(Modality.STATED, p.modality());
    }

    @Test
    void takingUpAPost() {
        Document doc = analyze("小米集团宣布，林雅婷出任首席财务官。", "2025-06-10");
        Personnel p = only(doc, Personnel.class);
        assertEquals("林雅婷", p.person().value());
        assertEquals("小米", name(p.company()));
        assertEquals(Optional.of("首席财务官"), p.role().map(TextRole::value));
        assertEquals(PersonnelChange.APPOINT, p.change());
    }

    @Test
    void aTraditionalNameIsWrittenSimplifiedWithItsSurfaceKept() {
        Document doc = analyze("鴻海宣布，由張志明接任董事長。", "2025-06-10");
        Personnel p = only(doc, Personnel.class);
        assertEquals("张志明", p.person().value());
        assertEquals("張志明", p.person().span().text());
        assertEquals("鸿海", name(p.company()));
        assertEquals(Optional.of("董事长"), p.role().map(TextRole::value));
        assertEquals(PersonnelChange.APPOINT, p.change());
    }

    @Test
    void aDepartureOnAnInsidersWord() {
        Document doc = analyze("据知情人士透露，字节跳动AI Lab负责人周文涛已离职。", "2025-06-10");
        Personnel p = only(doc, Personnel.class);
        assertEquals("周文涛", p.person().value());
        assertEquals("字节跳动", name(p.company()));
        assertEquals(PersonnelChange.LEAVE, p.change());
        assertEquals(Modality.REPORTED, p.modality());
    }

    @Test
    void aJoinerIsNamedWithTheCompanyJoined() {
        Document doc = analyze("前阿里巴巴副总裁林志远已加入英伟达。", "2025-06-10");
        Personnel p = only(doc, Personnel.class);
        assertEquals("林志远", p.person().value());
        assertEquals("英伟达", name(p.company()), "the company joined, not the one left");
        assertEquals(PersonnelChange.JOIN, p.change());
    }

    @Test
    void aLatinNameLeaving() {
        Document doc = analyze("OpenAI联合创始人David Chen离开OpenAI，加入Anthropic。", "2025-06-10");
        List<Personnel> moves = doc.events(Personnel.class);
        Personnel leave = moves.stream().filter(p -> p.change() == PersonnelChange.LEAVE).findFirst().orElseThrow();
        assertEquals("David Chen", leave.person().value());
        assertEquals("OpenAI", name(leave.company()));
    }

    @Test
    void theSuccessorIsAppointedAndThePredecessorLeft() {
        Document doc = analyze("腾讯任命张立新为腾讯云总裁，接替此前离职的王海东。", "2025-06-10");
        List<Personnel> moves = doc.events(Personnel.class);
        assertEquals(2, moves.size(), describe(doc));
        assertEquals("张立新", moves.get(0).person().value());
        assertEquals(PersonnelChange.APPOINT, moves.get(0).change());
        assertEquals(Optional.of("总裁"), moves.get(0).role().map(TextRole::value));
        assertEquals("王海东", moves.get(1).person().value());
        assertEquals(PersonnelChange.LEAVE, moves.get(1).change());
    }

    @Test
    void aTitleAloneIsNoMove() {
        none(analyze("联想集团董事长刘建华表示，公司将继续加大AI投入。", "2025-06-10"), Personnel.class);
    }
    @Test
    void aFormerPostIsNotThePostJoined() {
        Document doc = analyze("前阿里巴巴副总裁林志远已加入英伟达。", "2025-06-10");
        Personnel p = only(doc, Personnel.class);
        assertEquals(Optional.empty(), p.role(), describe(doc));
    }
    @Test
    void thePostTakenAfterJoiningIsTheRole() {
        Document doc = analyze("智谱宣布，原微软亚洲研究院研究员周明轩加盟智谱，出任首席科学家。", "2025-06-10");
        Personnel p = only(doc, Personnel.class);
        assertEquals("周明轩", p.person().value());
        assertEquals("智谱", name(p.company()));
        assertEquals(Optional.of("首席科学家"), p.role().map(TextRole::value), describe(doc));
    }
    @Test
    void leavingOneCompanyForAnotherIsTwoMoves() {
        Document doc = analyze("OpenAI联合创始人David Chen离开OpenAI，加入Anthropic。", "2025-06-10");
        List<Personnel> moves = doc.events(Personnel.class);
        assertEquals(2, moves.size(), describe(doc));
        Personnel join = moves.stream().filter(p -> p.change() == PersonnelChange.JOIN).findFirst().orElseThrow();
        assertEquals("David Chen", join.person().value());
        assertEquals("Anthropic", name(join.company()));
    }

    @Test
    void aSuccessorTakesThePostAndCompanyOfTheOneWhoLeaves() {
        Document doc = analyze("阿里巴巴宣布，旗下阿里云首席技术官王海峰将于月底离职，职务由现任阿里云智能事业部总经理李晓雯接任。",
                "2025-06-10");
        Personnel successor = doc.events(Personnel.class).stream()
                .filter(p -> p.person().value().equals("李晓雯")).findFirst().orElseThrow(() -> new AssertionError(describe(doc)));
        assertEquals(PersonnelChange.APPOINT, successor.change());
        assertEquals("阿里云", name(successor.company()), describe(doc));
        assertEquals(Optional.of("首席技术官"), successor.role().map(TextRole::value), describe(doc));
    }

    @Test
    void theOneReplacedLeavesThePostTheSuccessorTakes() {
        Document doc = analyze("小米集团宣布，委任前华为副总裁陈立新为首席财务官，接替任期届满的周明远。", "2025-06-10");
        Personnel left = doc.events(Personnel.class).stream()
                .filter(p -> p.change() == PersonnelChange.LEAVE).findFirst().orElseThrow(() -> new AssertionError(describe(doc)));
        assertEquals("周明远", left.person().value());
        assertEquals(Optional.of("首席财务官"), left.role().map(TextRole::value), describe(doc));
        assertEquals("小米", name(left.company()), describe(doc));
    }

    @Test
    void aFormerEmployerWithAUnitBetweenItAndTheFormerWord() {
        Document doc = analyze("蔚来宣布，委任美光科技（Micron）新加坡厂区前副总裁黄慧敏为总裁。", "2026-02-23");
        Personnel p = only(doc, Personnel.class);
        assertEquals("蔚来", name(p.company()), describe(doc));
    }

    @Test
    void aLatinGlossAfterAnHonorificIsTheSamePerson() {
        Document doc = analyze("百度宣布，梁嘉颖博士(Dr Leong Chia Ying)将出任技术总监。", "2025-09-23");
        Personnel p = only(doc, Personnel.class);
        assertEquals("梁嘉颖", p.person().value(), describe(doc));
    }

    @Test
    void everyPersonOfAListCutBySeparatorsMoves() {
        Document doc = analyze("今年以来，小米已将前百度研究员王立群、前华为工程师赵海涛等招至麾下。", "2025-06-10");
        List<String> people = doc.events(Personnel.class).stream().map(p -> p.person().value()).toList();
        assertEquals(List.of("王立群", "赵海涛"), people, describe(doc));
    }

    @Test
    void aShortFormOfACompanyIsNoPerson() {
        Document doc = analyze("服务器代工厂华鼎电脑昨天通过人事案。华鼎同时宣布延揽前谷歌副总经理Daniel Hsu出任技术长。", "2026-02-05");
        List<String> people = doc.events(Personnel.class).stream().map(p -> p.person().value()).toList();
        assertEquals(List.of("Daniel Hsu"), people, describe(doc));
    }
}
