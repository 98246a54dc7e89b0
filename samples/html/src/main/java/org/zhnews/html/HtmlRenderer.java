package org.zhnews.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zhnews.core.Document;

/**
 * Renders an analysed {@link Document} as one self-contained HTML page, like spaCy's displaCy:
 * the original text with every mention highlighted by type, the normalized facts of each
 * mention (tooltip and table), the warnings, the articles and boilerplate zones, and a summary
 * with inline SVG bar charts. The page loads nothing: no scripts, fonts, images or style sheets
 * from elsewhere, and its Content-Security-Policy forbids them.
 *
 * <p><b>Offsets.</b> Each highlight is a {@code <mark>} with {@code data-m} (the mention's
 * index in {@link Document#mentions()}), {@code data-type}, and {@code data-start}/{@code
 * data-end}, the mention's original offsets (UTF-16 units, end exclusive). A mention inside
 * another (a model inside a company span) is a child of the outer element. When two mentions
 * cross, the one that starts later (or, at the same start, is shorter) is split where the other
 * ends, into fragments that share its {@code data-m}; only the first has its {@code id} and the
 * others carry {@code data-part="continued"}. Articles and boilerplate zones are laid over the
 * text the same way, outside mentions, so a mention that crosses a zone edge is split too.
 * Joined in order, a mention's fragments show exactly its surface. Events are listed in an
 * "Events" panel and their triggers and role spans are laid over the text at their original
 * offsets, inside the mentions they cover ({@link EventPanel}).
 *
 * <p><b>Escaping.</b> Everything taken from the document (text, names, warnings, source) is
 * HTML-escaped in content and attributes; control characters, bidirectional formatting
 * characters and unpaired surrogates are shown as a visible substitute, one for one (so every
 * highlight keeps its length); no input can add markup or script. Newlines are kept
 * ({@code white-space: pre-wrap}).
 *
 * <p>Immutable and thread-safe: build one with {@link #builder()} and share it. Rendering writes
 * in time linear in the text plus the mentions times their nesting depth. Errors: {@code null}
 * arguments throw {@link NullPointerException}; the {@code Writer} variants pass on the
 * writer's {@link IOException}.
 */
public final class HtmlRenderer {

    private static final String CSS = loadCss();

    private final Optional<String> title;
    private final Optional<String> indexLink;
    private final boolean showNormalizedText;
    private final int topCompanies;

    private HtmlRenderer(Builder b) {
        this.title = Optional.ofNullable(b.title);
        this.indexLink = Optional.ofNullable(b.indexLink);
        this.showNormalizedText = b.showNormalizedText;
        this.topCompanies = b.topCompanies;
    }

    /** A renderer with the default options. */
    public static HtmlRenderer create() {
        return builder().build();
    }

    /** A builder with the default options: title from the document, no normalized text, top 10 companies. */
    public static Builder builder() {
        return new Builder();
    }

