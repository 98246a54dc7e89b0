package org.zhnews.html;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.zhnews.core.Document;
import org.zhnews.core.mention.Mention;

/**
 * The mentions panel of a document's page ({@link HtmlRenderer}): one row per mention with its
 * type, surface (linked to its highlight), original offsets, facts and article. Everything from
 * the document is escaped. Stateless.
 */
final class MentionTable {

    private MentionTable() {
    }

    static void mentionTable(Writer out, Document doc) throws IOException {
        out.write("<section class=\"panel mentions\"><h2>Mentions (" + doc.mentions().size() + ")</h2>");
        if (doc.mentions().isEmpty()) {
            out.write("<p class=\"none\">No mentions.</p></section>\n");
            return;
        }
        boolean multi = doc.articles().size() > 1;
        out.write("<table><thead><tr><th>#</th><th>type</th><th>surface</th><th>original</th><th>facts</th>"
                + (multi ? "<th>article</th>" : "") + "</tr></thead><tbody>\n");
        List<Mention> mentions = doc.mentions();
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            boolean bp = doc.isBoilerplate(m);
            out.write("<tr data-m=\"" + k + "\"" + (bp ? " class=\"bp\"" : "") + "><td class=\"n\">" + k
                    + "</td><td class=\"type\"><span class=\"tag t-" + m.type() + "\">" + m.type() + "</span>"
                    + (bp ? " <span class=\"none\">boilerplate</span>" : "") + "</td><td><a href=\"#m-" + k + "\">");
            HtmlText.write(out, m.text());
            out.write("</a></td><td class=\"range\"><code>" + m.originalStart() + "–" + m.originalEnd() + "</code></td><td class=\"facts\">");
            for (Facts.Fact f : Facts.of(m)) {
                out.write("<span><b>");
                HtmlText.write(out, f.label());
                out.write("</b> ");
                HtmlText.write(out, f.value());
                out.write("</span>");
            }
            out.write("</td>" + (multi ? "<td>" + (doc.articleOf(m) + 1) + "</td>" : "") + "</tr>\n");
        }
        out.write("</tbody></table></section>\n");
    }
}
