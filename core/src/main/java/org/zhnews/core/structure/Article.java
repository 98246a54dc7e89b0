package org.zhnews.core.structure;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.zhnews.core.offset.TextRange;

/**
 * One article of a document. A document that holds several articles run together (a scraped
 * page of news briefs) has one per article; their ranges are contiguous, in text order, and
 * together cover the whole document.
 *
 * @param range         where it stands in the normalized text
 * @param originalRange where it stands in the original input
 * @param title         its headline (normalized text), when one was found
 * @param byline        its author line (normalized text), when one was found
 * @param outlet        the outlet it is credited to ({@code 证券时报}), when stated
 * @param published     its publication date, when stated in the text
 * @param region        the region whose news it is ({@code TW} for a Taiwan report) with its
 *                      evidence, when the structure step found one; empty when no step looked
 *                      or the evidence was too weak
 */
public record Article(TextRange range, TextRange originalRange, Optional<String> title,
                      Optional<String> byline, Optional<String> outlet, Optional<LocalDate> published,
                      Optional<ArticleRegion> region) {

    /**
     * Checks that no component is null.
     *
     * @param range         where it stands in the normalized text
     * @param originalRange where it stands in the original input
     * @param title         its headline, or empty
     * @param byline        its author line, or empty
     * @param outlet        the outlet it is credited to, or empty
     * @param published     its publication date, or empty
     * @param region        its region with the evidence, or empty
     * @throws NullPointerException if a component is null
     */
    public Article {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(originalRange, "originalRange");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(region, "region");
    }

    /**
     * An article whose region is not known.
     *
     * @param range         where it stands in the normalized text
     * @param originalRange where it stands in the original input
     * @param title         its headline, or empty
     * @param byline        its author line, or empty
     * @param outlet        the outlet it is credited to, or empty
     * @param published     its publication date, or empty
     * @throws NullPointerException if an argument is null
     */
    public Article(TextRange range, TextRange originalRange, Optional<String> title,
                   Optional<String> byline, Optional<String> outlet, Optional<LocalDate> published) {
        this(range, originalRange, title, byline, outlet, published, Optional.empty());
    }

    /**
     * An article with no known title, byline, outlet or date.
     *
     * @param range         where it stands in the normalized text
     * @param originalRange where it stands in the original input
     * @return the article, every optional component empty
     */
    public static Article plain(TextRange range, TextRange originalRange) {
        return new Article(range, originalRange, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * This article with {@code date} as its publication date.
     *
     * @param date the publication date
     * @return a new article; this one is unchanged
     */
    public Article withPublished(LocalDate date) {
        return new Article(range, originalRange, title, byline, outlet, Optional.of(date), region);
    }

    /**
     * This article with {@code value} as its region.
     *
     * @param value the region and its evidence
     * @return a new article; this one is unchanged
     */
    public Article withRegion(ArticleRegion value) {
        return new Article(range, originalRange, title, byline, outlet, published, Optional.of(value));
    }
}
