package org.zhnews.extract.company;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zhnews.extract.knowledge.CompanyEntry;
import org.zhnews.extract.knowledge.KnowledgeBase;

/**
 * Knowledge-base surfaces that write a parent's Chinese name before the Latin name of its unit
 * or product ({@code 微软Azure}, {@code 谷歌DeepMind}): the text names the parent too, so the
 * surface reads as the parent followed by the unit. Found once from the knowledge base (a
 * surface of an entry that is a surface of its parent followed by a Latin surface of the entry
 * itself); a lookup per reported name. Immutable and thread-safe.
 */
final class CompoundNames {

    /** Where a compound surface splits, and the parent its first part names. */
    record Split(int at, CompanyEntry parent) {
    }

    private final Map<String, Split> splits;

    private CompoundNames(Map<String, Split> splits) {
        this.splits = Map.copyOf(splits);
    }

    /** The compound surfaces of {@code kb}. */
    static CompoundNames of(KnowledgeBase kb) {
        Map<String, Split> out = new HashMap<>();
        for (CompanyEntry e : kb.companies()) {
            Optional<CompanyEntry> parent = e.company().parentId().flatMap(kb::company);
            if (parent.isEmpty()) {
                continue;
            }
            for (String s : e.surfaces()) {
                for (String p : parent.get().surfaces()) {
                    if (p.length() < s.length() && s.startsWith(p) && isHan(p) && !parent.get().contextOnly().contains(p)
                            && latinSurfaceOf(e, s.substring(p.length()))) {
                        out.merge(key(s), new Split(p.length(), parent.get()),
                                (a, b) -> a.at() >= b.at() ? a : b);
                    }
                }
            }
        }
        return new CompoundNames(out);
    }

    /** The split of {@code surface}, when it is a compound surface. */
    Optional<Split> split(String surface) {
        return Optional.ofNullable(splits.get(key(surface)));
    }

    private static boolean latinSurfaceOf(CompanyEntry e, String rest) {
        if (rest.isEmpty() || !rest.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == ' '))) {
            return false;
        }
        List<String> surfaces = e.surfaces();
        return surfaces.stream().anyMatch(s -> s.equalsIgnoreCase(rest));
    }

    private static boolean isHan(String s) {
        return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String key(String surface) {
        return surface.toLowerCase(Locale.ROOT);
    }
}
