package org.zhnews.extract.company;

import org.zhnews.text.chars.CharClass;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

    private ParentUnits(List<String> units, List<String> left, List<String> right, List<String> endings) {
        this.units = List.copyOf(units);
        this.left = List.copyOf(left);
        this.right = List.copyOf(right);
        this.endings = List.copyOf(endings);
    }

    /** The finder over the bundled words. */
    static ParentUnits standard() {
        List<String> units = new ArrayList<>();
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        List<String> endings = new ArrayList<>();
        for (LexiconRow row : Lexicon.resource(ParentUnits.class, "parent-units.tsv",
                Columns.of("word", "kind", "reason"))) {
            List<String> target = switch (row.get(1)) {
                case "unit" -> units;
                case "left" -> left;
                case "right" -> right;
                case "ending" -> endings;
                default -> throw row.error("unknown kind " + row.get(1));
            };
            target.add(row.get(0));
        }
        return new ParentUnits(units, left, right, endings);
    }

    /**
     * Adds to {@code out} the business units in {@code text} whose parent is one of the
     * {@code known} company spans, or the brand of one, with evidence {@code unit:} and the noun.
     *
     * @param text  the analysis text
     * @param known spans {@code [start, end)} of accepted known companies
     * @param out   the candidates found so far
     */
    void find(String text, List<int[]> known, List<CompanyCandidate> out) {
        for (String parent : parents(text, known)) {
            for (int at = text.indexOf(parent); at >= 0; at = text.indexOf(parent, at + 1)) {
                int from = at + parent.length();
                for (String unit : units) {
                    int end = from + unit.length();
                    if (text.startsWith(unit, from) && (endsWithAny(text, at, left) || startsWithAny(text, end, right))) {
                        out.add(new CompanyCandidate(at, end, text.substring(at, end), "unit:" + unit));
                        break;
                    }
                }
            }
        }
    }

    /** The distinct names of the known spans and their brands. */
    private Set<String> parents(String text, List<int[]> known) {
        Set<String> out = new LinkedHashSet<>();
        for (int[] k : known) {
            String name = text.substring(k[0], k[1]);
            if (name.length() < MIN_BRAND || !allHan(name)) {
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

    private static boolean allHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!CharClass.isHan(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithAny(String text, int pos, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, pos - w.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String text, int pos, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, pos)) {
                return true;
            }
        }
        return false;
    }
}
