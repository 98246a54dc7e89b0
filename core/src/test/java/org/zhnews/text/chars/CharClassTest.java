package org.zhnews.text.chars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharClassTest {

    @Test
    void hanIdeographsOfEveryExtensionAndTheCompatibilityBlocks() {
        for (int cp : new int[] {'中', '〇' + 0x1C00 /* 㐇 ext A */, 0x3400, 0x4DBF, 0x9FFF, 0xF900, 0xFA6D,
                0x20000, 0x2A6DF, 0x2A700, 0x2B740, 0x2B820, 0x2CEB0, 0x2EBF0, 0x2F800, 0x30000, 0x31350, 0x323AF}) {
            assertTrue(CharClass.isHanIdeograph(cp), Integer.toHexString(cp));
            assertTrue(CharClass.isHan(cp), Integer.toHexString(cp));
            assertTrue(CharClass.isCjk(cp), Integer.toHexString(cp));
        }
        for (int cp : new int[] {'a', '。', 0x4DC0 /* hexagram */, 0x3007, 0x2F00, 0xFB00, 0x2A6E0, 0x323B0, 0x3040}) {
            assertFalse(CharClass.isHanIdeograph(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void theHanScriptAddsMarksAndRadicals() {
        assertTrue(CharClass.isHan('〇'));
        assertTrue(CharClass.isHan('々'));
        assertTrue(CharClass.isHan('⼀')); // Kangxi radical one
        assertFalse(CharClass.isHan('〆'));
        assertFalse(CharClass.isHan('あ'));
        assertFalse(CharClass.isHan('，'));
    }

    @Test
    void theHanScriptMatchesTheJdkWhereTheJdkKnowsTheCharacter() {
        for (int cp = 0; cp <= 0x3FFFF; cp++) {
            if (Character.getType(cp) == Character.UNASSIGNED) {
                continue;
            }
            boolean jdk = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            assertEquals(jdk, CharClass.isHan(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void cjkLettersIncludeKanaBopomofoAndEnclosedButNotTheKatakanaMiddleDot() {
        assertTrue(CharClass.isCjk('あ'));
        assertTrue(CharClass.isCjk('カ'));
        assertTrue(CharClass.isCjk('ㄅ'));
        assertTrue(CharClass.isCjk('㈠'));
        assertFalse(CharClass.isCjk('・'));
        assertFalse(CharClass.isCjk('한'));
        assertFalse(CharClass.isCjk('A'));
    }

    @Test
    void wideCharactersForLayout() {
        for (char c : "中あカ・한，　Ａ㈠ㄅ".toCharArray()) {
            assertTrue(CharClass.isWide(c), String.valueOf(c));
        }
        for (char c : "aé,ｶ".toCharArray()) {
            assertFalse(CharClass.isWide(c), String.valueOf(c));
        }
    }

    @Test
    void chinesePunctuationIsNarrowerThanThePunctuationBlocks() {
        for (char c : "。、，：；？！（）「」《》【】…—“”‘’·～".toCharArray()) {
            assertTrue(CharClass.isChinesePunctuation(c), String.valueOf(c));
            assertTrue(CharClass.isCjkPunctuationBlock(c), String.valueOf(c));
        }
        assertFalse(CharClass.isChinesePunctuation('\u3000'));
        assertTrue(CharClass.isCjkPunctuationBlock('\u3000'));
        assertFalse(CharClass.isChinesePunctuation('＃'));
        assertTrue(CharClass.isCjkPunctuationBlock('＃'));
        assertFalse(CharClass.isCjkPunctuationBlock(','));
    }

    @Test
    void latinWordCharactersInEitherWidth() {
        for (char c : "aZ09ａＺ０９".toCharArray()) {
            assertTrue(CharClass.isLatinWordChar(c), String.valueOf(c));
        }
        for (char c : "_-. é中".toCharArray()) {
            assertFalse(CharClass.isLatinWordChar(c), String.valueOf(c));
        }
        assertTrue(CharClass.isArabicDigit('７'));
        assertFalse(CharClass.isAsciiDigit('７'));
        assertTrue(CharClass.isLatinLetter('ｑ'));
        assertFalse(CharClass.isAsciiAlnum('ｑ'));
        assertTrue(CharClass.isFullWidthAscii('！'));
        assertFalse(CharClass.isFullWidthAscii('\u3000'));
    }

    @Test
    void allHanOverARange() {
        assertTrue(CharClass.allHan("据华为公告", 1, 3));
        assertFalse(CharClass.allHan("印尼的Gojek", 0, 5));
        assertTrue(CharClass.allHan("abc", 2, 2));
        assertTrue(CharClass.allHan("abc", 3, 1));
        assertFalse(CharClass.allHan("\uD840\uDC00", 0, 2)); // a supplementary ideograph as two chars
    }
}
