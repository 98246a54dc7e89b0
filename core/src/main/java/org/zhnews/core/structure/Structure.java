package org.zhnews.core.structure;

import java.util.List;
import java.util.Optional;
import org.zhnews.core.offset.TextRange;

/**
 * The layout of a document: its articles (at least one; contiguous, in text order, covering
 * the whole normalized text) and its boilerplate zones (in text order, not overlapping, each
 * inside the text). Immutable.
 *
 * @param articles the articles
 * @param zones    the boilerplate zones
 */
public record Structure(List<Article> articles, List<Zone> zones) {

    /**
     * @param articles the articles, at least one; copied
     * @param zones    the zones; copied
     * @throws IllegalArgumentException if there is no article, the articles do not follow each
     *                                  other, or the zones overlap or are out of order
     */
    public Structure {
        articles = List.copyOf(articles);
        zones = List.copyOf(zones);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a structure has at least one article");
        }
        for (int i = 1; i < articles.size(); i++) {
            if (articles.get(i).range().start() != articles.get(i - 1).range().end()) {
                throw new IllegalArgumentException("articles must be contiguous: " + articles);
            }
        }
        for (int i = 1; i < zones.size(); i++) {
            if (zones.get(i).range().start() < zones.get(i - 1).range().end()) {
                throw new IllegalArgumentException("zones must be in order and not overlap: " + zones);
            }
        }
    }

    /**
     * One article over the whole text, no zones: the structure when none is analysed.
     *
     * @param textLength     the normalized text's length
     * @param originalLength the original input's length
     * @return the structure of a single plain article
     */
    public static Structure single(int textLength, int originalLength) {
        return new Structure(List.of(Article.plain(new TextRange(0, textLength),
                new TextRange(0, originalLength))), List.of());
    }

    /**
     * The index of the article holding the normalized offset {@code offset}; an offset at the
     * very end belongs to the last article.
     *
     * @param offset an offset in the normalized text
     * @return the article's index; 0 for an offset before the first article's start
     */
    public int articleAt(int offset) {
        int lo = 0;
        int hi = articles.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (articles.get(mid).range().start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * The zone holding the normalized offset {@code offset}, if any.
     *
     * @param offset an offset in the normalized text
     * @return the zone whose range holds {@code offset}, or empty
     */
    public Optional<Zone> zoneAt(int offset) {
        int lo = 0;
        int hi = zones.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Zone z = zones.get(mid);
            if (offset < z.range().start()) {
                hi = mid - 1;
            } else if (offset >= z.range().end()) {
                lo = mid + 1;
            } else {
                return Optional.of(z);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether this structure has more than one article.
     *
     * @return {@code true} for two articles or more
     */
    public boolean isMultiArticle() {
        return articles.size() > 1;
    }

    /**
     * Checks that every range lies inside texts of the given lengths.
     *
     * @param textLength     the normalized text's length
     * @param originalLength the original input's length
     * @return this structure
     * @throws IllegalArgumentException if the articles do not cover {@code [0, textLength)} or a
     *     range ends past its text
     */
    public Structure requireWithin(int textLength, int originalLength) {
        TextRange last = articles.get(articles.size() - 1).range();
        if (articles.get(0).range().start() != 0 || last.end() != textLength) {
            throw new IllegalArgumentException("articles cover [" + articles.get(0).range().start()
                    + ", " + last.end() + ") of a text of " + textLength);
        }
        for (Article a : articles) {
            if (a.originalRange().end() > originalLength) {
                throw new IllegalArgumentException("article outside the original: " + a);
            }
        }
        for (Zone z : zones) {
            if (z.range().end() > textLength || z.originalRange().end() > originalLength) {
                throw new IllegalArgumentException("zone outside the text: " + z);
            }
        }
        return this;
    }
}
