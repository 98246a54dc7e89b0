package org.zhnews.text.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {

    private final SentenceSegmenter segmenter = SentenceSegmenter.standard();

    @Test
    void anEmptyTextHasNoSentenceAndWhiteSpaceIsOne() {
        assertEquals(List.of(), segmenter.segment(""));
        List<SentenceSegment> blank = segmenter.segment(" \n\u3000\n");
        assertEquals(1, blank.size());
        assertEquals(0, blank.get(0).start());
        assertEquals(4, blank.get(0).end());
    }

    @Test
    void leadingWhiteSpaceJoinsTheFirstSentenceAndTrailingTheLast() {
        String text = "\n\n  苹果发布新品。三星跟进。 \n";
        List<SentenceSegment> s = segmenter.segment(text);
        assertEquals(2, s.size());
        assertEquals("\n\n  苹果发布新品。", text.substring(s.get(0).start(), s.get(0).end()));
        assertEquals("三星跟进。 \n", text.substring(s.get(1).start(), s.get(1).end()));
    }

    @Test
    void aRegionIsSegmentedAloneInOffsetsOfTheWholeText() {
        String text = "上一篇文章的结尾“没有闭合。第二篇开始。第二句。";
        int from = text.indexOf("第二篇");
        List<SentenceSegment> s = segmenter.segment(text, from, text.length());
        assertEquals(2, s.size(), "the open quote before the region is not seen");
        assertEquals(from, s.get(0).start());
        assertEquals("第二句。", text.substring(s.get(1).start(), s.get(1).end()));
        assertEquals(text.length(), s.get(1).end());
        assertThrows(IndexOutOfBoundsException.class, () -> segmenter.segment(text, 3, 2));
    }

    @Test
    void aLongRunWithoutMarksIsCutAtTheLimitAndNeverInsideASurrogatePair() {
        SentenceSegmenter small = SentenceSegmenter.withMaxLength(9);
        String text = "😀".repeat(40);
        List<SentenceSegment> s = small.segment(text);
        assertTrue(s.size() >= 9, s.toString());
        for (SentenceSegment x : s) {
            assertTrue(x.length() <= 9, x.toString());
            assertFalse(Character.isLowSurrogate(text.charAt(x.start())), x.toString());
        }
        assertEquals(text.length(), s.get(s.size() - 1).end());
    }

    @Test
    void aLongSentenceIsCutAfterAClauseMarkOrASpaceWhenItHasOne() {
        SentenceSegmenter small = SentenceSegmenter.withMaxLength(20);
        String commas = "一二三四五六七八九十一二三，四五六七八九十一二三四五六七八九十一二三四五";
        List<SentenceSegment> s = small.segment(commas);
        assertEquals(commas.indexOf('，') + 1, s.get(0).end());
        String words = "alpha beta gamma delta epsilon zeta eta theta iota kappa";
        List<SentenceSegment> w = small.segment(words);
        assertEquals("alpha beta gamma ", words.substring(w.get(0).start(), w.get(0).end()));
    }

    @Test
    void theDefaultLimitHoldsOnAHugeParagraph() {
        String text = "数据".repeat(4999) + "。";
        List<SentenceSegment> s = segmenter.segment(text);
        assertEquals(25, s.size(), "9,999 chars in pieces of 400");
        s.forEach(x -> assertTrue(x.length() <= SentenceSegmenter.DEFAULT_MAX_LENGTH));
    }

    @Test
    void aTooSmallLimitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SentenceSegmenter.withMaxLength(7));
        assertEquals(8, SentenceSegmenter.withMaxLength(8).maxLength());
    }

    @Test
    void anUnclosedQuoteEndsAtItsLineAndTheNextLineSegmentsNormally() {
        String text = "他说：“好。\n第二段。第三句。";
        List<SentenceSegment> s = segmenter.segment(text);
        assertEquals(List.of("他说：“好。\n", "第二段。", "第三句。"),
                s.stream().map(x -> text.substring(x.start(), x.end())).toList());
    }

    @Test
    void deepNestingIsBounded() {
        String text = "（".repeat(100) + "好。" + "）".repeat(100) + "下一句。";
        List<SentenceSegment> s = segmenter.segment(text);
        assertEquals(2, s.size());
        assertEquals(text.length() - 4, s.get(1).start());
    }
}
