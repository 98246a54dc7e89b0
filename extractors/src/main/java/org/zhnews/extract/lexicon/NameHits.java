package org.zhnews.extract.lexicon;

import org.zhnews.text.match.DictionaryMatcher;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.match.Match;
import org.zhnews.extract.knowledge.CompanySurface;
import org.zhnews.extract.knowledge.KnownName;
import org.zhnews.extract.knowledge.ModelSurface;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The dictionary names of one text, from one {@link Lexicon} pass, split by kind: company names
 * and model names, each as all hits (possibly overlapping, ordered by start then decreasing
 * length) and reduced to the longest leftmost ones. A company name ending in a Latin letter or
 * digit does not match where a digit follows ({@code Meta3}: the Latin boundary rule; a model
 * name may: {@code Qwen3}). Immutable.
 */
public final class NameHits {

    private final List<Match<CompanySurface>> companies;
    private final List<Match<ModelSurface>> models;
    private final List<Match<CompanySurface>> companyLongest;
    private final List<Match<ModelSurface>> modelLongest;
    private final List<Match<CompanySurface>> latinCut;

    private NameHits(List<Match<CompanySurface>> companies, List<Match<ModelSurface>> models,
                     List<Match<CompanySurface>> latinCut) {
        this.companies = List.copyOf(companies);
        this.models = List.copyOf(models);
        this.companyLongest = List.copyOf(DictionaryMatcher.longestLeftmost(companies));
        this.modelLongest = List.copyOf(DictionaryMatcher.longestLeftmost(models));
        this.latinCut = List.copyOf(latinCut);
    }

    /** Splits the hits of the knowledge base's dictionary on {@code text}. */
    static NameHits of(CharSequence text, List<Match<KnownName>> hits) {
        List<Match<CompanySurface>> companies = new ArrayList<>();
        List<Match<ModelSurface>> models = new ArrayList<>();
        List<Match<CompanySurface>> latinCut = new ArrayList<>();
        for (Match<KnownName> hit : hits) {
            List<CompanySurface> c = new ArrayList<>();
            List<ModelSurface> m = new ArrayList<>();
            for (KnownName name : hit.values()) {
                if (name instanceof CompanySurface s) {
                    c.add(s);
                } else if (name instanceof ModelSurface s) {
                    m.add(s);
                }
            }
            if (!c.isEmpty()) {
                Match<CompanySurface> company = new Match<>(hit.start(), hit.end(), c);
                (digitAfterLatin(text, hit.end()) ? latinCut : companies).add(company);
            }
            if (!m.isEmpty()) {
                models.add(new Match<>(hit.start(), hit.end(), m));
            }
        }
        return new NameHits(companies, models, latinCut);
    }

    private static boolean digitAfterLatin(CharSequence text, int end) {
        return end < text.length() && CharClass.isLatinWordChar(text.charAt(end - 1)) && CharClass.isArabicDigit(text.charAt(end));
    }

    /** Every company-name hit. */
    public List<Match<CompanySurface>> companies() {
        return companies;
    }

    /** Every model-name hit (family surfaces and short forms). */
    public List<Match<ModelSurface>> models() {
        return models;
    }

    /** The company-name hits reduced to the longest leftmost ones that do not overlap. */
    public List<Match<CompanySurface>> companyLongest() {
        return companyLongest;
    }

    /** The model-name hits reduced to the longest leftmost ones that do not overlap. */
    public List<Match<ModelSurface>> modelLongest() {
        return modelLongest;
    }

    /** Company-name hits cut off by the Latin boundary rule (a digit follows). */
    List<Match<CompanySurface>> latinCut() {
        return latinCut;
    }

    /** These hits without those {@code blocked} says are no names. */
    NameHits without(Predicate<Match<?>> blocked) {
        return new NameHits(companies.stream().filter(blocked.negate()).toList(),
                models.stream().filter(blocked.negate()).toList(), latinCut);
    }
}
