package org.zhnews.text.fold;

import java.util.HashMap;
import java.util.Map;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;

/** The traditional-to-simplified character pairs of {@code t2s-chars.tsv}, loaded once per JVM. */
final class TraditionalPairs {

    /** The resource next to this class. */
    static final String RESOURCE = "t2s-chars.tsv";
    /** Its header. */
    static final Columns COLUMNS = Columns.of("traditional", "simplified");

    private TraditionalPairs() {
    }

    /** Traditional char -> simplified char; unmodifiable. */
    static Map<Character, Character> standard() {
        return Holder.PAIRS;
    }

    private static final class Holder {
        static final Map<Character, Character> PAIRS = load();
    }

    private static Map<Character, Character> load() {
        Map<Character, Character> pairs = new HashMap<>(8192);
        for (LexiconRow row : Lexicon.resource(TraditionalPairs.class, RESOURCE, COLUMNS)) {
            String from = row.get(0);
            String to = row.get(1);
            if (from.length() != 1 || to.length() != 1) {
                throw row.error("want one BMP character on each side");
            }
            if (pairs.put(from.charAt(0), to.charAt(0)) != null) {
                throw row.error("duplicate " + from);
            }
        }
        return Map.copyOf(pairs);
    }
}
