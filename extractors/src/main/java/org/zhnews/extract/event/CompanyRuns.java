package org.zhnews.extract.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.mention.CompanyMention;

/**
 * Lists of companies in a sentence ({@code A、B和C}) read backwards from a role word
 * ({@code 领投}) or forwards from one ({@code 投资方包括}), and the subject before a trigger.
 * Stateless.
 */
final class CompanyRuns {

    /** What may stand between two companies of one list, or between a list and its role word. */
    private static final String LIST_GLUE = "、,，和及与以等机构方共同联合继续持续均也再次老股东跟参投资人其中、 ;；旗下基金/的()（）";
    private static final int MAX_GLUE = 10;

    private CompanyRuns() {
    }

    /** The list of companies that ends just before {@code pos} (only glue between), in text order. */
    static List<CompanyMention> before(SentenceView s, int pos) {
        List<CompanyMention> out = new ArrayList<>();
        int at = pos;
        for (int i = s.companies.size() - 1; i >= 0; i--) {
            CompanyMention c = s.companies.get(i);
            if (c.end() > at) {
                continue;
            }
            if (!glue(s, c.end(), at)) {
                break;
            }
            out.add(c);
            at = c.start();
        }
        Collections.reverse(out);
        return out;
    }

    /** The list of companies that starts just after {@code pos} (only glue between), in text order. */
    static List<CompanyMention> after(SentenceView s, int pos) {
        List<CompanyMention> out = new ArrayList<>();
        int at = pos;
        for (CompanyMention c : s.companies) {
            if (c.start() < at) {
                continue;
            }
            if (!glue(s, at, c.start())) {
                break;
            }
            out.add(c);
            at = c.end();
        }
        return out;
    }

    /** Whether {@code [from, to)} holds only list glue, glue words ({@code 旗下的}, {@code 日本}) blanked first. */
    static boolean glue(SentenceView s, int from, int to) {
        if (to - from > 3 * MAX_GLUE) {
            return false;
        }
        StringBuilder gap = new StringBuilder(s.gap(from, to));
        for (Hit h : s.hits("any", "glue")) {
            if (h.start() >= from && h.end() <= to) {
                for (int i = h.start(); i < h.end(); i++) {
                    gap.setCharAt(i - from, ' ');
                }
            }
        }
        return glue(gap.toString().replace(" ", ""));
    }

    static boolean glue(String gap) {
        if (gap.length() > MAX_GLUE) {
            return false;
        }
        for (int i = 0; i < gap.length(); i++) {
            if (LIST_GLUE.indexOf(gap.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the company is cited as a source ({@code 据36氪报道}), not as an actor. */
    static boolean isSource(SentenceView s, CompanyMention c) {
        return s.doc.cited(c);
    }

    /**
     * The actor before {@code pos} in the sentence: the first company before it that is not a
     * source and not in {@code exclude}; empty when there is none.
     */
    static Optional<CompanyMention> subjectBefore(SentenceView s, int pos, List<CompanyMention> exclude) {
        for (CompanyMention c : s.companies) {
            if (c.end() > pos) {
                break;
            }
            if (!isSource(s, c) && !exclude.contains(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The first company after {@code pos} in the clause of {@code pos} that is not a source. */
    static Optional<CompanyMention> objectAfter(SentenceView s, int pos) {
        int clauseEnd = s.clauseAt(pos).range().end();
        for (CompanyMention c : s.companies) {
            if (c.start() >= pos && c.end() <= clauseEnd && !isSource(s, c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
