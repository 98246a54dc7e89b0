package org.zhnews.text.sentence;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Splits a text into sentences that cover it in order, each split into clauses that cover it.
 *
 * <p>What ends a sentence: a line break (news paragraphs are lines); a Chinese end mark
 * ({@code 。！？；……}); a Latin one ({@code . ! ? ;}) where the context says so (see
 * {@link LatinStop}: never in {@code 3.5}, {@code U.S.}, {@code Inc.}, {@code e.g.}, addresses
 * or versions). The closing quotes and brackets right after an end mark stay in its sentence
 * ({@code 。」}, {@code ！”}, {@code 。）}); an end mark inside brackets or quotes does not end
 * the sentence, unless the bracket is never closed on its line (see {@link LineScanner}). A
 * list marker at the start of a line ({@code 1.} {@code 2、} {@code （一）} {@code ①}
 * {@code •}) opens a sentence and is part of it; a table row (a line with two or more
 * {@code |} or a tab between cells) is one sentence, its cells the clauses. The white space
 * after a sentence (spaces, line breaks, the next line's indent) belongs to it; only the first
 * sentence of a region may start with white space. A sentence longer than {@link #maxLength()}
 * is cut after its last clause mark or space in the second half of the limit, else at the
 * limit (never inside a surrogate pair). Clauses: see {@link ClauseSplitter}.
 *
 * <p>Offsets are UTF-16 code units of the text given. Time is linear in the length of the
 * text; no regular expression is used. Instances are immutable and thread-safe.
 */
public final class SentenceSegmenter {

    /** The default longest sentence, in code units, before it is cut: 400. */
    public static final int DEFAULT_MAX_LENGTH = 400;
    /** The smallest {@link #maxLength()} accepted. */
    public static final int MIN_MAX_LENGTH = 8;

    private static final SentenceSegmenter STANDARD = new SentenceSegmenter(DEFAULT_MAX_LENGTH);

    private final int maxLength;

    private SentenceSegmenter(int maxLength) {
        this.maxLength = maxLength;
    }

    /**
     * The segmenter with the default limit; one shared instance.
     *
     * @return the shared segmenter with {@link #DEFAULT_MAX_LENGTH}
     */
    public static SentenceSegmenter standard() {
        return STANDARD;
    }

    /**
     * A segmenter that cuts sentences longer than {@code maxLength} code units.
     *
     * @param maxLength the longest sentence, in code units
     * @return a new segmenter
     * @throws IllegalArgumentException if {@code maxLength < MIN_MAX_LENGTH}
     */
    public static SentenceSegmenter withMaxLength(int maxLength) {
        if (maxLength < MIN_MAX_LENGTH) {
            throw new IllegalArgumentException("maxLength must be at least " + MIN_MAX_LENGTH + ": " + maxLength);
        }
        return new SentenceSegmenter(maxLength);
    }

    /**
     * The longest sentence before it is cut, in code units (its trailing white space not counted).
     *
     * @return the limit, at least {@link #MIN_MAX_LENGTH}
     */
    public int maxLength() {
        return maxLength;
    }

    /**
     * The sentences of the whole text; empty for an empty text.
     *
     * @param text the text
     * @return a new list of sentences covering {@code text}
     */
    public List<SentenceSegment> segment(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return segment(text, 0, text.length());
    }

    /**
     * The sentences of the region {@code [from, to)} of the text, in offsets of the whole text;
     * they cover the region exactly. Text outside the region is not read.
     *
     * @param text the text
     * @param from first code unit of the region
     * @param to   one past its last code unit
     * @return a new list of sentences covering the region; empty when it is empty
     * @throws IndexOutOfBoundsException unless {@code 0 <= from <= to <= text.length()}
     */
    public List<SentenceSegment> segment(CharSequence text, int from, int to) {
        Objects.requireNonNull(text, "text");
        Objects.checkFromToIndex(from, to, text.length());
        List<SentenceSegment> out = new ArrayList<>();
        if (from == to) {
            return out;
        }
        BitSet cuts = new BitSet(to - from + 1);
        BitSet rows = new BitSet();
        LineScanner scanner = new LineScanner();
        int pos = from;
        while (pos < to) {
            int lineEnd = pos;
            while (lineEnd < to && !Marks.isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            if (isTableRow(text, pos, lineEnd)) {
                rows.set(pos - from, lineEnd - from);
            } else {
                scanner.scan(text, pos, lineEnd, cuts, from);
            }
            cuts.set(lineEnd - from);
            pos = lineEnd + 1;
        }
        int start = from;
        int content = skipWhitespace(text, from, to);
        for (int c = cuts.nextSetBit(0); c >= 0 && from + c < to; c = cuts.nextSetBit(c + 1)) {
            int cut = from + c;
            if (cut <= content) {
                continue;
            }
            int next = skipWhitespace(text, cut, to);
            if (next >= to) {
                break;
            }
            emit(text, start, next, content, rows.get(content - from), from, out);
            start = next;
            content = next;
            c = next - from - 1;
        }
        emit(text, start, to, Math.min(content, to - 1), content < to && rows.get(content - from), from, out);
        return out;
    }

    /** Adds the sentence {@code [start, end)}, cut into pieces of bounded length. */
    private void emit(CharSequence text, int start, int end, int content, boolean tableRow, int from,
                      List<SentenceSegment> out) {
        boolean lineStart = startsLine(text, content, from);
        while (end - start > maxLength) {
            int cut = cutPoint(text, start, end);
            if (cut >= end) {
                break;
            }
            out.add(new SentenceSegment(start, cut, ClauseSplitter.split(text, start, cut, lineStart, tableRow)));
            start = cut;
            lineStart = false;
        }
        out.add(new SentenceSegment(start, end, ClauseSplitter.split(text, start, end, lineStart, tableRow)));
    }

    /**
     * Where an over-long sentence from {@code start} is cut: after the last clause or end mark
     * in the second half of the limit, else after the last space there, else at the limit; the
     * white space after the cut joins the piece before it.
     */
    private int cutPoint(CharSequence text, int start, int end) {
        int limit = start + maxLength;
        int floor = start + maxLength / 2;
        int space = -1;
        int cut = -1;
        for (int p = limit; p > floor && cut < 0; p--) {
            char before = text.charAt(p - 1);
            if (Marks.isClauseMark(before) || Marks.isEnd(before)) {
                cut = p;
            } else if (space < 0 && Marks.isWhitespace(before)) {
                space = p;
            }
        }
        if (cut < 0) {
            cut = space >= 0 ? space : limit;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1)) && Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        return skipWhitespace(text, cut, end);
    }

    /** Whether {@code i} is the first character of its line that is not a space. */
    private static boolean startsLine(CharSequence text, int i, int from) {
        int k = i - 1;
        while (k >= from && Marks.isSpace(text.charAt(k))) {
            k--;
        }
        return k < from || Marks.isLineBreak(text.charAt(k));
    }

    /** A line with two or more {@code |} (or {@code ｜}), or a tab between cells. */
    static boolean isTableRow(CharSequence text, int start, int end) {
        int pipes = 0;
        int first = skipSpaces(text, start, end);
        int last = end;
        while (last > first && Marks.isSpace(text.charAt(last - 1))) {
            last--;
        }
        for (int i = first; i < last; i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                return true;
            }
            if (c == '|' || c == '｜') {
                pipes++;
            }
        }
        return pipes >= 2;
    }

    private static int skipSpaces(CharSequence text, int i, int end) {
        while (i < end && Marks.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipWhitespace(CharSequence text, int i, int end) {
        while (i < end && Marks.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
