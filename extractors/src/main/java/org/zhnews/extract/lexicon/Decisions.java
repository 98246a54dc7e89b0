package org.zhnews.extract.lexicon;

import org.zhnews.text.match.Match;
import org.zhnews.extract.knowledge.CompanySurface;
import org.zhnews.extract.knowledge.ModelSurface;

import java.util.Comparator;
import java.util.List;

/**
 * Every decision of the {@link Arbiter} on one document, in text order (by start, then longer
 * first). A span is read one way only: a company-base name and a model never share a span,
 * though they may overlap ({@code 腾讯} in the model {@code 腾讯混元}). Immutable.
 */
public final class Decisions {

    /** Longest name looked back over when asking what covers a position. */
    private static final int MAX_NAME = 64;

    private final List<Decision> all;
    private final List<Decision> companies;
    private final List<Decision> models;
    private final List<Match<CompanySurface>> companyNames;
    private final List<Match<ModelSurface>> modelNames;

    Decisions(List<Decision> decisions, NameHits found) {
        this.all = decisions.stream().sorted(Comparator.comparingInt(Decision::start)
                .thenComparing(Comparator.comparingInt(Decision::end).reversed())
                .thenComparing(Decision::reading)).toList();
        this.companies = all.stream().filter(Decision::isCompanyBase).toList();
        this.models = all.stream().filter(d -> d.reading() == Reading.MODEL).toList();
        this.companyNames = found.companyLongest();
        this.modelNames = found.models();
    }

    /**
     * Every decision, rejections included.
     *
     * @return the decisions, unmodifiable, in text order
     */
    public List<Decision> all() {
        return all;
    }

    /**
     * The spans read as companies, products or institutions.
     *
     * @return the company-base decisions, unmodifiable, in text order
     */
    public List<Decision> companies() {
        return companies;
    }

    /**
     * The spans read as models (their end after the version and variant).
     *
     * @return the model decisions, unmodifiable, in text order
     */
    public List<Decision> models() {
        return models;
    }

    /**
     * Whether a dictionary name found by the pass (a longest company name or any model name,
     * accepted or not) overlaps {@code [start, end)}: a place where a name from elsewhere (an
     * unknown company) should not be reported.
     *
     * @param start first offset of the range in the analysis text
     * @param end   one past its last offset
     * @return {@code true} if such a name overlaps the range
     */
    public boolean touchesName(int start, int end) {
        return overlaps(companyNames, start, end) || overlaps(modelNames, start, end);
    }

    private static boolean overlaps(List<? extends Match<?>> sorted, int start, int end) {
        for (int i = Match.firstAtOrAfter(sorted, start - MAX_NAME); i < sorted.size() && sorted.get(i).start() < end; i++) {
            if (sorted.get(i).end() > start) {
                return true;
            }
        }
        return false;
    }
}
