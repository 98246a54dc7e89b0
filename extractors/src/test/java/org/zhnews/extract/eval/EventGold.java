package org.zhnews.extract.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The event gold of one document ({@code ../shared/corpus/gold/EVENTS.md}): its events as read
 * from JSON (maps in file order, values as {@link org.zhnews.testkit.JsonValues} gives them, so the scorer sees what
 * {@code score_events.py} sees) and the company context of its entity gold. Immutable apart
 * from the context's token cache.
 *
 * @param id        the gold file's name without {@code .json} ({@code 302}); the text is
 *                  {@code id.txt} or {@code id_*.txt}
 * @param region    the gold's region ({@code CN}, {@code HK}, ...), {@code ""} when not given
 * @param style     the gold's style, {@code ""} when not given
 * @param published the gold's publication date as written, when given
 * @param events    the gold events
 * @param companies surfaces and optional companies of the document's entity gold
 */
record EventGold(String id, String region, String style, Optional<String> published,
                 List<Map<String, Object>> events, EventCompanies companies) {

    EventGold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(published, "published");
        events = List.copyOf(events);
        Objects.requireNonNull(companies, "companies");
    }

    /** Whether a gold event is optional (its {@code optional} is true). */
    static boolean optional(Map<String, Object> event) {
        return Boolean.TRUE.equals(event.get("optional"));
    }

    /** The number of required events of the document. */
    int required() {
        return (int) events.stream().filter(e -> !optional(e)).count();
    }
}
