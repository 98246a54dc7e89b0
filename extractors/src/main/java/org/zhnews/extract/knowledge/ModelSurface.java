package org.zhnews.extract.knowledge;

import java.util.Objects;

/**
 * What the model dictionary stores under a surface: the family, and whether the surface is a
 * short form ({@code R1}) or a common word ({@code Seed}) that counts only with the family or
 * its vendor in context.
 *
 * <p>Internal: public only for the company and model extractors; not part of the API, may change
 * without notice.
 *
 * @param family      the model family
 * @param shortForm   whether the surface is one of the family's short forms
 * @param contextOnly whether the surface needs the family or vendor in context
 */
public record ModelSurface(ModelFamily family, boolean shortForm, boolean contextOnly) implements KnownName {

    /**
     * Checks that the family is not null.
     *
     * @param family      the model family
     * @param shortForm   whether the surface is a short form
     * @param contextOnly whether the surface needs context
     * @throws NullPointerException if {@code family} is null
     */
    public ModelSurface {
        Objects.requireNonNull(family, "family");
    }

    /**
     * Whether the surface counts only with the family or vendor in context.
     *
     * @return {@code shortForm() || contextOnly()}
     */
    public boolean needsContext() {
        return shortForm || contextOnly;
    }
}
