package org.zhnews.html;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhnews.core.Document;
import org.zhnews.core.Warning;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.Zone;

/**
 * The side panels of a document's page ({@link HtmlRenderer}): the summary with its bar charts,
 * the warnings, and the articles and boilerplate zones, each with an excerpt of the original
 * text. Everything from the document is escaped. Stateless.
 */
final class SidePanels {

    private static final int EXCERPT_CHARS = 40;

    private SidePanels() {
    }

    static void summary(Writer out, Summary s) throws IOException {
        out.write("<section class=\"panel summary\"><h2>Summary</h2><h3>Mentions per type</h3>");
        List<BarChart.Bar> types = new ArrayList<>();
        for (Map.Entry<String, Integer> e : s.countsByType().entrySet()) {
            types.add(new BarChart.Bar(e.getKey(), e.getValue(), Integer.toString(e.getValue()), "t-" + e.getKey()));
        }
        BarChart.write(out, "types", "Mentions per type", types);
        if (s.boilerplate() > 0) {
            out.write("<p class=\"none\">" + s.boilerplate() + " of them in boilerplate (left out below).</p>");
        }
        out.write("<h3>Top companies</h3>");
        if (s.topCompanies().isEmpty()) {
            out.write("<p class=\"none\">No companies.</p>");
        } else {
            List<BarChart.Bar> bars = new ArrayList<>();
            for (Summary.CompanyCount c : s.topCompanies()) {
                bars.add(new BarChart.Bar(c.label(), c.count(), Integer.toString(c.count()), "t-company"));
            }
            BarChart.write(out, "companies", "Top companies", bars);
        }
        out.write("<h3>Money per currency</h3>");
        if (s.moneyTotals().isEmpty()) {
            out.write("<p class=\"none\">No stated amounts.</p>");
        } else {
            List<BarChart.Bar> bars = new ArrayList<>();
            for (Map.Entry<String, Summary.MoneyTotal> e : s.moneyTotals().entrySet()) {
                Summary.MoneyTotal t = e.getValue();
                bars.add(new BarChart.Bar(e.getKey(), t.total().doubleValue(),
                        Summary.compact(t.total()) + " " + e.getKey(), "t-money"));
            }
            BarChart.write(out, "money", "Money per currency", bars);
            out.write("<p class=\"none\">Stated amounts as written, not converted; bars are not comparable "
                    + "across currencies.</p>");
        }
        out.write("</section>\n");
    }

    static void warnings(Writer out, Document doc) throws IOException {
        out.write("<section class=\"panel\"><h2>Warnings (" + doc.warnings().size() + ")</h2>");
        if (doc.warnings().isEmpty()) {
            out.write("<p class=\"none\">No warnings.</p></section>\n");
            return;
        }
        out.write("<ul class=\"warnings\">");
        for (Warning w : doc.warnings()) {
            out.write("<li data-code=\"");
            HtmlText.write(out, w.code().jsonName());
            out.write("\"><code>");
            HtmlText.write(out, w.code().jsonName());
            out.write("</code> ");
            HtmlText.write(out, w.message());
            if (w.range().isPresent()) {
                TextRange r = w.range().get();
                out.write(" <code>" + r.start() + "–" + r.end() + "</code>");
                excerpt(out, doc.original(), r);
            }
            out.write("</li>");
        }
        out.write("</ul></section>\n");
    }

    static void structure(Writer out, Document doc) throws IOException {
        out.write("<section class=\"panel\"><h2>Articles (" + doc.articles().size() + ")</h2><ol class=\"articles\">");
        for (int i = 0; i < doc.articles().size(); i++) {
            Article a = doc.articles().get(i);
            out.write("<li data-article=\"" + i + "\">");
            StringBuilder b = new StringBuilder();
            a.title().ifPresent(t -> b.append(t).append(" · "));
            a.byline().ifPresent(t -> b.append(t).append(" · "));
            a.outlet().ifPresent(t -> b.append(t).append(" · "));
            a.published().ifPresent(t -> b.append("published ").append(t).append(" · "));
            b.append(doc.mentionsIn(i).size()).append(" mentions");
            HtmlText.write(out, b);
            out.write(" <code>" + a.originalRange().start() + "–" + a.originalRange().end() + "</code></li>");
        }
        out.write("</ol><h3>Boilerplate zones (" + doc.zones().size() + ")</h3>");
        if (doc.zones().isEmpty()) {
            out.write("<p class=\"none\">None found.</p>");
        } else {
            out.write("<ul class=\"zones\">");
            for (Zone z : doc.zones()) {
                out.write("<li data-zone=\"" + z.kind().jsonName() + "\"><code>" + z.kind().jsonName() + "</code> <code>"
                        + z.originalRange().start() + "–" + z.originalRange().end() + "</code>");
                excerpt(out, doc.original(), z.originalRange());
                out.write("</li>");
            }
            out.write("</ul>");
        }
        out.write("</section>\n");
    }

    private static void excerpt(Writer out, String original, TextRange r) throws IOException {
        int s = Math.max(0, Math.min(original.length(), r.start()));
        int e = Math.max(s, Math.min(original.length(), r.end()));
        if (e == s) {
            return;
        }
        int cut = Math.min(e, s + EXCERPT_CHARS);
        if (cut < e && cut > s && Character.isHighSurrogate(original.charAt(cut - 1))) {
            cut--;
        }
        out.write(" “");
        HtmlText.write(out, original, s, cut);
        out.write(cut < e ? "…”" : "”");
    }
}
