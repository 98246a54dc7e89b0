package org.zhnews.extract.money;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.zhnews.text.fold.CharFold;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;
import org.zhnews.text.match.PrefixTrie;

/**
 * Loads a word list whose rows are {@code word<TAB>kind} with a closed set of kinds into a
 * {@link PrefixTrie} (both directions, widths folded, case kept), the shape of the money
 * package's cue tables ({@code ranges.tsv}, {@code table-units.tsv}). Stateless.
 */
final class WordKinds {

    private WordKinds() {
    }

    /**
     * The words of resource {@code name} next to {@code anchor}, each mapped to its kind.
     *
     * @throws org.zhnews.text.lexicon.LexiconException naming file:line if the file is missing,
     *                                                  malformed or a kind is not in {@code kinds}
     */
    static PrefixTrie<String> load(Class<?> anchor, String name, Set<String> kinds) {
        Map<String, String> m = new HashMap<>();
        for (LexiconRow row : Lexicon.resource(anchor, name, Columns.of("word", "kind"))) {
            String kind = row.get(1);
            if (!kinds.contains(kind)) {
                throw row.error("kind must be one of " + kinds + ": " + kind);
            }
            m.put(row.get(0), kind);
        }
        return PrefixTrie.bothWays(m, CharFold.keepingCase());
    }
}
