package org.zhnews.html;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.zhnews.core.Document;
import org.zhnews.core.mention.Mention;

/**
 * One row of an index page: a link to a rendered document and its figures.
 *
 * @param href     where the page is, relative to the index (written escaped; a value that
 *                 looks like a scheme other than http or https is made relative, so
 *                 {@code javascript:} links cannot be formed)
 * @param title    the text of the link
 * @param counts   mentions per type ({@code company}, {@code model}, ...)
 * @param warnings how many warnings the document has
 */
public record PageLink(String href, String title, Map<String, Integer> counts, int warnings) {

    public PageLink {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(title, "title");
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(counts, "counts")));
        if (warnings < 0) {
            throw new IllegalArgumentException("warnings < 0: " + warnings);
        }
    }

    /** A link to the page of {@code doc} at {@code href}, titled by the document's source. */
    public static PageLink of(String href, Document doc) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : doc.mentions()) {
            counts.merge(m.type(), 1, Integer::sum);
        }
        return new PageLink(href, HtmlRenderer.defaultTitle(doc), counts, doc.warnings().size());
    }

    /** The mentions of one type. */
    public int count(String type) {
        return counts.getOrDefault(type, 0);
    }

    /** {@link #href()} as written into the page: a link with a foreign scheme made relative. */
    String safeHref() {
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
