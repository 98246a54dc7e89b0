package org.zhnews.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;
import org.zhnews.text.match.DictionaryMatcher;
import org.zhnews.text.match.Match;

/** The words of {@code event-words.tsv} in one automaton. Immutable and thread-safe. */
final class EventLexicon {

    private static final List<String> KINDS = List.of("funding", "acquisition", "ipo", "model_release",
            "earnings", "personnel", "any");

    private final DictionaryMatcher<EventWord> matcher;

    private EventLexicon(DictionaryMatcher<EventWord> matcher) {
        this.matcher = matcher;
    }

    /**
     * The shipped words.
     *
     * @throws org.zhnews.text.lexicon.LexiconException if the resource is missing or a row is wrong
     */
    static EventLexicon standard() {
        DictionaryMatcher.Builder<EventWord> b = DictionaryMatcher.builder();
        for (LexiconRow row : Lexicon.resource(EventLexicon.class, "event-words.tsv",
                Columns.of("word", "kind", "role", "value"))) {
            String kind = row.get(1);
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException(row.source() + ":" + row.line() + ": unknown kind " + kind);
            }
            EventWord w = new EventWord(row.get(0), kind, row.get(2), row.get(3));
            b.add(w.word(), w, isLatin(w.word()));
        }
        return new EventLexicon(b.build());
    }

    private static boolean isLatin(String word) {
        return word.chars().allMatch(c -> c < 0x80);
    }

    /** Every word in {@code text}, possibly overlapping, by start then decreasing length. */
    List<Hit> find(String text) {
        List<Hit> out = new ArrayList<>();
        for (Match<EventWord> m : matcher.findAll(text)) {
            for (EventWord w : m.values()) {
                out.add(new Hit(m.start(), m.end(), w));
            }
        }
        return out;
    }
}
