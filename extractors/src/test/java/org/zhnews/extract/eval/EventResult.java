package org.zhnews.extract.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One document's event outcome. Immutable.
 *
 * @param gold     the document's gold
 * @param kinds    the counts per kind ({@link EventScorer#KINDS}, every kind present)
 * @param missed   one key per required gold event not found ({@code funding:码上智能})
 * @param extra    one key per prediction that counts against precision
 * @param wrong    one line per wrong role of a found event: key, role, gold and predicted value
 * @param absorbed predictions absorbed by optional gold events
 */
record EventResult(EventGold gold, Map<String, EventScore> kinds, List<String> missed, List<String> extra,
                   List<String> wrong, int absorbed) {

    EventResult {
        Objects.requireNonNull(gold, "gold");
        kinds = Map.copyOf(kinds);
        missed = List.copyOf(missed);
        extra = List.copyOf(extra);
        wrong = List.copyOf(wrong);
    }

    /** The counts of one kind. */
    EventScore kind(String kind) {
        return Objects.requireNonNull(kinds.get(kind), kind);
    }

    /** The counts over all kinds. */
    EventScore total() {
        EventScore t = EventScore.EMPTY;
        for (EventScore s : kinds.values()) {
            t = t.plus(s);
        }
        return t;
    }
}
