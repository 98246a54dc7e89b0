package org.zhnews.html;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.zhnews.core.Document;
import org.zhnews.core.event.Earnings;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.EventRoles;
import org.zhnews.core.event.Funding;
import org.zhnews.core.event.Ipo;
import org.zhnews.core.event.ModelRelease;
import org.zhnews.core.event.Personnel;
import org.zhnews.core.event.RoleSpan;
import org.zhnews.core.mention.Span;
import org.zhnews.html.Highlighter.Layer;

/**
 * A document's events on its page: the "Events" panel (one item per event: kind, modality,
 * trigger, the roles that are values rather than words (round, status…) and every filled role
 * with the words that fill it) and the layers that highlight each
 * event's trigger and role spans in the original text, at the spans' original offsets like the
 * mentions. A trigger is {@code <span class="ev ev-trigger" data-event="i">}, a role
 * {@code <span class="ev r-ROLE" data-event="i" data-role="ROLE">}, both with a {@code title}
 * naming the event's kind and the role; they nest inside the mention they cover. Everything from
 * the document is escaped. Stateless.
 */
final class EventPanel {

    /** Event layers nest inside articles (0), zones (1) and mentions (2). */
    private static final int RANK = 3;

    private EventPanel() {
    }

    /** The highlight layers of every event's trigger and filled roles. */
    static List<Layer> layers(Document doc) {
        List<Event> events = doc.events();
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            String kind = e.kind().jsonName();
            layers.add(layer(e.trigger(), "ev ev-trigger", i, null, kind + " #" + (i + 1) + ": trigger"));
            for (RoleSpan r : EventRoles.of(e)) {
                layers.add(layer(r.span(), "ev r-" + r.role(), i, r.role(), kind + " #" + (i + 1) + ": " + r.role()));
            }
        }
        return layers;
    }

    private static Layer layer(Span span, String cls, int event, String role, String title) {
        String tag = "<span class=\"" + HtmlText.escape(cls) + "\" data-event=\"" + event + "\""
                + (role == null ? "" : " data-role=\"" + HtmlText.escape(role) + "\"")
                + " title=\"" + HtmlText.escape(title) + "\">";
        return new Layer(span.originalStart(), span.originalEnd(), RANK, tag, tag, "</span>");
    }

    /** The "Events" panel: per event its kind, modality, trigger and roles as written. */
    static void panel(Writer out, Document doc) throws IOException {
        List<Event> events = doc.events();
        out.write("<section class=\"panel events\"><h2>Events (" + events.size() + ")</h2>");
        if (events.isEmpty()) {
            out.write("<p class=\"none\">No events.</p></section>\n");
            return;
        }
        out.write("<ol class=\"events\">");
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            out.write("<li data-event=\"" + i + "\" data-kind=\"" + e.kind().jsonName() + "\"><b>"
                    + e.kind().jsonName() + "</b> <code>" + e.modality().jsonName() + "</code> “");
            HtmlText.write(out, e.trigger().text());
            out.write("” <code>" + e.trigger().originalStart() + "–" + e.trigger().originalEnd() + "</code>");
            String attributes = attributes(e);
            if (!attributes.isEmpty()) {
                out.write(" <code class=\"attrs\">");
                HtmlText.write(out, attributes);
                out.write("</code>");
            }
            out.write("<ul>");
            for (RoleSpan r : EventRoles.of(e)) {
                out.write("<li data-role=\"");
                HtmlText.write(out, r.role());
                out.write("\"><span class=\"ev r-");
                HtmlText.write(out, r.role());
                out.write("\">");
                HtmlText.write(out, r.role());
                out.write("</span> ");
                HtmlText.write(out, r.span().text());
                out.write("</li>");
            }
            out.write("</ul></li>");
        }
        out.write("</ol></section>\n");
    }

    /** The roles that are not words of the text: round, exchange, status, open source, change. */
    static String attributes(Event e) {
        List<String> parts = new ArrayList<>();
        if (e instanceof Funding f) {
            f.round().ifPresent(r -> parts.add("round=" + r.jsonName()));
        } else if (e instanceof Ipo i) {
            i.exchange().ifPresent(x -> parts.add("exchange=" + x));
            i.status().ifPresent(x -> parts.add("status=" + x.jsonName()));
        } else if (e instanceof ModelRelease r) {
            r.openSource().ifPresent(x -> parts.add("open_source=" + x));
        } else if (e instanceof Earnings x) {
            parts.add("period=" + x.period().value());
            if (x.netLoss()) {
                parts.add("net_loss");
            }
        } else if (e instanceof Personnel p) {
            parts.add("change=" + p.change().jsonName());
        }
        return String.join(" ", parts);
    }
}
