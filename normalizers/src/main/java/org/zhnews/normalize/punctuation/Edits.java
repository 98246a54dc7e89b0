package org.zhnews.normalize.punctuation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zhnews.core.offset.OffsetMap;
import org.zhnews.core.offset.Rewriter;

/**
 * Edits a pass wants to make to its input, collected in any order and applied through a
 * {@link Rewriter} so that the offset map always matches the text. Edits must not overlap;
 * an insertion sits before any replacement starting at the same offset. Not thread-safe.
 */
final class Edits {

    private record Edit(int start, int end, String text, long seq) {
    }

    private final String source;
    private final List<Edit> edits = new ArrayList<>();

    Edits(String source) {
        this.source = source;
    }

    /** Replaces {@code [start, end)} by {@code text}, unless that would change nothing. */
    void replace(int start, int end, String text) {
        if (source.regionMatches(start, text, 0, text.length()) && end - start == text.length()) {
            return;
        }
        edits.add(new Edit(start, end, text, edits.size()));
    }

    void insert(int at, String text) {
        edits.add(new Edit(at, at, text, edits.size()));
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    /** The edited text and its map. */
    Pass.Result apply(List<org.zhnews.core.Warning> warnings) {
        if (edits.isEmpty()) {
            return new Pass.Result(source, OffsetMap.identity(source.length()), warnings);
        }
        edits.sort(Comparator.comparingInt(Edit::start)
                .thenComparingInt(e -> e.end() - e.start())
                .thenComparingLong(Edit::seq));
        Rewriter rw = new Rewriter(source);
        int pos = 0;
        for (Edit e : edits) {
            if (e.start() < pos) {
                continue; // overlapping edit: the first one wins
            }
            rw.keep(e.start() - pos);
            if (e.start() == e.end()) {
                rw.insert(e.text());
            } else {
                rw.replace(e.end() - e.start(), e.text());
            }
            pos = e.end();
        }
        rw.keepRest();
        return new Pass.Result(rw.text(), rw.offsetMap(), warnings);
    }
}
