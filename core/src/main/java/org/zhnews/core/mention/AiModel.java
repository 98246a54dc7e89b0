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

    /** Checks that no component is null. */
    public AiModel {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(vendor, "vendor");
    }
}
