package org.zhnews.text.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TableRowTest {

    private static List<String> cells(String line) {
        return TableRow.of(line, 0, line.length()).cells().stream()
                .map(c -> line.substring(c.start(), c.end())).collect(Collectors.toList());
    }

    @Test
    void cutsAtTabsBarsIdeographicSpacesAndDoubleSpaces() {
        assertEquals(List.of("公司", "营收", "同比"), cells("公司\t营收\t同比"));
        assertEquals(List.of("星衡智能", "12.5亿元", "+18%"), cells("| 星衡智能 | 12.5亿元 | +18% |"));
        assertEquals(List.of("华鼎电脑", "3.2亿元"), cells("华鼎电脑\u30003.2亿元"));
        assertEquals(List.of("Acme Ltd", "9.1"), cells("Acme Ltd  9.1"));
    }

    @Test
    void aColonAfterABracketedUnitSeparatesTheLabel() {
        assertEquals(List.of("营收（亿元）", "18.6"), cells("营收（亿元）：18.6"));
        assertEquals(List.of("营收：18.6亿元"), cells("营收：18.6亿元"));
    }

    @Test
    void aSentenceIsNoRow() {
        String sentence = "公司今年营收增长两成，净利润翻倍。";
        assertFalse(TableRow.mayBeRow(sentence, 0, sentence.length()));
        assertFalse(TableRow.of(sentence, 0, sentence.length()).isRow());
        assertTrue(TableRow.of("甲\t乙", 0, 3).isRow());
        assertTrue(TableRow.isBlank(" \u3000\t", 0, 3));
        assertFalse(TableRow.isBlank(" 甲 ", 0, 3));
    }
}
