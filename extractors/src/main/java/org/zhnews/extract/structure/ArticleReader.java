package org.zhnews.extract.structure;

import org.zhnews.extract.date.FullDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.StructureInput;
import org.zhnews.core.structure.ZoneKind;

/**
 * Reads one article's title, byline, outlet and publication date. The title is the first line
 * that is not a hashtag, rule, zone or metadata line, when it is headline-shaped and more text
 * follows. Byline, outlet and date come from metadata lines and reprint notices in the
 * article's head (before its first clean paragraph) or tail (after its last); a credit in
 * parentheses ending the last paragraph, or a credit line of its own right after it, names the
 * outlet first. Stateless.
 */
final class ArticleReader {

    private ArticleReader() {
    }

    /** The article over lines {@code [from, to)}, spanning normalized {@code [start, end)}. */
    static Article read(List<LineFacts> lines, int from, int to, int start, int end, StructureInput in) {
        int first = LineFacts.firstCleanParagraph(lines, from, to);
        int last = LineFacts.lastCleanParagraph(lines, from, to);
        int headEnd = first < 0 ? to : first;
        int tailStart = last < 0 ? to : last + 1;
        Optional<String> byline = Optional.empty();
        Optional<String> outlet = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        Optional<CueBook.Credit> credit = last >= 0 ? lines.get(last).credit() : Optional.empty();
        if (credit.isEmpty() && last >= 0) {
            credit = ownCreditAfter(lines, last, to);
        }
        if (credit.isPresent()) {
            CueBook.Credit c = credit.get();
            if (c.byline()) {
                byline = Optional.of(c.value());
            } else {
                outlet = Optional.of(c.value());
            }
        }
        for (int[] region : new int[][] {{from, headEnd}, {tailStart, to}}) {
            for (int i = region[0]; i < region[1]; i++) {
                LineFacts f = lines.get(i);
                if (!carriesMeta(f)) {
                    continue;
                }
                if (byline.isEmpty()) {
                    byline = f.byline().map(CueBook.Meta::value);
                }
                if (outlet.isEmpty()) {
                    outlet = f.outlet().map(CueBook.Meta::value);
                }
                if (date.isEmpty()) {
                    date = f.date().map(FullDates.Found::date);
                }
            }
        }
        return new Article(new TextRange(start, end), in.articleOriginal(start, end), title(lines, from, to),
                byline, outlet, date);
    }

    /** The credit on the first non-blank line after line {@code last}, if it is a credit line of its own. */
    private static Optional<CueBook.Credit> ownCreditAfter(List<LineFacts> lines, int last, int to) {
        for (int i = last + 1; i < to; i++) {
            if (!lines.get(i).blank()) {
                return lines.get(i).ownCredit();
            }
        }
        return Optional.empty();
    }

    /** Metadata lines and reprint or copyright notices carry bylines, outlets and dates. */
    private static boolean carriesMeta(LineFacts f) {
        if (f.meta()) {
            return true;
        }
        return f.zoneCue().flatMap(c -> c.kind().zone())
                .map(k -> k == ZoneKind.REPRINT_NOTICE || k == ZoneKind.COPYRIGHT).orElse(false);
    }

    private static Optional<String> title(List<LineFacts> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            LineFacts f = lines.get(i);
            if (f.blank() || f.hashtag() || f.separator() || f.meta() || f.zoneCue().isPresent()) {
                continue;
            }
            if (!f.titleLike()) {
                return Optional.empty();
            }
            for (int j = i + 1; j < to; j++) {
                if (!lines.get(j).blank()) {
                    return Optional.of(f.line().text());
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }
}
