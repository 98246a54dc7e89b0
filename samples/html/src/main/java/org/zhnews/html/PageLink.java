package org.zhnews.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.zhnews.core.Document;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.structure.Article;

/**
 * One row of an index page: a link to a rendered document and its figures, and what the
 * index's corpus-wide charts count. Immutable.
 *
 * @param href      where the page is, relative to the index (written escaped; a value that
 *                  looks like a scheme other than http or https is made relative, so
 *                  {@code javascript:} links cannot be formed)
 * @param title     the text of the link: the document's headline, else its source
 * @param source    where the document came from (a file name), when known
 * @param outlet    the outlet its first article names, when one does
 * @param published the publication date its first dated article states, when one does
 * @param counts    mentions per type ({@code company}, {@code model}, ...)
 * @param warnings  how many warnings the document has
 * @param companies the companies it names outside boilerplate: key (id, or {@code name:} and
 *                  the name for an unlinked one) to label
 * @param money     its stated money outside boilerplate, per ISO currency (as in the page's
 *                  summary: amounts as written, restatements left out)
 */
public record PageLink(String href, String title, Optional<String> source, Optional<String> outlet,
                       Optional<LocalDate> published, Map<String, Integer> counts, int warnings,
                       Map<String, String> companies, Map<String, BigDecimal> money) {

    public PageLink {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(published, "published");
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(counts, "counts")));
        companies = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(companies, "companies")));
        money = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(money, "money")));
        if (warnings < 0) {
            throw new IllegalArgumentException("warnings < 0: " + warnings);
        }
    }

    /** A row with a title and figures only: no source, outlet, date, companies or money. */
    public PageLink(String href, String title, Map<String, Integer> counts, int warnings) {
        this(href, title, Optional.empty(), Optional.empty(), Optional.empty(), counts, warnings, Map.of(), Map.of());
    }

    /**
     * A link to the page of {@code doc} at {@code href}: titled by its first headline (else its
     * source), with its outlet and date from its articles and the figures of its page.
     */
    public static PageLink of(String href, Document doc) {
        Summary summary = Summary.of(doc, Integer.MAX_VALUE);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : doc.mentions()) {
            counts.merge(m.type(), 1, Integer::sum);
        }
        Map<String, String> companies = new LinkedHashMap<>();
        summary.topCompanies().forEach(c -> companies.put(c.key(), c.label()));
        Map<String, BigDecimal> money = new TreeMap<>();
        summary.moneyTotals().forEach((currency, total) -> money.put(currency, total.total()));
        String title = doc.articles().stream().map(Article::title).flatMap(Optional::stream).findFirst()
                .orElseGet(() -> HtmlRenderer.defaultTitle(doc));
        return new PageLink(href, title, doc.source(),
                doc.articles().stream().map(Article::outlet).flatMap(Optional::stream).findFirst(),
                doc.articles().stream().map(Article::published).flatMap(Optional::stream).findFirst(),
                counts, doc.warnings().size(), companies, money);
    }

    /** The mentions of one type. */
    public int count(String type) {
        return counts.getOrDefault(type, 0);
    }

    /** {@link #href()} as written into the page: a link with a foreign scheme made relative. */
    String safeHref() {
        return safe(href);
    }

    /** {@code href} as written into a page: a link with a scheme other than http or https made relative. */
    static String safe(String href) {
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
            if (c == ':') {
                String scheme = href.substring(0, i).trim().toLowerCase(java.util.Locale.ROOT);
                return scheme.equals("http") || scheme.equals("https") ? href : "./" + href;
            }
        }
        return href;
    }
}
