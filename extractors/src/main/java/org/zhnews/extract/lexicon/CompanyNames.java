package org.zhnews.extract.lexicon;

import org.zhnews.core.offset.TextRange;
import org.zhnews.text.match.Match;
import org.zhnews.extract.knowledge.CompanySurface;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The unambiguous knowledge-base company names of one text, indexed by position, for the
 * questions the arbiter asks about model names: which companies are named in a range, is a model
 * name inside or equal to a company name. Queries take logarithmic time plus the hits they
 * look at. One instance serves one text on one thread.
 */
final class CompanyNames {

    /** Longest company surface looked back over when asking what covers a position. */
    private static final int MAX_NAME = 64;

    private final List<Match<CompanySurface>> hits = new ArrayList<>();
    private final Set<String> all = new HashSet<>();

    CompanyNames(List<Match<CompanySurface>> sortedHits) {
        for (Match<CompanySurface> m : sortedHits) {
            int plain = 0;
            for (CompanySurface v : m.values()) {
                if (!v.contextOnly()) {
                    plain++;
                    all.add(v.entry().id());
                }
            }
            if (plain == m.values().size()) {
                hits.add(m);
            } else if (plain > 0) {
                hits.add(new Match<>(m.start(), m.end(), m.values().stream().filter(v -> !v.contextOnly()).toList()));
            }
        }
    }

    /** Ids of every company named in the text. */
    Set<String> all() {
        return all;
    }

    /** Ids of the companies named within {@code [from, to)}. */
    Set<String> within(int from, int to) {
        Set<String> ids = new HashSet<>();
        for (int i = Match.firstAtOrAfter(hits, from); i < hits.size() && hits.get(i).start() < to; i++) {
            Match<CompanySurface> m = hits.get(i);
            if (m.end() <= to) {
                m.values().forEach(v -> ids.add(v.entry().id()));
            }
        }
        return ids;
    }

    /** Ids of the companies named within {@code range} (a sentence window, say). */
    Set<String> within(TextRange range) {
        return within(range.start(), range.end());
    }

    /** Id of the last company named within {@code [from, to)} (its name ending last), if any. */
    Optional<String> lastEndingBy(int from, int to) {
        Match<CompanySurface> last = null;
        for (int i = Match.firstAtOrAfter(hits, from); i < hits.size() && hits.get(i).start() < to; i++) {
            Match<CompanySurface> m = hits.get(i);
            if (m.end() <= to && (last == null || m.end() >= last.end())) {
                last = m;
            }
        }
        return last == null ? Optional.empty() : Optional.of(last.values().get(0).entry().id());
    }

    /** Start of the company name ending last within {@code [from, to)}, or -1. */
    int lastEndingStart(int from, int to) {
        Match<CompanySurface> last = null;
        for (int i = Match.firstAtOrAfter(hits, from); i < hits.size() && hits.get(i).start() < to; i++) {
            Match<CompanySurface> m = hits.get(i);
            if (m.end() <= to && (last == null || m.end() >= last.end())) {
                last = m;
            }
        }
        return last == null ? -1 : last.start();
    }

    /** End of the last company name within {@code [from, to)}, or -1. */
    int lastEnd(int from, int to) {
        int end = -1;
        for (int i = Match.firstAtOrAfter(hits, from); i < hits.size() && hits.get(i).start() < to; i++) {
            if (hits.get(i).end() <= to) {
                end = Math.max(end, hits.get(i).end());
            }
        }
        return end;
    }

    /** Whether a company name covers {@code [start, end)} and is longer ({@code 百川} in {@code 百川智能}). */
    boolean coversLonger(int start, int end) {
        for (int i = Match.firstAtOrAfter(hits, Math.max(0, start - MAX_NAME)); i < hits.size() && hits.get(i).start() <= start; i++) {
            Match<CompanySurface> m = hits.get(i);
            if (m.end() >= end && m.length() > end - start) {
                return true;
            }
        }
        return false;
    }

    /** Whether a company name spans exactly {@code [start, end)}. */
    boolean equals(int start, int end) {
        for (int i = Match.firstAtOrAfter(hits, start); i < hits.size() && hits.get(i).start() == start; i++) {
            if (hits.get(i).end() == end) {
                return true;
            }
        }
        return false;
    }

}
