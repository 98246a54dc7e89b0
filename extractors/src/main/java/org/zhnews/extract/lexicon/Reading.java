package org.zhnews.extract.lexicon;

import java.util.Set;

/** What the {@link Arbiter} reads a dictionary name as, where it stands. */
public enum Reading {
    /** A company of the knowledge base (outlets and investors included). */
    COMPANY,
    /** A product or app of a company ({@code 微信}): a company-base entry of category {@code product}. */
    PRODUCT,
    /** A university or research institute: a company-base entry of an institution category. */
    INSTITUTION,
    /** An AI model or assistant of a model family. */
    MODEL,
    /** Not a name here: a common word, or a name inside an amount, a number, a URL... */
    WORD;

    /** Category of the company-base entries that are products or apps of a company (微信, 淘宝). */
    public static final String PRODUCT_CATEGORY = "product";
    /** Categories of company-base entries that are organisations but not companies. */
    public static final Set<String> INSTITUTION_CATEGORIES = Set.of("university", "institute");

    /**
     * How a company-base entry of {@code category} reads: a product, an institution or a company.
     *
     * @param category the entry's category
     * @return {@link #PRODUCT}, {@link #INSTITUTION} or {@link #COMPANY}
     */
    public static Reading ofCategory(String category) {
        if (PRODUCT_CATEGORY.equals(category)) {
            return PRODUCT;
        }
        return INSTITUTION_CATEGORIES.contains(category) ? INSTITUTION : COMPANY;
    }
}
