package org.zhnews.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Document;
import org.zhnews.core.Input;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.Structure;
import org.zhnews.core.structure.StructureAnalyzer;
import org.zhnews.html.Toys.Rule;
import org.zhnews.testkit.LinearTime;
import org.zhnews.testkit.RandomText;

class HtmlRendererTest {

    private static final HtmlRenderer RENDERER = HtmlRenderer.create();
    private static final Pipeline STANDARD = Toys.standard();

    /** Every mention's fragments, joined, show its surface; the text panel shows the whole original. */
    private static PageScan checkPage(Document doc, String html) {
        PageScan scan = PageScan.of(html);
        assertEquals(HtmlText.display(doc.original()), scan.shownText.toString());
        List<Mention> mentions = doc.mentions();
        assertEquals(mentions.size(), scan.mentionText.size(), "one highlight per mention");
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            assertEquals(HtmlText.display(m.text()), scan.mentionText.get(k).toString(), "mention " + k);
        }
        for (PageScan.Tag t : scan.tags("mark")) {
            Mention m = mentions.get(Integer.parseInt(t.attr("data-m")));
            assertEquals(m.type(), t.attr("data-type"));
            assertEquals(Integer.toString(m.originalStart()), t.attr("data-start"));
            assertEquals(Integer.toString(m.originalEnd()), t.attr("data-end"));
        }
        return scan;
    }

    @Test
    void highlightsEveryMentionWithItsSurfaceAndFacts() {
        String text = "阿里巴巴2024年5月宣布,通义千问收入增长35%,OpenAI融资540亿美元。";
        Document doc = STANDARD.analyze(text, "a.txt");
        String html = RENDERER.render(doc);
        PageScan scan = checkPage(doc, html);
        assertEquals(Map.of("company", 3, "date", 1, "model", 1, "metric", 1, "money", 1),
                doc.mentions().stream().collect(Collectors.groupingBy(Mention::type, Collectors.summingInt(m -> 1))));
        PageScan.Tag money = scan.tags("mark").stream().filter(t -> "money".equals(t.attr("data-type")))
                .findFirst().orElseThrow();
        assertTrue(money.attr("title").contains("amount: 54000000000"), money.attr("title"));
        assertTrue(money.attr("title").contains("currency: USD"), money.attr("title"));
        PageScan.Tag company = scan.tags("mark").get(0);
        assertTrue(company.attr("title").contains("id: alibaba") && company.attr("title").contains("English: Alibaba"),
                company.attr("title"));
        assertTrue(html.contains("family</b> Qwen"), "facts table shows the model family");
        assertTrue(html.contains("value</b> 2024-05"), "facts table shows the date value");
        assertTrue(html.contains("white-space: pre-wrap"));
        assertEquals(1, scan.tags("style").size());
        assertTrue(scan.tags("link").stream().allMatch(l -> l.attr("href").startsWith("data:")), "nothing external");
    }

    @Test
    void nestedMentionIsAChildOfTheOuterOne() {
        Document doc = STANDARD.analyze("据阿里通义千问团队介绍");
        PageScan scan = checkPage(doc, RENDERER.render(doc));
        int outer = index(doc, "company", "阿里通义千问团队");
        int model = index(doc, "model", "通义千问");
        int inner = index(doc, "company", "阿里");
        assertEquals(List.of(outer), scan.ancestors.get(model));
        assertEquals(List.of(outer), scan.ancestors.get(inner));
        assertEquals(List.of(), scan.ancestors.get(outer));
        assertTrue(scan.fragments.values().stream().allMatch(f -> f == 1), "nesting needs no split");
    }

    @Test
    void crossingMentionsSplitTheLaterOneIntoFragments() {
        Pipeline p = Toys.pipeline(new Rule("增长35%", Toys.metric("35", MetricUnit.PERCENT)),
                new Rule("35%的股份", Toys.company("x", "股份", null)),
                new Rule("的股份和", Toys.money("1", "CNY")));
        Document doc = p.analyze("收入增长35%的股份和利润");
        assertEquals(3, doc.mentions().size());
        PageScan scan = checkPage(doc, RENDERER.render(doc));
        assertEquals(1, scan.fragments.get(index(doc, "metric", "增长35%")));
        assertEquals(2, scan.fragments.get(index(doc, "company", "35%的股份")));
        assertEquals(2, scan.fragments.get(index(doc, "money", "的股份和")));
        long continued = scan.tags("mark").stream().filter(t -> "continued".equals(t.attr("data-part"))).count();
        assertEquals(2, continued);
        long withId = scan.tags("mark").stream().filter(t -> t.attr("id") != null).count();
        assertEquals(3, withId, "only first fragments carry the id");
    }

    @Test
    void markupInTheInputRendersAsText() {
        String evil = "<script>alert(1)</script> 阿里巴巴 \"><img src=x onerror=alert(1)> & 'q' </div></mark>";
        Pipeline p = Toys.pipeline(new Rule("阿里巴巴", Toys.company("a\"><script>x</script>", "<b>阿里</b>",
                "Evil\" onmouseover=\"alert(1)")), new Rule("<img", Toys.model("<img src=x>", "'1'", "&amp;")));
        Document doc = p.analyze(evil, "\"><script>alert(2)</script>.txt");
        String html = RENDERER.render(doc);
        PageScan scan = checkPage(doc, html);
        assertTrue(scan.tags("script").isEmpty() && scan.tags("img").isEmpty());
        assertFalse(html.toLowerCase().contains("<script"), "no script tag anywhere");
        assertFalse(html.toLowerCase().contains("<img"), "no img tag anywhere");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains(">阿里巴巴</mark> &quot;&gt;<mark"), "the model mention starts at the escaped <img");
        assertTrue(html.contains("&lt;img</mark> src=x onerror=alert(1)&gt; &amp; &#39;q&#39;"));
        PageScan.Tag company = scan.tags("mark").stream().filter(t -> "company".equals(t.attr("data-type")))
                .findFirst().orElseThrow();
        assertNull(company.attr("onmouseover"));
        assertTrue(company.attr("title").contains("English: Evil\" onmouseover=\"alert(1)"), company.attr("title"));
        assertTrue(scan.tags("h1").size() == 1 && html.contains("<h1>&quot;&gt;&lt;script&gt;alert(2)"));
    }

    @Test
    void controlAndBidiCharactersAreNeutralisedOneForOne() {
        String text = "阿里巴巴\u202E反转\u202C文字\u0000空\u0007铃\u0085\u2066隔\u2069\uD800孤\r\n下一行\u009B";
        Document doc = STANDARD.analyze(text);
        String html = RENDERER.render(doc);
        PageScan scan = checkPage(doc, html);
        for (char bad : new char[] {'\u202E', '\u202C', '\u0000', '\u0007', '\u0085', '\u2066', '\u2069',
                '\uD800', '\u009B'}) {
            assertEquals(-1, html.indexOf(bad), "U+" + Integer.toHexString(bad) + " must not reach the page");
        }
        String shown = scan.shownText.toString();
        assertEquals(text.length(), shown.length());
        assertEquals('\uFFFD', shown.charAt(text.indexOf('\u202E')));
        assertEquals('\u2400', shown.charAt(text.indexOf('\u0000')));
        assertEquals('\u2407', shown.charAt(text.indexOf('\u0007')));
        assertTrue(html.contains("&#13;\n下一行"), "a carriage return survives HTML parsing as a reference");
        assertEquals("阿里巴巴", scan.mentionText.get(index(doc, "company", "阿里巴巴")).toString());
    }

    @Test
    void emptyDocumentRendersAPageWithZeroCounts() {
        Document doc = STANDARD.analyze("");
        String html = RENDERER.render(doc);
        PageScan scan = checkPage(doc, html);
        assertTrue(scan.tags("mark").isEmpty());
        assertTrue(html.contains("No mentions."));
        assertEquals(List.of("0", "0", "0", "0", "0"), barValues(scan, "types"));
        assertTrue(barValues(scan, "companies").isEmpty() && html.contains("No companies."));
        assertTrue(html.contains("No stated amounts."));
        assertTrue(html.contains("<title>zhnews analysis</title>"));
    }

    @Test
    void warningsAreListedEscaped() {
        byte[] bytes = "阿里巴巴 <b>".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0xFF;
        broken[bytes.length + 1] = (byte) 0xFE;
        Document doc = STANDARD.analyze(broken, "broken.txt");
        assertFalse(doc.warnings().isEmpty());
        String html = RENDERER.render(doc);
        PageScan scan = checkPage(doc, html);
        List<PageScan.Tag> items = scan.tags("li").stream().filter(t -> t.attr("data-code") != null).toList();
        assertEquals(doc.warnings().size(), items.size());
        assertEquals(doc.warnings().get(0).code().jsonName(), items.get(0).attr("data-code"));
        assertTrue(html.contains("Warnings (" + doc.warnings().size() + ")"));
    }

    @Test
    void chartsCountTypesCompaniesAndMoneyPerCurrency() {
        String text = "阿里巴巴和OpenAI:阿里巴巴投资540亿美元,OpenAI又投资540亿美元和20亿元。OpenAI增长35%。";
        Document doc = STANDARD.analyze(text);
        PageScan scan = checkPage(doc, RENDERER.render(doc));
        assertEquals(List.of("company", "model", "money", "metric", "date"), barLabels(scan, "types"));
        // "阿里" inside each "阿里巴巴" is a company mention of its own
        assertEquals(List.of("7", "0", "3", "1", "0"), barValues(scan, "types"));
        assertEquals(List.of("阿里巴巴 (Alibaba)", "OpenAI"), barLabels(scan, "companies"));
        assertEquals(List.of("4", "3"), barValues(scan, "companies"));
        assertEquals(List.of("CNY", "USD"), barLabels(scan, "money"));
        assertEquals(List.of("20亿 CNY", "1080亿 USD"), barValues(scan, "money"));
        assertEquals(3, scan.tags("svg").size());
        HtmlRenderer top1 = HtmlRenderer.builder().topCompanies(1).build();
        assertEquals(List.of("阿里巴巴 (Alibaba)"), barLabels(PageScan.of(top1.render(doc)), "companies"));
    }

    @Test
    void boilerplateIsShadedMarkedAndLeftOutOfTheCharts() {
        String text = "阿里巴巴发布通义千问。\n【广告】OpenAI课程540亿美元\n正文完。";
        Document doc = STANDARD.analyze(text);
        String html = RENDERER.render(doc);
        PageScan scan = checkPage(doc, html);
        List<PageScan.Tag> zones = scan.tags("span").stream().filter(t -> "ad".equals(t.attr("data-zone"))).toList();
        assertEquals(1, zones.size());
        List<PageScan.Tag> bp = scan.tags("mark").stream().filter(t -> "true".equals(t.attr("data-boilerplate")))
                .toList();
        assertEquals(List.of("company", "money"), bp.stream().map(t -> t.attr("data-type")).toList());
        assertEquals(List.of("阿里巴巴 (Alibaba)"), barLabels(scan, "companies"));
        assertTrue(barLabels(scan, "money").isEmpty());
        assertTrue(html.contains("2 of them in boilerplate"));
    }

    @Test
    void articlesAreLabelledAndListed() {
        Document doc = STANDARD.analyze("阿里巴巴一\n===\nOpenAI二\n===\n三");
        assertEquals(3, doc.articles().size());
        PageScan scan = checkPage(doc, RENDERER.render(doc));
        List<String> labels = scan.tags("span").stream().map(t -> t.attr("data-label")).filter(l -> l != null).toList();
        assertEquals(List.of("Article 1", "Article 2", "Article 3"), labels);
        assertEquals(3, scan.tags("li").stream().filter(t -> t.attr("data-article") != null).count());
    }

    @Test
    void optionsTitleAndNormalizedText() {
        Document doc = STANDARD.analyze("阿里巴巴");
        String html = HtmlRenderer.builder().title("<标题>").showNormalizedText(true).build().render(doc);
        assertTrue(html.contains("<title>&lt;标题&gt;</title>"));
        assertTrue(html.contains("<summary>Normalized text</summary>"));
        assertFalse(RENDERER.render(doc).contains("Normalized text"));
        assertThrows(IllegalArgumentException.class, () -> HtmlRenderer.builder().topCompanies(0));
        assertThrows(NullPointerException.class, () -> RENDERER.render(null));
    }

    @Test
    void writerAndStringFormsAgree() throws IOException {
        Document doc = STANDARD.analyze("阿里巴巴2024年5月融资20亿元", "x.txt");
        StringWriter w = new StringWriter();
        RENDERER.render(doc, w);
        assertEquals(RENDERER.render(doc), w.toString());
    }

    @Test
    void indexLinksEveryPageWithTotalsAndNoForeignSchemes() {
        Document a = STANDARD.analyze("阿里巴巴和OpenAI", "a.txt");
        Document b = STANDARD.analyze("融资20亿元", "<b>.txt");
        List<PageLink> links = List.of(PageLink.of("a.html", a), PageLink.of("javascript:alert(1)", b),
                new PageLink("https://example.org/x\"y", "ext", Map.of("date", 4), 1));
        String html = RENDERER.renderIndex(links);
        PageScan scan = PageScan.of(html);
        List<String> hrefs = scan.tags("a").stream().map(t -> t.attr("href")).toList();
        assertEquals(List.of("a.html", "./javascript:alert(1)", "https://example.org/x\"y"), hrefs);
        assertTrue(html.contains("&lt;b&gt;.txt"));
        assertTrue(html.contains("<tfoot><tr><th>total</th><th></th><th></th><th class=\"n\">3</th><th class=\"n\">0</th>"
                + "<th class=\"n\">1</th><th class=\"n\">0</th><th class=\"n\">4</th><th class=\"n\">1</th>"), html);
        assertTrue(html.contains("<title>zhnews: 3 documents</title>"));
    }

    @Test
    void indexRowsShowHeadlineSourceOutletDateAndCounts() {
        StructureAnalyzer headlined = in -> new Structure(List.of(new Article(new TextRange(0, in.text().length()),
                new TextRange(0, in.original().length()), Optional.of("阿里<发布>新模型"), Optional.empty(),
                Optional.of("新华社"), Optional.of(LocalDate.of(2025, 3, 4)))), List.of());
        Pipeline p = STANDARD.toBuilder().structure(headlined).build();
        PageLink link = PageLink.of("a.html", p.analyze("阿里巴巴发布通义千问，融资20亿元。", "news/a.txt"));
        assertEquals("阿里<发布>新模型", link.title());
        assertEquals(Optional.of("news/a.txt"), link.source());
        assertEquals(Optional.of("新华社"), link.outlet());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 4)), link.published());
        PageLink plain = PageLink.of("b.html", STANDARD.analyze("OpenAI", "b.txt"));
        assertEquals("b.txt", plain.title(), "without a headline, the source");
        String html = RENDERER.renderIndex(List.of(link, plain));
        PageScan scan = PageScan.of(html);
        assertEquals(List.of("a.html", "b.html"), scan.tags("a").stream().map(t -> t.attr("href")).toList());
        assertTrue(html.contains(">阿里&lt;发布&gt;新模型</a><span class=\"src\">news/a.txt</span>"), html);
        assertTrue(html.contains("<td class=\"outlet\">新华社</td><td class=\"date\">2025-03-04</td>"), html);
        assertTrue(html.contains(">b.txt</a></td><td class=\"outlet\"></td><td class=\"date\"></td>"), html);
        assertTrue(html.contains("<td class=\"n\" data-type=\"money\">1</td>"), html);
    }

    @Test
    void indexChartsCountCompaniesByDocumentAndSumMoneyPerCurrency() {
        List<PageLink> links = List.of(
                PageLink.of("a.html", STANDARD.analyze("阿里巴巴、阿里巴巴和OpenAI，融资20亿元。", "a.txt")),
                PageLink.of("b.html", STANDARD.analyze("阿里巴巴融资20亿元，OpenAI融资540亿美元。", "b.txt")),
                PageLink.of("c.html", STANDARD.analyze("阿里巴巴", "c.txt")),
                PageLink.of("d.html", STANDARD.analyze("没有公司。", "d.txt")));
        PageScan scan = PageScan.of(RENDERER.renderIndex(links));
        assertEquals(List.of("阿里巴巴 (Alibaba)", "OpenAI"), barLabels(scan, "corpus-companies"));
        assertEquals(List.of("3 of 4", "2 of 4"), barValues(scan, "corpus-companies"));
        assertEquals(List.of("CNY · 2 docs", "USD · 1 doc"), barLabels(scan, "corpus-money"));
        assertEquals(List.of("40亿 CNY", "540亿 USD"), barValues(scan, "corpus-money"));
        String empty = RENDERER.renderIndex(List.of(links.get(3)));
        assertTrue(empty.contains("No companies.") && empty.contains("No stated amounts."), empty);
    }

    @Test
    void pagesLinkBackToTheIndexWhenAsked() {
        Document doc = STANDARD.analyze("阿里巴巴", "a.txt");
        assertFalse(RENDERER.render(doc).contains("<nav"), "a page that stands alone has no index to go back to");
        PageScan scan = PageScan.of(HtmlRenderer.builder().indexLink("index.html").build().render(doc));
        PageScan.Tag back = scan.tags("a").get(0);
        assertEquals("index.html", back.attr("href"));
        assertEquals("index", back.attr("rel"));
        String hostile = HtmlRenderer.builder().indexLink("javascript:alert(1)").build().render(doc);
        assertTrue(hostile.contains("href=\"./javascript:alert(1)\""), hostile);
    }

    @Test
    void randomTextsAlwaysGiveWellFormedPagesWithExactHighlights() {
        Pipeline p = Toys.pipeline(new Rule("a", Toys.company("a", "A", null)), new Rule("ab", Toys.money("1", "USD")),
                new Rule("b<", Toys.metric("2", MetricUnit.COUNT)), new Rule("字", Toys.month(2020, 1)),
                new Rule("&", Toys.model("&", null, null)));
        RandomText random = new RandomText(new Random(7));
        for (int i = 0; i < 300; i++) {
            String text = random.next(120) + "ab<&字a";
            Input in = Input.text(text).withSource(random.next(10));
            Document doc = p.analyze(in);
            assertNotNull(checkPage(doc, RENDERER.render(doc)));
        }
    }

    @Test
    void longChartLabelsAreCutByDisplayWidth() {
        assertEquals("OpenAI", BarChart.shorten("OpenAI"));
        assertEquals("阿里巴巴 (Alibaba)", BarChart.shorten("阿里巴巴 (Alibaba)"));
        assertEquals("深度求索 (DeepSee\u2026", BarChart.shorten("深度求索 (DeepSeek)"));
        assertEquals("一二三四五六七八\u2026", BarChart.shorten("一二三四五六七八九十"));
        assertEquals("\uD83D\uDE00".repeat(17) + "\u2026", BarChart.shorten("\uD83D\uDE00".repeat(20)));
    }

    @Test
    void renderingTimeIsLinearInTheText() {
        String unit = "阿里巴巴2024年5月宣布,通义千问收入增长35%,OpenAI融资540亿美元。\n";
        Document small = STANDARD.analyze(unit.repeat(100));
        Document large = STANDARD.analyze(unit.repeat(1000));
        assertNull(LinearTime.check("rendering", () -> RENDERER.render(small), () -> RENDERER.render(large)));
    }

    private static int index(Document doc, String type, String surface) {
        for (int k = 0; k < doc.mentions().size(); k++) {
            Mention m = doc.mentions().get(k);
            if (m.type().equals(type) && m.text().equals(surface)) {
                return k;
            }
        }
        throw new AssertionError("no " + type + " " + surface + " in " + doc.mentions());
    }

    private static List<String> barLabels(PageScan scan, String chart) {
        return bars(scan, chart, "data-label");
    }

    private static List<String> barValues(PageScan scan, String chart) {
        return bars(scan, chart, "data-value");
    }

    /** The bars of one chart, in order: the g elements after its svg tag and before the next svg. */
    private static List<String> bars(PageScan scan, String chart, String attr) {
        List<String> out = new java.util.ArrayList<>();
        boolean in = false;
        for (PageScan.Tag t : scan.tags) {
            if (t.name().equals("svg")) {
                in = chart.equals(t.attr("data-chart"));
            } else if (in && t.name().equals("g")) {
                out.add(t.attr(attr));
            }
        }
        return out;
    }
}
