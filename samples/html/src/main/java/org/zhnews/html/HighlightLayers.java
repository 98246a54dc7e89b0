package org.zhnews.html;

import java.util.ArrayList;
import java.util.List;
import org.zhnews.core.Document;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.Zone;
import org.zhnews.html.Highlighter.Layer;

/**
 * The layers {@link Highlighter} lays over a document's original text on its page: articles
 * (depth 0), boilerplate zones (1), mentions (2) and event triggers and roles (3, see
 * {@link EventPanel}), with the markup and attributes
 * {@link HtmlRenderer} documents (original offsets, {@code data-m}, tooltips). Stateless.
 */
final class HighlightLayers {

    private HighlightLayers() {
    }

    static List<Layer> layers(Document doc) {
        List<Layer> layers = new ArrayList<>();
        List<Article> articles = doc.articles();
        boolean multi = articles.size() > 1;
        for (int i = 0; i < articles.size(); i++) {
            TextRange r = articles.get(i).originalRange();
            String base = "<span class=\"art";
            String attrs = "\" data-article=\"" + i + "\"";
            String label = multi ? " data-label=\"Article " + (i + 1) + "\"" : "";
            layers.add(new Layer(r.start(), r.end(), 0, base + " first" + attrs + label + ">",
                    base + attrs + ">", "</span>"));
        }
        for (Zone z : doc.zones()) {
            String tag = "<span class=\"zone\" data-zone=\"" + z.kind().jsonName() + "\" title=\"boilerplate: "
                    + z.kind().jsonName() + "\">";
            layers.add(new Layer(z.originalRange().start(), z.originalRange().end(), 1, tag, tag, "</span>"));
        }
        List<Mention> mentions = doc.mentions();
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            boolean bp = doc.isBoilerplate(m);
            String common = "class=\"m t-" + m.type() + (bp ? " bp" : "") + "\" data-m=\"" + k
                    + "\" data-type=\"" + m.type() + "\" data-start=\"" + m.originalStart() + "\" data-end=\""
                    + m.originalEnd() + "\"" + (bp ? " data-boilerplate=\"true\"" : "")
                    + " title=\"" + HtmlText.escape(Facts.tooltip(m, bp)) + "\"";
            layers.add(new Layer(m.originalStart(), m.originalEnd(), 2,
                    "<mark id=\"m-" + k + "\" " + common + ">",
                    "<mark " + common + " data-part=\"continued\">", "</mark>"));
        }
        layers.addAll(EventPanel.layers(doc));
        return layers;
    }
}
