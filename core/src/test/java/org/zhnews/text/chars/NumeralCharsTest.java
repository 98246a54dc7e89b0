package org.zhnews.text.chars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumeralCharsTest {

    @Test
    void digitsInEveryForm() {
        String[] forms = {"0123456789", "０１２３４５６７８９", "零一二三四五六七八九", "〇壹贰叁肆伍陆柒捌玖"};
        for (String form : forms) {
            for (int v = 0; v < 10; v++) {
                assertEquals(v, NumeralChars.digit(form.charAt(v)), form.charAt(v) + " in " + form);
            }
        }
        assertEquals(2, NumeralChars.digit('两'));
        assertEquals(2, NumeralChars.digit('兩'));
        assertEquals(3, NumeralChars.digit('參'));
        assertEquals(0, NumeralChars.digit('○'));
        assertEquals(-1, NumeralChars.digit('十'));
        assertEquals(-1, NumeralChars.digit('a'));
    }

    @Test
    void unitsAndTheirPowers() {
        assertEquals(1, NumeralChars.unitPower('十'));
        assertEquals(1, NumeralChars.unitPower('拾'));
        assertEquals(3, NumeralChars.unitPower('仟'));
        assertEquals(4, NumeralChars.unitPower('萬'));
        assertEquals(8, NumeralChars.unitPower('億'));
        assertEquals(12, NumeralChars.unitPower('兆'));
        assertEquals(0, NumeralChars.unitPower('个'));
        assertTrue(NumeralChars.isSmallUnit('百'));
        assertFalse(NumeralChars.isSmallUnit('万'));
        assertTrue(NumeralChars.isBigUnit('亿'));
        assertEquals(30, NumeralChars.tens('卅'));
        assertEquals(0, NumeralChars.tens('十'));
    }

    @Test
    void aRangeOfUnitsOnly() {
        assertTrue(NumeralChars.allUnits("每百万4元", 1, 3));
        assertFalse(NumeralChars.allUnits("每百万4元", 1, 4), "a digit in the range");
        assertFalse(NumeralChars.allUnits("三百万", 0, 3), "a Chinese digit in the range");
        assertTrue(NumeralChars.allUnits("按千", 1, 2));
    }

    @Test
    void everydayNumeralsLeaveOutTheFinancialForms() {
        for (char c : "〇○零一二三四五六七八九两兩十百千万亿兆萬億".toCharArray()) {
            assertTrue(NumeralChars.isChineseNumeral(c), String.valueOf(c));
        }
        for (char c : "壹伍陆拾佰仟3３几个".toCharArray()) {
            assertFalse(NumeralChars.isChineseNumeral(c), String.valueOf(c));
        }
        assertTrue(NumeralChars.isFinancial('陆'));
        assertFalse(NumeralChars.isFinancial('六'));
        assertTrue(NumeralChars.isChineseDigit('两'));
        assertFalse(NumeralChars.isChineseDigit('十'));
        assertFalse(NumeralChars.isChineseDigit('5'));
    }
}
