package org.zhnews.core;

import org.zhnews.core.event.Event;
import org.zhnews.core.event.EventRoles;
import org.zhnews.core.event.RoleSpan;
import org.zhnews.core.mention.Span;

/** Checks that an event of the event step lies inside its document. */
final class EventSpans {

    private EventSpans() {
    }

    /**
     * @throws IllegalStateException if the trigger or a role's span lies outside the context's texts
     */
    static void check(Event event, ExtractionContext context) {
        inside(event, event.trigger(), context);
        for (RoleSpan r : EventRoles.of(event)) {
            inside(event, r.span(), context);
        }
    }

    private static void inside(Event event, Span s, ExtractionContext context) {
        if (s.end() > context.text().length() || s.originalEnd() > context.original().length()) {
            throw new IllegalStateException("event " + event.kind().jsonName() + " at " + event.start()
                    + " has a span outside the document: " + s);
        }
    }
}
