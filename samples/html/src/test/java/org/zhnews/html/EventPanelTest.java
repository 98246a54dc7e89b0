package org.zhnews.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;

/** The Events panel and the event highlights, on an invented funding round analysed by the default pipeline. */
class EventPanelTest {

    private static final String FUNDING = "镜界科技宣布完成2亿美元B轮融资，由高瓴创投领投，美团龙珠跟投。";

    private static String role(String role, String text) {
        return "<span class=\"ev r-" + role + "\" data-event=\"0\" data-role=\"" + role + "\" title=\"funding #1: "
                + role + "\">" + text + "</span>";
    }

    @Test
    void highlightsTheTriggerAndEveryRoleAtItsOriginalOffsets() {
        Document doc = ZhNews.pipeline().analyze(FUNDING, "a.txt");
        assertEquals(1, doc.events().size(), doc.events().toString());
        String html = HtmlRenderer.create().render(doc);
        PageScan scan = PageScan.of(html);
        assertEquals(HtmlText.display(FUNDING), scan.shownText.toString(), "the text panel still shows the whole input");
        assertTrue(html.contains("<span class=\"ev ev-trigger\" data-event=\"0\" title=\"funding #1: trigger\">B轮</span>"),
                html);
        for (List<String> r : List.of(List.of("company", "镜界科技"), List.of("amount", "2亿美元"),
                List.of("lead", "高瓴创投"), List.of("investors", "美团龙珠"))) {
            assertTrue(html.contains(role(r.get(0), r.get(1))), r + " in " + html);
        }
        List<PageScan.Tag> spans = scan.tags("span").stream().filter(t -> t.attr("data-event") != null).toList();
        assertEquals(5, spans.size(), "a trigger and four roles, none split");
    }

    @Test
    void panelListsKindModalityAndRoles() {
        Document doc = ZhNews.pipeline().analyze(FUNDING, "a.txt");
        String html = HtmlRenderer.create().render(doc);
        assertTrue(html.contains("<h2>Events (1)</h2>"), html);
        int item = html.indexOf("<li data-event=\"0\" data-kind=\"funding\"><b>funding</b> <code>stated</code> “B轮”");
        assertTrue(item > 0, html);
        String rest = html.substring(item);
        assertTrue(rest.contains("<code class=\"attrs\">round=b</code>"), rest);
        assertTrue(rest.contains("<li data-role=\"lead\"><span class=\"ev r-lead\">lead</span> 高瓴创投</li>"), rest);
        assertTrue(rest.indexOf("data-role=\"company\"") < rest.indexOf("data-role=\"investors\""), "roles in role order");
    }

    @Test
    void aDocumentWithoutEventsSaysSo() {
        String html = HtmlRenderer.create().render(Toys.standard().analyze("阿里巴巴发布通义千问。", "b.txt"));
        assertTrue(html.contains("<h2>Events (0)</h2><p class=\"none\">No events.</p>"), html);
        assertTrue(!html.contains("data-event="), "no event highlight");
    }
}
