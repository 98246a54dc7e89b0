package org.zhnews.extract.knowledge;

import java.util.Objects;

/**
 * What the company dictionary stores under a surface: the entry and whether this surface
 * names it only with context.
 *
 * @param entry       the company
 * @param contextOnly whether the surface is also a common word, number or unit
 */
public record CompanySurface(CompanyEntry entry, boolean contextOnly) implements KnownName {

    public CompanySurface {
        Objects.requireNonNull(entry, "entry");
    }
}