    /** The page of {@code doc}. */
    public String render(Document doc) {
        StringBuilderWriter out = new StringBuilderWriter(doc.original().length() * 4 + 16384);
        try {
            render(doc, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilderWriter does not throw
        }
        return out.toString();
    }

    /** Writes the page of {@code doc} to {@code out} (not closed, not flushed). */
    public void render(Document doc, Writer out) throws IOException {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(out, "out");
        String pageTitle = title.orElseGet(() -> defaultTitle(doc));
        Summary summary = Summary.of(doc, topCompanies);
        head(out, pageTitle);
        out.write("<header>");
        if (indexLink.isPresent()) {
            out.write("<nav class=\"back\"><a rel=\"index\" href=\"");
            HtmlText.write(out, PageLink.safe(indexLink.get()));
            out.write("\">\u2190 All documents</a></nav>");
        }
        out.write("<h1>");
        HtmlText.write(out, pageTitle);
        out.write("</h1><p class=\"meta\">");
        StringBuilder meta = new StringBuilder();
        doc.source().ifPresent(s -> meta.append("source ").append(s).append(" · "));
        doc.charset().ifPresent(c -> meta.append("charset ").append(c.name()).append(" · "));
        meta.append("script ").append(doc.script().jsonName()).append(" · ")
                .append(doc.original().length()).append(" chars · ")
                .append(doc.mentions().size()).append(" mentions · ")
                .append(doc.warnings().size()).append(" warnings · ")
                .append(doc.articles().size()).append(doc.articles().size() == 1 ? " article" : " articles");
        HtmlText.write(out, meta);
        out.write("</p>");
        legend(out, summary.countsByType());
        out.write("</header>\n<main><div class=\"left\"><section class=\"panel doc\"><h2>Text</h2>"
                + "<div class=\"text\" id=\"text\" dir=\"ltr\">");
        Highlighter.write(out, doc.original(), HighlightLayers.layers(doc));
        out.write("</div></section>\n");
        MentionTable.mentionTable(out, doc);
        if (showNormalizedText) {
            out.write("<section class=\"panel normalized\"><details><summary>Normalized text</summary><pre>");
            HtmlText.write(out, doc.text());
            out.write("</pre></details></section>\n");
        }
        out.write("</div><aside>");
        SidePanels.summary(out, summary);
        EventPanel.panel(out, doc);
        SidePanels.warnings(out, doc);
        SidePanels.structure(out, doc);
        out.write("</aside></main>\n<footer>Rendered by zhnews. Offsets are UTF-16 units of the original input."
                + "</footer>\n</body>\n</html>\n");
    }

    /** The index page of {@link #renderIndex(List, Writer)}. */
    public String renderIndex(List<PageLink> pages) {
        StringBuilderWriter out = new StringBuilderWriter(8192);
        try {
            renderIndex(pages, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes an index page linking to rendered documents to {@code out} (not closed): charts of
     * the companies named by most documents and of the stated money per currency, then a row per
     * document with its title, source, outlet, date, mentions per type and warnings, and totals.
     */
    public void renderIndex(List<PageLink> pages, Writer out) throws IOException {
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(out, "out");
        String pageTitle = title.orElse("zhnews: " + pages.size() + (pages.size() == 1 ? " document" : " documents"));
        IndexPage.write(out, pageTitle, pages, topCompanies);
    }

    /** The title of a document's page when none is configured: its source, its first title, or a default. */
    static String defaultTitle(Document doc) {
        return doc.source().or(() -> doc.articles().get(0).title()).orElse("zhnews analysis");
    }

    static void head(Writer out, String pageTitle) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; img-src data:\">\n"
                + "<link rel=\"icon\" href=\"data:,\">\n<title>");
        HtmlText.write(out, pageTitle);
        out.write("</title>\n<style>\n");
        out.write(CSS);
        out.write("</style>\n</head>\n<body>\n");
    }

    static void legend(Writer out, Map<String, Integer> counts) throws IOException {
        out.write("<ul class=\"legend\">");
        for (String t : Summary.TYPES) {
            out.write("<li data-type=\"" + t + "\"><span class=\"swatch t-" + t + "\"></span>" + t);
            if (counts != null) {
                out.write(" <span class=\"count\">" + counts.get(t) + "</span>");
            }
            out.write("</li>");
        }
        out.write("<li><span class=\"swatch zone\"></span>boilerplate</li></ul>");
    }

    private static String loadCss() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("page.css")) {
            if (in == null) {
                throw new IllegalStateException("page.css missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Options of a {@link HtmlRenderer}. Not thread-safe; {@link #build()} copies it. */
    public static final class Builder {
        private String title;
        private String indexLink;
        private boolean showNormalizedText;
        private int topCompanies = 10;

        private Builder() {
        }

        /** The page title; by default the document's source, else its first article's title. */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * A link back to the index at the top of every document's page ({@code index.html} next to
         * the pages, as the CLI writes them); by default none, for a page that stands alone.
         */
        public Builder indexLink(String href) {
            this.indexLink = Objects.requireNonNull(href, "href");
            return this;
        }

        /** Whether to add the normalized text, folded, under the mentions (default false). */
        public Builder showNormalizedText(boolean show) {
            this.showNormalizedText = show;
            return this;
        }

        /**
         * How many companies the top-companies chart shows (default 10).
         *
         * @throws IllegalArgumentException if {@code n < 1}
         */
        public Builder topCompanies(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("topCompanies must be at least 1: " + n);
            }
            this.topCompanies = n;
            return this;
        }

        public HtmlRenderer build() {
            return new HtmlRenderer(this);
        }
    }
}