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
 */
record ModelName(int end, Optional<String> version, Optional<String> variant, Optional<BigDecimal> parameters) {

    /** Whether anything was read. */
    boolean isEmpty() {
        return version.isEmpty() && variant.isEmpty();
    }
}
