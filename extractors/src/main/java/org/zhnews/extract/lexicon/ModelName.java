package org.zhnews.extract.lexicon;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What {@link VersionGrammar} read after a family name.
 *
 * @param end        end (exclusive) of the version and variant text; the start position when nothing was read
 * @param version    the version ({@code 2.5}, {@code 4o}, {@code R1}), when written
 * @param variant    size, tier or edition ({@code Max}, {@code 235B-A22B}, {@code mini}), when written
 * @param parameters the parameter count spelled by a size ({@code 235B} -> 235000000000), when written
 * @param sized      whether a size in billions or trillions was read ({@code 32B}, {@code A3B}, {@code 1T}):
 *                   evidence that the name is a model's
 */
record ModelName(int end, Optional<String> version, Optional<String> variant, Optional<BigDecimal> parameters,
                 boolean sized) {

    /** Nothing read at {@code end}. */
    static ModelName none(int end) {
        return new ModelName(end, Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    /** Whether a dotted version was read ({@code 2.1}, {@code V2.5}): evidence that the name is a model's. */
    boolean dottedVersion() {
        return version.isPresent() && version.get().indexOf('.') > 0;
    }

    /**
     * Whether a variant word and a version were both read ({@code large-v3}, {@code Pro 2}): a
     * model's name, not an everyday word's.
     */
    boolean variantAndVersion() {
        return version.isPresent() && variant.isPresent();
    }

    /** Whether anything was read. */
    boolean isEmpty() {
        return version.isEmpty() && variant.isEmpty();
    }
}
