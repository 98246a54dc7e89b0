package org.zhnews.extract.company;

import org.zhnews.text.chars.CharClass;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;
import org.zhnews.text.match.WordsAt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Business units named as a known parent and a business noun: {@code 吉宝数据中心} after the known
 * {@code 吉宝}, {@code 杨忠礼数据中心} after the brand of the known {@code 杨忠礼电力}. The parent is
 * an accepted known company of the document, or its brand (the name less a group or business
 * ending, at least two Han characters); the span counts only with a subsidiary word right before
 * it ({@code 旗下的}) or a company's verb right after it ({@code 宣布}, {@code 组成}), so a
 * facility ({@code 微软数据中心的耗电}) stays out. Words in {@code parent-units.tsv}. Time: one
 * search per distinct parent over the text. Immutable and thread-safe.
 */
final class ParentUnits {

    private static final int MIN_BRAND = 2;

    private final List<String> units;
    private final List<String> left;
    private final List<String> right;
    private final List<String> endings;
    private final List<String> listed;
    private final List<String> places;
    /** The places a bank's local unit is named by, then the unit nouns. */
    private final List<String> bankNouns;

    private ParentUnits(Map<String, List<String>> words) {
        this.units = List.copyOf(words.get("unit"));
        this.left = List.copyOf(words.get("left"));
        this.right = List.copyOf(words.get("right"));
        this.endings = List.copyOf(words.get("ending"));
        this.listed = List.copyOf(words.get("listed"));
        this.places = List.copyOf(words.get("place"));
        List<String> nouns = new ArrayList<>(places);
        nouns.addAll(units);
        this.bankNouns = List.copyOf(nouns);
    }

    /** The finder over the bundled words. */
    static ParentUnits standard() {
        Map<String, List<String>> words = new HashMap<>();
        for (String kind : KINDS) {
            words.put(kind, new ArrayList<>());
        }
        for (LexiconRow row : Lexicon.resource(ParentUnits.class, "parent-units.tsv",
                Columns.of("word", "kind", "reason"))) {
            List<String> target = words.get(row.get(1));
            if (target == null) {
                throw row.error("unknown kind " + row.get(1));
            }
            target.add(row.get(0));
        }
        return new ParentUnits(words);
    }

    /**
     * Adds to {@code out} the business units in {@code text} whose parent is one of the
     * {@code known} company spans, or the brand of one, with evidence {@code unit:} and the noun;
     * a unit whose noun names a licensed institution ({@code 银行}, kind {@code listed}) counts in
     * a list of names too ({@code …和蚂蚁银行。}), also after a known name left without evidence
     * (one of {@code armable}); a bank's local unit is named by its place ({@code 渣打香港}).
     *
     * @param text    the analysis text
     * @param known   spans {@code [start, end)} of accepted known companies, a third element 1 for a bank
     * @param armable spans of the known names, accepted or not
     * @param out     the candidates found so far
     */
    void find(String text, List<int[]> known, List<int[]> armable, List<CompanyCandidate> out) {
        Set<String> banks = new LinkedHashSet<>();
        for (int[] k : known) {
            if (k.length > 2 && k[2] == 1 && k[1] - k[0] >= MIN_BRAND) {
                banks.add(text.substring(k[0], k[1]));
            }
        }
        Set<String> parents = parents(text, armable);
        parents.addAll(parents(text, known));
        parents.addAll(banks);
        for (String parent : parents) {
            for (int at = text.indexOf(parent); at >= 0; at = text.indexOf(parent, at + 1)) {
                int from = at + parent.length();
                List<String> nouns = banks.contains(parent) ? bankNouns : units;
                for (String unit : nouns) {
                    if (!text.startsWith(unit, from)) {
                        continue; // most nouns: the list lookups below only for the one that follows
                    }
                    int end = from + unit.length();
                    boolean inList = (listed.contains(unit) || places.contains(unit)) && ListItems.whole(text, at, end);
                    if (inList || WordsAt.endsWithAny(text, at, left) || WordsAt.startsWithAny(text, end, right)) {
                        out.add(new CompanyCandidate(at, end, text.substring(at, end), "unit:" + unit));
                        break;
                    }
                }
            }
        }
    }

    private static final List<String> KINDS = List.of("unit", "left", "right", "ending", "listed", "place");

    /** The distinct names of the known spans and their brands. */
    private Set<String> parents(String text, List<int[]> known) {
        Set<String> out = new LinkedHashSet<>();
        for (int[] k : known) {
            String name = text.substring(k[0], k[1]);
            if (name.length() < MIN_BRAND || !CharClass.allHan(name, 0, name.length())) {
                continue;
            }
            out.add(name);
            for (String e : endings) {
                if (name.endsWith(e) && name.length() - e.length() >= MIN_BRAND) {
                    out.add(name.substring(0, name.length() - e.length()));
                }
            }
        }
        return out;
    }
}
