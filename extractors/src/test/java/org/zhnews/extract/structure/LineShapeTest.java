package org.zhnews.extract.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineShapeTest {

    @Test
    void separatorsAreRulesOfThreeOrMore() {
        assertTrue(LineShape.separator("-----"));
        assertTrue(LineShape.separator("= = ="));
        assertTrue(LineShape.separator("———"));
        assertFalse(LineShape.separator("-"));
        assertFalse(LineShape.separator("--- 完"));
    }

    @Test
    void listItemsHaveBulletsOrNumbers() {
        assertTrue(LineShape.listItem("- 标题"));
        assertTrue(LineShape.listItem("1. 标题"));
        assertTrue(LineShape.listItem("12、标题"));
        assertTrue(LineShape.listItem("▶ 折叠手机值得买吗？"));
        assertTrue(LineShape.listItem("3)标题"));
        assertFalse(LineShape.listItem("1.5亿用户"));
        assertFalse(LineShape.listItem("2024年的变化"));
        assertFalse(LineShape.listItem("---"));
    }

    @Test
    void headlinesAreShortAndDoNotEndAClause() {
        assertTrue(LineShape.titleShaped("大模型价格战还能打多久?"));
        assertTrue(LineShape.titleShaped("腾讯,大动作!加码AI"));
        assertFalse(LineShape.titleShaped("以下是本周要点:"));
        assertFalse(LineShape.titleShaped("公司宣布降价。"));
        assertFalse(LineShape.titleShaped("追赶"));
        assertFalse(LineShape.titleShaped("#AI部署"));
        assertFalse(LineShape.titleShaped("这是一条很长的句子".repeat(10)));
    }

    @Test
    void junkIsShortWithoutAFullStop() {
        assertTrue(LineShape.junkShaped("- 4 马斯克给的惊喜够吗?"));
        assertTrue(LineShape.junkShaped("点赞"));
        assertTrue(LineShape.junkShaped(""));
        assertFalse(LineShape.junkShaped("公司表示将继续投入研发。"));
        assertFalse(LineShape.junkShaped("- 营收同比增长15%,达到120亿元。"));
        assertFalse(LineShape.junkShaped("这是一段没有句号但是很长很长的文字".repeat(3)));
    }
}
