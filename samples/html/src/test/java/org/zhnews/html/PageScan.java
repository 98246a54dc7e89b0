package org.zhnews.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small scanner of the pages the renderer writes, for tests: the tags with their attributes,
 * the text shown in the text panel, and for each highlighted mention ({@code data-m}) the text
 * of its fragments joined, their count and the mentions it is nested in. It fails on markup a
 * page must not contain: a tag outside {@link #ALLOWED}, an event-handler attribute, an unclosed
 * tag or a stray end tag.
 */
final class PageScan {

    static final Set<String> ALLOWED = Set.of("!doctype", "html", "head", "meta", "link", "title", "style", "body", "nav",
            "header", "h1", "h2", "h3", "p", "ul", "ol", "li", "span", "main", "div", "section", "mark", "table",
            "thead", "tbody", "tfoot", "tr", "th", "td", "a", "code", "b", "details", "summary", "pre", "aside",
            "footer", "svg", "g", "text", "rect");
    private static final Set<String> VOID = Set.of("!doctype", "meta", "link");

    record Tag(String name, Map<String, String> attrs) {
        String attr(String key) {
            return attrs.get(key);
        }
    }

    /** One open element while scanning. */
    private record Open(Tag tag, StringBuilder markText) {
    }

    final List<Tag> tags = new ArrayList<>();
    final StringBuilder shownText = new StringBuilder();
    final Map<Integer, StringBuilder> mentionText = new LinkedHashMap<>();
    final Map<Integer, Integer> fragments = new LinkedHashMap<>();
    final Map<Integer, List<Integer>> ancestors = new LinkedHashMap<>();

    private PageScan() {
    }

    static PageScan of(String html) {
        PageScan s = new PageScan();
        s.scan(html);
        return s;
    }

    /** The tags named {@code name}. */
    List<Tag> tags(String name) {
        return tags.stream().filter(t -> t.name().equals(name)).toList();
    }

    private void scan(String html) {
        List<Open> stack = new ArrayList<>();
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = tagEnd(html, i);
                String raw = html.substring(i + 1, end);
                i = end + 1;
                if (raw.startsWith("/")) {
                    String name = raw.substring(1).trim().toLowerCase();
                    if (stack.isEmpty() || !stack.get(stack.size() - 1).tag().name().equals(name)) {
                        throw new AssertionError("stray </" + name + "> at " + i);
                    }
                    stack.remove(stack.size() - 1);
                    continue;
                }
                boolean selfClosing = raw.endsWith("/");
                Tag tag = parseTag(selfClosing ? raw.substring(0, raw.length() - 1) : raw);
                if (!ALLOWED.contains(tag.name())) {
                    throw new AssertionError("tag not allowed: <" + raw + ">");
                }
                for (String a : tag.attrs().keySet()) {
                    if (a.startsWith("on") || a.equals("src") || a.equals("srcdoc")) {
                        throw new AssertionError("attribute not allowed: <" + raw + ">");
                    }
                }
                tags.add(tag);
                if (selfClosing || VOID.contains(tag.name())) {
                    continue;
                }
                StringBuilder markText = null;
                if (tag.name().equals("mark")) {
                    int m = Integer.parseInt(tag.attr("data-m"));
                    markText = mentionText.computeIfAbsent(m, k -> new StringBuilder());
                    fragments.merge(m, 1, Integer::sum);
                    List<Integer> outer = new ArrayList<>();
                    for (Open o : stack) {
                        if (o.tag().name().equals("mark")) {
                            outer.add(Integer.parseInt(o.tag().attr("data-m")));
                        }
                    }
                    ancestors.merge(m, outer, (a, b) -> a);
                }
                stack.add(new Open(tag, markText));
                if (tag.name().equals("style")) {
                    int close = html.indexOf("</style>", i);
                    i = close;
                }
            } else {
                int next = html.indexOf('<', i);
                if (next < 0) {
                    next = n;
                }
                String text = decode(html.substring(i, next));
                i = next;
                boolean inText = false;
                for (Open o : stack) {
                    if ("text".equals(o.tag().attr("id"))) {
                        inText = true;
                    }
                    if (inText && o.markText() != null) {
                        o.markText().append(text);
                    }
                }
                if (inText) {
                    shownText.append(text);
                }
            }
        }
        if (!stack.isEmpty()) {
            throw new AssertionError("unclosed: " + stack.get(stack.size() - 1).tag());
        }
    }

    private static int tagEnd(String html, int start) {
        char quote = 0;
        for (int i = start + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            } else if (c == '<') {
                throw new AssertionError("'<' inside a tag at " + i);
            }
        }
        throw new AssertionError("unterminated tag at " + start);
    }

    private static Tag parseTag(String raw) {
        int i = 0;
        while (i < raw.length() && !Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        String name = raw.substring(0, i).toLowerCase();
        Map<String, String> attrs = new LinkedHashMap<>();
        while (i < raw.length()) {
            while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
                i++;
            }
            int ks = i;
            while (i < raw.length() && raw.charAt(i) != '=' && !Character.isWhitespace(raw.charAt(i))) {
                i++;
            }
            String key = raw.substring(ks, i).toLowerCase();
            if (key.isEmpty()) {
                break;
            }
            String value = "";
            if (i < raw.length() && raw.charAt(i) == '=') {
                char q = raw.charAt(i + 1);
                if (q != '"') {
                    throw new AssertionError("unquoted attribute in <" + raw + ">");
                }
                int close = raw.indexOf('"', i + 2);
                value = decode(raw.substring(i + 2, close));
                i = close + 1;
            }
            if (attrs.put(key, value) != null) {
                throw new AssertionError("duplicate attribute " + key + " in <" + raw + ">");
            }
        }
        return new Tag(name, attrs);
    }

    /** Decodes the character references the renderer writes (and fails on any other). */
    static String decode(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '&') {
                b.append(c);
                continue;
            }
            int semi = s.indexOf(';', i);
            String ref = s.substring(i + 1, semi);
            switch (ref) {
                case "amp" -> b.append('&');
                case "lt" -> b.append('<');
                case "gt" -> b.append('>');
                case "quot" -> b.append('"');
                default -> {
                    if (!ref.startsWith("#")) {
                        throw new AssertionError("unknown reference &" + ref + ";");
                    }
                    b.appendCodePoint(Integer.parseInt(ref.substring(1)));
                }
            }
            i = semi;
        }
        return b.toString();
    }
}
