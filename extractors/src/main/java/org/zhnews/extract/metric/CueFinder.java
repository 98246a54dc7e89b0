package org.zhnews.extract.metric;

import org.zhnews.text.match.PrefixTrie;
import org.zhnews.text.sentence.SentenceMarks;
import java.util.Optional;

/**
 * Finds the cue word ({@code cues.tsv}) that gives a percentage or a multiple its kind: the
 * nearest one before the figure in the same clause, at most {@value #CUE_WINDOW} characters
 * away (a cue stands close to its figure). Immutable and thread-safe.
 *
 * <p>The clause is not the document's clause ({@link org.zhnews.core.structure.Sentence#clauses()}):
 * those end at a colon and a list comma, but a label's colon ties it to its figure
 * ({@code 毛利率：45%}, the lines of a results table) and a list comma joins figures of one cue.
 * Read in the document's clauses, such figures lose their kind (measured: three rates of the
 * news passages, {@code 毛利率：6.25%}). So the marks are the sentence layer's clause ends
 * ({@link SentenceMarks#isClauseEnd}) but those two ({@link #endsClause}).
 */
final class CueFinder {

    private static final int CUE_WINDOW = 24;
    private static final String LEVEL = "至到为為成";
    private static final String NEAR_GAP = "了约約近超过過逾达達高多至少为為 ";

    private final MetricWords words;

    CueFinder(MetricWords words) {
        this.words = words;
    }

    /**
     * The nearest cue word before {@code from} in the same clause; a rise or fall that names a
     * level (降到, 增长至) is passed over, and a near-only cue must stand right before the figure.
     */
    PrefixTrie.Hit<MetricWords.Cue> findCue(String text, int from, int figureStart) {
        int limit = Math.max(0, from - CUE_WINDOW);
        for (int p = from; p > limit; p--) {
            char c = text.charAt(p - 1);
            if (endsClause(c)) {
                return null;
            }
            Optional<PrefixTrie.Hit<MetricWords.Cue>> hit = words.cues.longestEndingAt(text, p);
            if (hit.isEmpty() || hit.get().start() < limit || clauseEndIn(text, hit.get().start(), hit.get().end())) {
                continue;
            }
            PrefixTrie.Hit<MetricWords.Cue> h = hit.get();
            MetricWords.Cue cue = h.value();
            if (cue.nearOnly() && !nearGap(text, h.end(), figureStart)) {
                continue;
            }
            if (cue.sign() != 0 && namesLevel(text, h.end())) {
                p = h.start() + 1;
                continue;
            }
            return h;
        }
        return null;
    }

    private static boolean clauseEndIn(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (endsClause(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code c} ends the clause a figure reads its cue or noun in: a clause end of the
     * sentence layer, but the colon and the list comma, which join a label or a list to its figure.
     */
    static boolean endsClause(char c) {
        return SentenceMarks.isClauseEnd(c) && c != '：' && c != ':' && c != '、';
    }

    static boolean nearGap(String text, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (NEAR_GAP.indexOf(text.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean namesLevel(String text, int at) {
        int k = at;
        if (k < text.length() && text.charAt(k) == '了') {
            k++;
        }
        return k < text.length() && LEVEL.indexOf(text.charAt(k)) >= 0;
    }
}
