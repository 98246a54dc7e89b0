package org.zhnews.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhnews.core.mention.Company;
import org.zhnews.core.mention.CompanyMention;

/**
 * Company matching of event roles as {@code ../shared/tools/score_events.py} does it
 * ({@code company_tokens}, {@code pred_names}, {@code company_match}, {@code company_list_match}),
 * for one document: its entity gold's surfaces per canonical widen the names of a gold company,
 * and its optional companies need not be predicted inside an investor list.
 *
 * <p>Names are normalized with {@link EntityScorer#normName} and the words of a canonical are
 * {@link EntityScorer#canonicalTokens}; the script drops a narrower set of generic words from
 * them than {@code score.py} ({@link #GENERIC}). A gold company's tokens: each parenthesised
 * alias; the canonical without them, whole, per segment between {@code / | , ;}, the Chinese
 * characters of a segment and the rest of it; every word of two characters or more that is not
 * generic; every surface of the canonical in the entity gold. A prediction's names are its id,
 * name, English name and surface, each whole, without its parenthesised parts, and those split
 * into Chinese characters and the rest.
 *
 * <p>Immutable after construction except for a token cache; confined to one thread.
 */
final class EventCompanies {

    /**
     * The script's generic words: {@code score.py}'s ({@link EntityScorer#GENERIC}) without the
     * words it added later ({@code daily}, {@code agency}, {@code robotics}, ...).
     */
    static final Set<String> GENERIC = generic();

    /** No entity gold: canonicals alone, nothing optional. */
    static final EventCompanies NONE = new EventCompanies(Map.of(), Set.of());

    private static final Pattern PAREN = Pattern.compile("[(（][^)）]*[)）]");
    private static final Pattern PAREN_INSIDE = Pattern.compile("[(（]([^)）]*)[)）]");
    private static final Pattern SEGMENT = Pattern.compile("[/|,;]");

    private final Map<String, Set<String>> surfaces;
    private final Set<String> optional;
    private final Map<String, Set<String>> cache = new HashMap<>();

    /**
     * @param surfaces surfaces per canonical of the document's entity gold
     * @param optional canonicals that are only ever optional there
     */
    EventCompanies(Map<String, Set<String>> surfaces, Set<String> optional) {
        this.surfaces = Map.copyOf(surfaces);
        this.optional = Set.copyOf(optional);
    }

    /** Whether {@code canonical} is an optional company of the entity gold. */
    boolean optional(String canonical) {
        return optional.contains(canonical);
    }

    /** The tokens that identify the gold company {@code canonical} in this document. */
    Set<String> tokens(String canonical) {
        return cache.computeIfAbsent(canonical, c -> goldTokens(c, surfaces.getOrDefault(c, Set.of())));
    }

    /**
     * A predicted company: the names it is matched by ({@link #predNames}) and its surface, for reports.
     *
     * @param names normalized names
     * @param text  the surface
     */
    record Names(Set<String> names, String text) {
        Names {
            names = Set.copyOf(names);
        }

        /** The surface. */
        @Override
        public String toString() {
            return text;
        }
    }

    /** The names of a company mention. */
    static Names of(CompanyMention m) {
        return new Names(predNames(m), m.text());
    }

    /**
     * Whether a predicted company matches a gold value: a gold {@code null} wants no prediction;
     * an object-shaped gold value is read by its canonical, name or text.
     *
     * @param pred the prediction, {@code null} for none
     */
    boolean matches(Names pred, Object gold) {
        if (gold == null) {
            return pred == null;
        }
        if (pred == null) {
            return false;
        }
        for (String t : tokens(goldName(gold))) {
            if (pred.names().contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Set equality of a predicted list with a gold list: every prediction matches some gold
     * item, and every gold item is matched or an optional company.
     */
    boolean listMatches(List<Names> pred, List<?> gold) {
        Set<Integer> used = new HashSet<>();
        for (Names p : pred) {
            boolean hit = false;
            for (int i = 0; i < gold.size(); i++) {
                if (matches(p, gold.get(i))) {
                    used.add(i);
                    hit = true;
                }
            }
            if (!hit) {
                return false;
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            Object g = gold.get(i);
            if (!used.contains(i) && !(g instanceof String s && optional(s))) {
                return false;
            }
        }
        return true;
    }

    /** The names a company mention is matched by: its id, name, English name and surface. */
    static Set<String> predNames(CompanyMention m) {
        List<String> values = new ArrayList<>();
        values.add(m.id().orElse(null));
        values.add(m.name());
        values.add(m.company().flatMap(Company::nameEn).orElse(null));
        values.add(m.text());
        return predNames(values);
    }

    /** The names of a prediction given by its strings (blank and null ones skipped). */
    static Set<String> predNames(List<String> values) {
        Set<String> names = new LinkedHashSet<>();
        for (String s : values) {
            if (s == null || s.isBlank()) {
                continue;
            }
            names.add(EntityScorer.normName(s));
            String s2 = PAREN.matcher(s).replaceAll(" ");
            names.add(EntityScorer.normName(s2));
            names.add(EntityScorer.normName(cjk(s2)));
            names.add(EntityScorer.normName(nonCjk(s2)));
        }
        names.remove("");
        return names;
    }

    /** The tokens of a gold canonical widened by its surfaces. */
    static Set<String> goldTokens(String canonical, Set<String> surfaces) {
        String c = canonical == null ? "" : canonical;
        Set<String> toks = new HashSet<>();
        Matcher m = PAREN_INSIDE.matcher(c);
        while (m.find()) {
            toks.add(EntityScorer.normName(m.group(1)));
        }
        String rest = PAREN.matcher(c).replaceAll(" ");
        toks.add(EntityScorer.normName(rest));
        for (String seg : SEGMENT.split(rest, -1)) {
            toks.add(EntityScorer.normName(seg));
            toks.add(EntityScorer.normName(cjk(seg)));
            toks.add(EntityScorer.normName(nonCjk(seg)));
        }
        for (String w : EntityScorer.canonicalTokens(rest)) {
            if (w.codePointCount(0, w.length()) >= 2 && !GENERIC.contains(w)) {
                toks.add(w);
            }
        }
        for (String s : surfaces) {
            toks.add(EntityScorer.normName(s));
        }
        toks.remove("");
        return toks;
    }

    /** The name a gold company value is written with (a string, or an object's canonical, name or text). */
    static String goldName(Object gold) {
        if (gold instanceof Map<?, ?> map) {
            for (String f : List.of("canonical", "name", "text")) {
                if (map.get(f) instanceof String s && !s.isEmpty()) {
                    return s;
                }
            }
            return "";
        }
        return String.valueOf(gold);
    }

    /** The script's CJK runs of {@code s} joined ({@code [\u3400-\u9fff\uf900-\ufaff]}). */
    static String cjk(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (isCjk(s.charAt(i))) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** {@code s} with each CJK run replaced by one space. */
    static String nonCjk(String s) {
        StringBuilder out = new StringBuilder();
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (isCjk(ch)) {
                if (!inRun) {
                    out.append(' ');
                }
                inRun = true;
            } else {
                out.append(ch);
                inRun = false;
            }
        }
        return out.toString();
    }

    private static boolean isCjk(char c) {
        return (c >= '\u3400' && c <= '\u9fff') || (c >= '\uf900' && c <= '\ufaff');
    }

    private static Set<String> generic() {
        Set<String> g = new HashSet<>(EntityScorer.GENERIC);
        g.removeAll(Set.of("daily", "agency", "robotics", "robot", "semiconductor", "motors", "group)", "private"));
        return Set.copyOf(g);
    }
}
