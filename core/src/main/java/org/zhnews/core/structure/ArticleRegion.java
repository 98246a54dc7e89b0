package org.zhnews.core.structure;

import java.util.List;
import java.util.Objects;

/**
 * The region an article was found to belong to, with the evidence that decided it.
 *
 * @param region   the region
 * @param evidence the cues that spoke for it, strongest first, each as {@code kind:surface}
 *                 with the surface as it stands in the original input ({@code "dateline:台北報導"},
 *                 {@code "currency:新台幣"}, {@code "script:traditional"}); never empty
 */
public record ArticleRegion(Region region, List<String> evidence) {

    /**
     * @param region   the region
     * @param evidence the cues, strongest first; copied
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if there is no evidence
     */
    public ArticleRegion {
        Objects.requireNonNull(region, "region");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a region needs evidence");
        }
    }
}
