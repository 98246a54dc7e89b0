package org.zhnews.core.mention;

import java.util.Objects;
import java.util.Optional;

/**
 * An AI model or assistant product, as named.
 *
 * @param family  model family ({@code Qwen}, {@code GPT}, {@code 豆包})
 * @param version version within the family ({@code 2.5}, {@code 4o}, {@code R1}), when named
 * @param variant size or tier ({@code Max}, {@code mini}, {@code 235B-A22B}), when named
 * @param vendor  company id of the vendor, when known
 */
public record AiModel(String family, Optional<String> version, Optional<String> variant,
                      Optional<String> vendor) {

    /**
     * Checks that no component is null.
     *
     * @param family  the model family
     * @param version the version within the family, or empty
     * @param variant the size or tier, or empty
     * @param vendor  the vendor's company id, or empty
     * @throws NullPointerException if a component is null
     */
    public AiModel {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(vendor, "vendor");
    }
}
