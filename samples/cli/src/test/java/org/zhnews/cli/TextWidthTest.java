package org.zhnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextWidthTest {

    @Test
    void hanAndFullWidthTakeTwoColumns() {
        assertEquals(4, TextWidth.of("字节"));
        assertEquals(2, TextWidth.of("，"));
        assertEquals(2, TextWidth.of("Ａ"));
        assertEquals(5, TextWidth.of("Qwen3"));
        assertEquals(9, TextWidth.of("Qwen3通义"));
        assertEquals(2, TextWidth.of("𠮷"));
        assertEquals(1, TextWidth.of("e\u0301"));
        assertEquals(2, TextWidth.of("a\u200bb"));
    }

    @Test
    void truncateCountsColumnsAndEndsWithEllipsis() {
        assertEquals("字节跳动", TextWidth.truncate("字节跳动", 8));
        assertEquals("字节跳…", TextWidth.truncate("字节跳动有限公司", 7));
        assertEquals("字节跳…", TextWidth.truncate("字节跳动有限公司", 8));
        assertEquals(7, TextWidth.of(TextWidth.truncate("字节跳动有限公司", 8)));
        assertEquals("abcdefg…", TextWidth.truncate("abcdefghijk", 8));
        assertEquals("…公司", TextWidth.truncateStart("字节跳动有限公司", 5));
    }

    @Test
    void padFillsToColumns() {
        assertEquals("字节  ", TextWidth.pad("字节", 6));
        assertEquals("ab    ", TextWidth.pad("ab", 6));
        assertEquals("字节跳动", TextWidth.pad("字节跳动", 3));
    }

    @Test
    void oneLineReplacesBreaksAndDropsFormatCharacters() {
        assertEquals("a b c", TextWidth.oneLine("a\nb\tc"));
        assertEquals("ab", TextWidth.oneLine("a\u202eb"));
    }
}
