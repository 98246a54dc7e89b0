package org.zhnews.extract.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhnews.text.chars.CharClass;

/**
 * A family's Chinese name glued to its Latin name and a version is one name
 * ({@code 通义千问Qwen3-VL-235B}, {@code 日日新SenseNova V7.5}, {@code 商汤日日新SenseNova V7}):
 * the two model decisions become one, with the version the Latin name read. A Han name with a
 * version of its own, another Han name of the family (an app: {@code 海螺视频Hailuo 02}; with a
 * model word: {@code 快意大模型KwaiYii-3}), a gap between the two, or two families stay apart.
 * Stateless.
 */
final class JoinedModelNames {

    private JoinedModelNames() {
    }

    /** Replaces in {@code decisions} each bare Han model name and the versioned Latin name right after it by one decision. */
    static void join(List<Decision> decisions) {
        Map<Integer, Decision> byStart = new HashMap<>();
        for (Decision d : decisions) {
            if (d.reading() == Reading.MODEL) {
                byStart.put(d.start(), d);
            }
        }
        List<Decision> joined = new ArrayList<>(decisions.size());
        Set<Decision> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Decision d : decisions) {
            Decision next = d.reading() == Reading.MODEL ? byStart.get(d.end()) : null;
            if (next != null && joins(d, next)) {
                joined.add(new Decision(d.start(), next.end(), d.surface() + next.surface(), Reading.MODEL,
                        next.reason(), next.company(), next.model()));
                taken.add(next);
            } else {
                joined.add(d);
            }
        }
        if (!taken.isEmpty()) {
            joined.removeIf(taken::contains);
            decisions.clear();
            decisions.addAll(joined);
        }
    }

    private static boolean joins(Decision han, Decision latin) {
        ModelReading h = han.model().orElse(null);
        ModelReading l = latin.model().orElse(null);
        return h != null && l != null && h.version().isEmpty() && h.variant().isEmpty() && l.version().isPresent()
                && h.surface().family().id().equals(l.surface().family().id())
                && CharClass.allHan(han.surface(), 0, han.surface().length())
                && h.surface().family().chinese().filter(han.surface()::endsWith).isPresent()
                && CharClass.isLatinLetter(latin.surface().charAt(0));
    }
}
