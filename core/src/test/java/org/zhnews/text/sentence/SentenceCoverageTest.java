package org.zhnews.text.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.zhnews.testkit.RandomText;

/**
 * Random text of every kind through the segmenter: the sentences always cover the text (or the
 * region) in order without gaps or overlaps, their clauses cover them, no boundary splits a
 * surrogate pair, no sentence runs on past a line break, and no content run exceeds the limit.
 */
class SentenceCoverageTest {

    private static final int ROUNDS = 3000;

    @Test
    void randomTextIsCoveredInOrder() {
        Random random = new Random(20250113L);
        RandomText texts = new RandomText(random);
        SentenceSegmenter[] segmenters = {SentenceSegmenter.standard(), SentenceSegmenter.withMaxLength(8),
            SentenceSegmenter.withMaxLength(33)};
        for (int round = 0; round < ROUNDS; round++) {
            String text = switch (round % 3) {
                case 0 -> texts.next(600);
                case 1 -> texts.clean(600);
                default -> texts.adversarial(900);
            };
            SentenceSegmenter segmenter = segmenters[round % segmenters.length];
            check(text, 0, text.length(), segmenter);
            if (!text.isEmpty()) {
                int a = random.nextInt(text.length() + 1);
                int b = a + random.nextInt(text.length() - a + 1);
                check(text, a, b, segmenter);
            }
        }
    }

    private static void check(String text, int from, int to, SentenceSegmenter segmenter) {
        List<SentenceSegment> sentences = segmenter.segment(text, from, to);
        Supplier<String> where = () -> " in " + escape(text.substring(from, to));
        assertEquals(sentences, segmenter.segment(text, from, to), () -> "deterministic" + where.get());
        if (from == to) {
            assertTrue(sentences.isEmpty(), where);
            return;
        }
        int pos = from;
        for (int k = 0; k < sentences.size(); k++) {
            SentenceSegment s = sentences.get(k);
            assertEquals(pos, s.start(), () -> "contiguous" + where.get());
            assertTrue(s.end() > s.start(), where);
            if (k > 0) {
                assertFalse(splitsPair(text, s.start()), () -> "surrogate pair split" + where.get());
                assertFalse(Marks.isWhitespace(text.charAt(s.start())), () -> "starts with white space" + where.get());
            }
            int contentEnd = s.end();
            while (contentEnd > s.start() && Marks.isWhitespace(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            int contentStart = s.start();
            while (contentStart < contentEnd && Marks.isWhitespace(text.charAt(contentStart))) {
                contentStart++; // only the first sentence may start with white space
            }
            for (int i = contentStart; i < contentEnd; i++) {
                assertFalse(Marks.isLineBreak(text.charAt(i)), () -> "runs past a line break" + where.get());
            }
            assertTrue(contentEnd - s.start() <= segmenter.maxLength(), () -> "too long" + where.get());
            int c = s.start();
            for (ClauseSegment clause : s.clauses()) {
                assertEquals(c, clause.start(), () -> "clauses contiguous" + where.get());
                c = clause.end();
            }
            assertEquals(s.end(), c, where);
            pos = s.end();
        }
        assertEquals(to, pos, () -> "covers the region" + where.get());
    }

    private static boolean splitsPair(String text, int i) {
        return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
                && Character.isLowSurrogate(text.charAt(i));
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(300).forEach(cp -> sb.append(cp < 0x20 || cp > 0x7E && cp < 0xA0
                ? String.format("\\u%04X", cp) : new String(Character.toChars(cp))));
        return sb.toString();
    }
}
