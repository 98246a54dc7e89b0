package org.zhnews.extract.lexicon;

import org.zhnews.text.match.DictionaryMatcher;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.match.Match;
import org.zhnews.extract.knowledge.CompanySurface;
import org.zhnews.extract.knowledge.KnownName;
import org.zhnews.extract.knowledge.ModelSurface;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

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
        this.companies = Collections.unmodifiableList(companies);
        this.models = Collections.unmodifiableList(models);
        this.companyLongest = Collections.unmodifiableList(DictionaryMatcher.longestLeftmost(companies));
        this.modelLongest = Collections.unmodifiableList(DictionaryMatcher.longestLeftmost(models));
        this.latinCut = Collections.unmodifiableList(latinCut);
    }

    /** Splits the hits of the knowledge base's dictionary on {@code text}. */
    static NameHits of(CharSequence text, List<Match<KnownName>> hits) {
        List<Match<CompanySurface>> companies = new ArrayList<>();
        List<Match<ModelSurface>> models = new ArrayList<>();
        List<Match<CompanySurface>> latinCut = new ArrayList<>();
        for (Match<KnownName> hit : hits) {
            int companyValues = 0;
            for (KnownName name : hit.values()) {
                if (name instanceof CompanySurface) {
                    companyValues++;
                }
            }
            if (companyValues > 0) {
                Match<CompanySurface> company = companyValues == hit.values().size()
                        ? cast(hit) : new Match<>(hit.start(), hit.end(), only(hit, CompanySurface.class));
                (digitAfterLatin(text, hit.end()) ? latinCut : companies).add(company);
            }
            if (companyValues < hit.values().size()) {
                models.add(companyValues == 0 ? cast(hit) : new Match<>(hit.start(), hit.end(), only(hit, ModelSurface.class)));
            }
        }
        return new NameHits(companies, models, latinCut);
    }

    /** The hit itself, as a hit of the one kind all its values are (a hit is immutable). */
    @SuppressWarnings("unchecked")
    private static <T extends KnownName> Match<T> cast(Match<KnownName> hit) {
        return (Match<T>) (Match<?>) hit;
    }

    private static <T extends KnownName> List<T> only(Match<KnownName> hit, Class<T> kind) {
        List<T> out = new ArrayList<>(hit.values().size());
        for (KnownName name : hit.values()) {
            if (kind.isInstance(name)) {
                out.add(kind.cast(name));
            }
        }
        return out;
    }

    private static boolean digitAfterLatin(CharSequence text, int end) {
        return end < text.length() && CharClass.isLatinWordChar(text.charAt(end - 1)) && CharClass.isArabicDigit(text.charAt(end));
    }

    /**
     * Every company-name hit.
     *
     * @return the hits, unmodifiable, by start then decreasing length
     */
    public List<Match<CompanySurface>> companies() {
        return companies;
    }

    /**
     * Every model-name hit (family surfaces and short forms).
     *
     * @return the hits, unmodifiable, by start then decreasing length
     */
    public List<Match<ModelSurface>> models() {
        return models;
    }

    /**
     * The company-name hits reduced to the longest leftmost ones that do not overlap.
     *
     * @return the hits, unmodifiable, in text order
     */
    public List<Match<CompanySurface>> companyLongest() {
        return companyLongest;
    }

    /**
     * The model-name hits reduced to the longest leftmost ones that do not overlap.
     *
     * @return the hits, unmodifiable, in text order
     */
    public List<Match<ModelSurface>> modelLongest() {
        return modelLongest;
    }

    /** Company-name hits cut off by the Latin boundary rule (a digit follows). */
    List<Match<CompanySurface>> latinCut() {
        return latinCut;
    }

    /** These hits without those {@code blocked} says are no names (this object when none is). */
    NameHits without(Predicate<Match<?>> blocked) {
        List<Match<CompanySurface>> c = companies.stream().filter(blocked.negate()).collect(Collectors.toList());
        List<Match<ModelSurface>> m = models.stream().filter(blocked.negate()).collect(Collectors.toList());
        return c.size() == companies.size() && m.size() == models.size() ? this : new NameHits(c, m, latinCut);
    }
}
