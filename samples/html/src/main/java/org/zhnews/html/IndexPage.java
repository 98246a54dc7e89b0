package org.zhnews.html;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the index page of {@link HtmlRenderer#renderIndex}: corpus-wide bar charts (the
 * companies named by most documents, the stated money per currency), then one table row per
 * document: its title linking to its page (and its source under it when that differs), outlet,
 * publication date, mentions per type and warnings, and a totals row. Everything from the
 * documents is escaped. Stateless.
 */
final class IndexPage {

    private IndexPage() {
    }

    static void write(Writer out, String pageTitle, List<PageLink> pages, int topCompanies) throws IOException {
        HtmlRenderer.head(out, pageTitle);
        out.write("<header><h1>");
        HtmlText.write(out, pageTitle);
        out.write("</h1>");
        HtmlRenderer.legend(out, null);
        out.write("</header>\n<main class=\"index\">");
        charts(out, CorpusSummary.of(pages, topCompanies));
        table(out, pages);
        out.write("</main>\n</body>\n</html>\n");
    }

    private static void charts(Writer out, CorpusSummary corpus) throws IOException {
        out.write("<section class=\"panel corpus\"><h2>Corpus</h2><div class=\"charts\"><div>"
                + "<h3>Top companies by documents</h3>");
        if (corpus.topCompanies().isEmpty()) {
            out.write("<p class=\"none\">No companies.</p>");
        } else {
            List<BarChart.Bar> bars = new ArrayList<>();
            for (Summary.CompanyCount c : corpus.topCompanies()) {
                bars.add(new BarChart.Bar(c.label(), c.count(), c.count() + " of " + corpus.documents(), "t-company"));
            }
            BarChart.write(out, "corpus-companies", "Top companies by documents", bars);
        }
        out.write("</div><div><h3>Money per currency</h3>");
        if (corpus.money().isEmpty()) {
            out.write("<p class=\"none\">No stated amounts.</p>");
        } else {
            List<BarChart.Bar> bars = new ArrayList<>();
            for (Map.Entry<String, CorpusSummary.CurrencyTotal> e : corpus.money().entrySet()) {
                CorpusSummary.CurrencyTotal t = e.getValue();
                bars.add(new BarChart.Bar(e.getKey() + " · " + t.documents() + (t.documents() == 1 ? " doc" : " docs"),
                        t.total().doubleValue(), Summary.compact(t.total()) + " " + e.getKey(), "t-money"));
            }
            BarChart.write(out, "corpus-money", "Money per currency", bars);
            out.write("<p class=\"none\">Stated amounts summed as written, not converted; bars are not "
                    + "comparable across currencies.</p>");
        }
        out.write("</div></div></section>\n");
    }

    private static void table(Writer out, List<PageLink> pages) throws IOException {
        out.write("<section class=\"panel\"><table class=\"index\"><thead><tr>"
                + "<th>Document</th><th>Outlet</th><th>Date</th>");
        for (String t : Summary.TYPES) {
            out.write("<th class=\"n\">" + t + "</th>");
        }
        out.write("<th class=\"n\">warnings</th></tr></thead><tbody>\n");
        int[] totals = new int[Summary.TYPES.size()];
        int warnings = 0;
        for (PageLink p : pages) {
            out.write("<tr><td><a href=\"");
            HtmlText.write(out, p.safeHref());
            out.write("\">");
            HtmlText.write(out, p.title());
            out.write("</a>");
            if (p.source().isPresent() && !p.source().get().equals(p.title())) {
                out.write("<span class=\"src\">");
                HtmlText.write(out, p.source().get());
                out.write("</span>");
            }
            out.write("</td><td class=\"outlet\">");
            HtmlText.write(out, p.outlet().orElse(""));
            out.write("</td><td class=\"date\">" + p.published().map(Object::toString).orElse("") + "</td>");
            for (int i = 0; i < totals.length; i++) {
                int c = p.count(Summary.TYPES.get(i));
                totals[i] += c;
                out.write("<td class=\"n\" data-type=\"" + Summary.TYPES.get(i) + "\">" + c + "</td>");
            }
            warnings += p.warnings();
            out.write("<td class=\"n\">" + p.warnings() + "</td></tr>\n");
        }
        out.write("</tbody><tfoot><tr><th>total</th><th></th><th></th>");
        for (int t : totals) {
            out.write("<th class=\"n\">" + t + "</th>");
        }
        out.write("<th class=\"n\">" + warnings + "</th></tr></tfoot></table></section>");
    }
}
