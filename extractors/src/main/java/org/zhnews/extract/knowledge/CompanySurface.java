package org.zhnews.extract.knowledge;

import java.util.Objects;

/**
 * What the company dictionary stores under a surface: the entry and whether this surface
 * names it only with context.
 *
 * <p>Internal: public only for the company and model extractors; not part of the API, may change
 * without notice.
 *
 * @param entry       the company
 * @param contextOnly whether the surface is also a common word, number or unit
 */
public record CompanySurface(CompanyEntry entry, boolean contextOnly) implements KnownName {

    /**
     * Checks that the entry is not null.
     *
     * @param entry       the company
     * @param contextOnly whether the surface needs context
     * @throws NullPointerException if {@code entry} is null
     */
    public CompanySurface {
        Objects.requireNonNull(entry, "entry");
    }
}
