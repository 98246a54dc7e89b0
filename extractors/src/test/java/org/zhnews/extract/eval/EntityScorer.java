package org.zhnews.extract.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.zhnews.core.Document;
import org.zhnews.core.mention.Company;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.extract.eval.GoldPassage.GoldCompany;
import org.zhnews.extract.eval.GoldPassage.GoldModel;

/**
 * Scores a document's company and model mentions against a {@link GoldPassage} with the rules of
 * {@code ../shared/tools/score.py} ({@code company_score}, {@code model_score}), so numbers
 * measured here and with the script over the CLI's JSON agree.
 *
 * <p><b>Companies</b> are a document-level set of entities. Names are compared after
 * {@link #normName}. A gold entry's tokens are the words of its canonical (split at whitespace,
 * {@code / | , ;}; for a required entry without the {@link #GENERIC} words) and its surface;
 * required entries sharing a token merge into one entity (one greedy pass, as the script does).
 * Predictions group by id (else by normalized surface) and carry the names id, name, English
 * name and surface; a prediction that names only optional gold is dropped; a prediction matches
 * when one of its names is a token of a gold entity.
 *
 * <p><b>Models</b> are a document-level set of (family, version+variant) keys. A gold entity is
 * the tokens of its family (each word and the whole) with its version; required entries of equal
 * version sharing a family token merge. A prediction matches when its surface is a gold surface,
 * when versions agree and its family is a gold token, or when family+version spell the same as a
 * gold token+version ({@code o}+{@code 1} = {@code o1}). Predictions matching only optional gold
 * do not count.
 *
 * <p>Stateless; safe from any thread. Positions are ignored: this is entity-level scoring.
 */
public final class EntityScorer {

    private static final String DROPPED = "-_·.,()（）";

    /**
     * Words of English canonicals that name no company on their own ({@code Zhipu AI},
     * {@code Shunwei Capital}): the script's {@code GENERIC}, left out of required gold tokens.
     */
    static final Set<String> GENERIC = Set.of("ai", "group", "capital", "cloud", "inc", "ltd", "co", "corp",
            "corporation", "company", "technology", "technologies", "tech", "holding", "holdings",
            "international", "the", "of", "and", "security", "securities", "bank", "fund", "partners",
            "investment", "investments", "global", "china", "research", "lab", "labs", "data", "electronics",
            "web", "services", "platforms", "systems", "limited", "ventures", "management", "asset", "news",
            "media", "daily", "agency", "robotics", "robot", "semiconductor", "motors", "group)", "private");

    private EntityScorer() {
    }

    /** Companies of {@code doc} against the passage's gold companies. */
    public static EntityScore companies(Document doc, GoldPassage gold) {
        return companies(doc.mentions(CompanyMention.class), gold.companies());
    }

    /** Models of {@code doc} against the passage's gold models. */
    public static EntityScore models(Document doc, GoldPassage gold) {
        return models(doc.mentions(ModelMention.class), gold.models());
    }

