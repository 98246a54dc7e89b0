package org.zhnews.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhnews.core.offset.OffsetMap;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.Clause;
import org.zhnews.core.structure.Sentence;
import org.zhnews.core.structure.Structure;
import org.zhnews.text.sentence.ClauseSegment;
import org.zhnews.text.sentence.SentenceSegment;
import org.zhnews.text.sentence.SentenceSegmenter;

/**
 * The sentences of one document, made once after the structure step: each article segmented
 * on its own, each boundary mapped to the original so that the original ranges cover the
 * original in order too. Immutable.
 */
final class Sentences {

    private static final Sentences NONE = new Sentences(List.of(), SentenceSegmenter.DEFAULT_MAX_LENGTH);

    private final List<Sentence> list;
    /** The segmenter's longest sentence: no sentence's words lie further from one another. */
    private final int reach;

    private Sentences(List<Sentence> list, int reach) {
        this.list = List.copyOf(list);
        this.reach = reach;
    }

    /** The sentences of {@code text}, whose map back to an original of {@code map.originalLength()} is {@code map}. */
    static Sentences of(String text, OffsetMap map, Structure structure, SentenceSegmenter segmenter) {
        if (text.isEmpty()) {
            return NONE;
        }
        List<SentenceSegment> segments = new ArrayList<>();
        List<Integer> articles = new ArrayList<>();
        for (int a = 0; a < structure.articles().size(); a++) {
            Article article = structure.articles().get(a);
            for (SentenceSegment s : segmenter.segment(text, article.range().start(), article.range().end())) {
                segments.add(s);
                articles.add(a);
            }
        }
        int[] originalStarts = new int[segments.size() + 1];
        for (int k = 1; k < segments.size(); k++) {
            originalStarts[k] = Math.max(originalStarts[k - 1], map.toOriginalStart(segments.get(k).start()));
        }
        originalStarts[segments.size()] = map.originalLength();
        List<Sentence> out = new ArrayList<>(segments.size());
        for (int k = 0; k < segments.size(); k++) {
            SentenceSegment s = segments.get(k);
            TextRange original = new TextRange(originalStarts[k], originalStarts[k + 1]);
            out.add(new Sentence(k, new TextRange(s.start(), s.end()), original, clauses(s, original, map),
                    articles.get(k)));
        }
        return new Sentences(out, segmenter.maxLength());
    }

    private static List<Clause> clauses(SentenceSegment s, TextRange original, OffsetMap map) {
        List<ClauseSegment> segments = s.clauses();
        List<Clause> out = new ArrayList<>(segments.size());
        int originalStart = original.start();
        for (int k = 0; k < segments.size(); k++) {
            ClauseSegment c = segments.get(k);
            int originalEnd = k + 1 < segments.size()
                    ? Math.min(original.end(), Math.max(originalStart, map.toOriginalStart(c.end())))
                    : original.end();
            out.add(new Clause(new TextRange(c.start(), c.end()), new TextRange(originalStart, originalEnd)));
            originalStart = originalEnd;
        }
        return out;
    }

    /** The sentences in text order. */
    List<Sentence> list() {
        return list;
    }

    /**
     * The sentence holding the normalized offset {@code offset}; the text's end belongs to the
     * last sentence.
     *
     * @throws IndexOutOfBoundsException if there is no sentence (an empty text) or the offset
     *                                   lies outside the text
     */
    Sentence at(int offset) {
        if (list.isEmpty()) {
            throw new IndexOutOfBoundsException("an empty text has no sentence");
        }
        Objects.checkIndex(offset, list.get(list.size() - 1).range().end() + 1);
        int lo = 0;
        int hi = list.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (list.get(mid).range().start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return list.get(lo);
    }

    /** See {@link ExtractionContext#sentenceWindow(int, int)}. */
    TextRange window(int start, int end) {
        if (end < start) {
            throw new IndexOutOfBoundsException("bad span [" + start + ", " + end + ")");
        }
        int from = Math.max(at(start).range().start(), start - reach);
        int to = Math.min(at(end > start ? end - 1 : start).range().end(), end + reach);
        return new TextRange(from, Math.max(to, end));
    }
}
