package org.zhnews.extract.lexicon;

import org.zhnews.extract.knowledge.ModelSurface;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A model name as the {@link Arbiter} read it: the family surface found by the dictionary and
 * the version and variant written after it.
 *
 * @param surface    the dictionary entry: family, and whether it was a short form
 * @param version    the version ({@code 2.5}, {@code R1}; a short form's own text), when written
 * @param variant    size, tier or edition ({@code Max}, {@code 235B-A22B}), when written
 * @param parameters the parameter count spelled by a size in the name ({@code 235B}), when written
 */
public record ModelReading(ModelSurface surface, Optional<String> version, Optional<String> variant,
                           Optional<BigDecimal> parameters) {

    /**
     * Checks that no component is null.
     *
     * @param surface    the dictionary entry
     * @param version    the version, or empty
     * @param variant    the size, tier or edition, or empty
     * @param parameters the parameter count, or empty
     * @throws NullPointerException if a component is null
     */
    public ModelReading {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(parameters, "parameters");
    }

    /** A family name with nothing read after it. */
    static ModelReading bare(ModelSurface surface) {
        return new ModelReading(surface, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