    /** Company mentions against gold companies. */
    public static EntityScore companies(List<CompanyMention> mentions, List<GoldCompany> gold) {
        Set<String> optionalTokens = new HashSet<>();
        List<Set<String>> merged = new ArrayList<>();
        List<String> mergedLabel = new ArrayList<>();
        for (GoldCompany c : gold) {
            Set<String> tokens = new HashSet<>(canonicalTokens(c.canonical()));
            if (c.optional()) {
                optionalTokens.addAll(tokens);
                optionalTokens.add(normName(c.surface()));
                continue;
            }
            tokens.removeAll(GENERIC);
            tokens.add(normName(c.surface()));
            tokens.remove("");
            boolean joined = false;
            for (Set<String> m : merged) {
                if (intersects(m, tokens)) {
                    m.addAll(tokens);
                    joined = true;
                    break;
                }
            }
            if (!joined) {
                merged.add(tokens);
                mergedLabel.add(c.surface());
            }
        }
        Map<String, Set<String>> preds = new LinkedHashMap<>();
        Map<String, String> predLabel = new LinkedHashMap<>();
        for (CompanyMention m : mentions) {
            String key = m.id().filter(s -> !s.isEmpty()).orElseGet(() -> normName(m.text()));
            Set<String> names = preds.computeIfAbsent(key, k -> new HashSet<>());
            predLabel.putIfAbsent(key, m.text() + m.id().map(id -> " (" + id + ")").orElse(""));
            addName(names, m.id().orElse(""));
            addName(names, m.name());
            addName(names, m.company().flatMap(Company::nameEn).orElse(""));
            addName(names, m.text());
        }
        preds.values().removeIf(names -> intersects(names, optionalTokens)
                && merged.stream().noneMatch(g -> intersects(g, names)));
        int tpPred = 0;
        Set<Integer> matched = new HashSet<>();
        List<String> extras = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : preds.entrySet()) {
            boolean hit = false;
            for (int i = 0; i < merged.size(); i++) {
                if (intersects(merged.get(i), e.getValue())) {
                    matched.add(i);
                    hit = true;
                }
            }
            if (hit) {
                tpPred++;
            } else {
                extras.add(predLabel.get(e.getKey()));
            }
        }
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            if (!matched.contains(i)) {
                misses.add(mergedLabel.get(i));
            }
        }
        return new EntityScore(tpPred, preds.size(), matched.size(), merged.size(), misses, extras);
    }

    /** Model mentions against gold models. */
    public static EntityScore models(List<ModelMention> mentions, List<GoldModel> gold) {
        List<GoldEntity> required = goldEntities(gold, false);
        List<GoldEntity> optional = goldEntities(gold, true);
        Map<List<String>, Set<String>> preds = new LinkedHashMap<>();
        Map<List<String>, String> predLabel = new LinkedHashMap<>();
        for (ModelMention m : mentions) {
            String version = m.model().version().orElse("") + m.model().variant().orElse("");
            List<String> key = List.of(normName(m.model().family()), normName(version));
            preds.computeIfAbsent(key, k -> new HashSet<>()).add(normName(m.text()));
            predLabel.putIfAbsent(key, m.text() + " (" + m.model().family()
                    + (version.isEmpty() ? "" : " " + version) + ")");
        }
        int tpPred = 0;
        int nPred = 0;
        Set<Integer> matched = new HashSet<>();
        List<String> extras = new ArrayList<>();
        for (Map.Entry<List<String>, Set<String>> e : preds.entrySet()) {
            String family = e.getKey().get(0);
            String version = e.getKey().get(1);
            boolean hit = false;
            for (int i = 0; i < required.size(); i++) {
                if (required.get(i).matches(family, version, e.getValue())) {
                    matched.add(i);
                    hit = true;
                }
            }
            if (hit) {
                tpPred++;
                nPred++;
            } else if (optional.stream().noneMatch(g -> g.matches(family, version, e.getValue()))) {
                nPred++;
                extras.add(predLabel.get(e.getKey()));
            }
        }
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < required.size(); i++) {
            if (!matched.contains(i)) {
                misses.add(required.get(i).label);
            }
        }
        return new EntityScore(tpPred, nPred, matched.size(), required.size(), misses, extras);
    }

    /**
     * The name as the script compares it: lower case (root locale), without whitespace and
     * {@code - _ · . , ( ) （ ）}; {@code ""} for null.
     */
    public static String normName(String s) {
        if (s == null) {
            return "";
        }
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!isSpace(c) && DROPPED.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The normalized words of a canonical, split at whitespace and {@code / | , ;}. */
    static List<String> canonicalTokens(String canonical) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= canonical.length(); i++) {
            if (i == canonical.length() || isCanonicalSeparator(canonical.charAt(i))) {
                if (i > start) {
                    out.add(normName(canonical.substring(start, i)));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Whitespace-separated normalized words of a family, plus the whole family normalized. */
    private static Set<String> familyTokens(String family) {
        Set<String> out = new HashSet<>();
        int start = 0;
        for (int i = 0; i <= family.length(); i++) {
            if (i == family.length() || isSpace(family.charAt(i))) {
                if (i > start) {
                    out.add(normName(family.substring(start, i)));
                }
                start = i + 1;
            }
        }
        out.add(normName(family));
        return out;
    }

    private static List<GoldEntity> goldEntities(List<GoldModel> gold, boolean optional) {
        List<GoldEntity> out = new ArrayList<>();
        for (GoldModel g : gold) {
            if (g.optional() != optional) {
                continue;
            }
            Set<String> tokens = familyTokens(g.family());
            String version = normName(g.version().orElse(null));
            String surface = normName(g.surface());
            GoldEntity into = null;
            for (GoldEntity e : out) {
                if (e.version.equals(version) && intersects(e.tokens, tokens)) {
                    into = e;
                    break;
                }
            }
            if (into == null) {
                out.add(new GoldEntity(tokens, version, new HashSet<>(Set.of(surface)), g.surface()));
            } else {
                into.tokens.addAll(tokens);
                into.surfaces.add(surface);
            }
        }
        return out;
    }

    private static void addName(Set<String> names, String value) {
        if (!value.isEmpty()) {
            names.add(normName(value));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isCanonicalSeparator(char c) {
        return isSpace(c) || c == '/' || c == '|' || c == ',' || c == ';';
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String s : small) {
            if (large.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** A gold model entity under construction: mutable only while the gold list is read. */
    private static final class GoldEntity {
        final Set<String> tokens;
        final String version;
        final Set<String> surfaces;
        final String label;

        GoldEntity(Set<String> tokens, String version, Set<String> surfaces, String label) {
            this.tokens = tokens;
            this.version = version;
            this.surfaces = surfaces;
            this.label = label;
        }

        boolean matches(String family, String predVersion, Set<String> predSurfaces) {
            if (intersects(predSurfaces, surfaces)) {
                return true;
            }
            if (predVersion.equals(version) && tokens.contains(family)) {
                return true;
            }
            for (String t : tokens) {
                if ((family + predVersion).equals(t + version)) {
                    return true;
                }
            }
            return false;
        }
    }
}
