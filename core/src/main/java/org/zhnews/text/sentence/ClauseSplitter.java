package org.zhnews.text.sentence;

import java.util.ArrayList;
import java.util.List;
import org.zhnews.text.chars.CharClass;

/**
 * Splits one sentence into clauses that cover it in order. A clause ends after a clause mark
 * ({@code ，,、：:；;}) or an end mark held inside a quotation, the closing quotes right after
 * it and the spaces after those; not
 * inside brackets ({@code （以下简称“智谱”，下同）}), not in a number ({@code 1,000},
 * {@code 12:30}), not between Latin letters or digits ({@code key:value}, {@code a,b}), not in
 * an address ({@code https://}), and not after a list marker ({@code 2、}). A table row splits
 * into its cells instead. A clause always holds at least one character that is no mark.
 * Stateless; time is linear in the sentence's length.
 */
final class ClauseSplitter {

    private ClauseSplitter() {
    }

    /**
     * The clauses of the sentence {@code [start, end)}.
     *
     * @param lineStart whether the sentence's first character that is no white space starts a line
     *                  (so a list marker may stand there)
     * @param tableRow  whether the sentence is a table row
     */
    static List<ClauseSegment> split(CharSequence text, int start, int end, boolean lineStart, boolean tableRow) {
        List<ClauseSegment> out = new ArrayList<>(4);
        int clauseStart = start;
        boolean content = false;
        int brackets = 0;
        int i = start;
        if (lineStart) {
            while (i < end && Marks.isWhitespace(text.charAt(i))) {
                i++;
            }
            int marker = ListMarker.length(text, i, end);
            content = marker > 0;
            i += marker;
        }
        while (i < end) {
            char c = text.charAt(i);
            if (Marks.isPlain(c)) {
                content = true;
                i++;
                continue;
            }
            boolean mark = tableRow ? Marks.isCellSeparator(c)
                    : brackets == 0 && (Marks.isChineseEnd(c) || Marks.isClauseMark(c) && splitsAt(text, i, start, end));
            if (!mark) {
                if (!tableRow) {
                    brackets = track(c, brackets);
                }
                content |= !Marks.isWhitespace(c) && !Marks.isClauseMark(c) && !Marks.isEnd(c);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < end && (tableRow ? Marks.isCellSeparator(text.charAt(j))
                    : Marks.isClauseMark(text.charAt(j)) || Marks.isChineseEnd(text.charAt(j)))) {
                j++;
            }
            while (!tableRow && j < end && Marks.closerFamily(text.charAt(j)) != Marks.NONE) {
                brackets = track(text.charAt(j), brackets); // 。” and ，” keep their closing quote
                j++;
            }
            while (j < end && Marks.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (content && j < end) {
                out.add(new ClauseSegment(clauseStart, j));
                clauseStart = j;
                content = false;
            }
            i = j;
        }
        out.add(new ClauseSegment(clauseStart, end));
        return out;
    }

    /** The bracket depth after {@code c}; quotations do not count, unmatched closers are ignored. */
    private static int track(char c, int brackets) {
        int open = Marks.openerFamily(c);
        if (open != Marks.NONE && !Marks.isQuoteFamily(open)) {
            return Math.min(brackets + 1, LineScanner.MAX_DEPTH);
        }
        int close = Marks.closerFamily(c);
        if (close != Marks.NONE && !Marks.isQuoteFamily(close) && brackets > 0) {
            return brackets - 1;
        }
        return brackets;
    }

    /** Whether the clause mark at {@code i} splits: not inside a number, a Latin word or an address. */
    private static boolean splitsAt(CharSequence text, int i, int start, int end) {
        char c = text.charAt(i);
        if (c == '、' || c == '，' || c == '；') {
            return true;
        }
        char before = i > start ? text.charAt(i - 1) : ' ';
        char after = i + 1 < end ? text.charAt(i + 1) : ' ';
        if (Marks.isDigit(before) && Marks.isDigit(after)) {
            return false; // 1,000 and 12:30 (also 12：30)
        }
        if (c == '：') {
            return true;
        }
        boolean latinBefore = CharClass.isAsciiAlnum(before);
        if (latinBefore && CharClass.isAsciiAlnum(after)) {
            return false; // a,b  key:value  x;y
        }
        return !(c == ':' && (after == '/' || after == '\\'));
    }
}
