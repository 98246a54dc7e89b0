package org.zhnews.core.mention;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A canonical company of a knowledge base.
 *
 * @param id               stable identifier, lower-case ASCII ({@code bytedance})
 * @param name             simplified Chinese name (or the usual name when it has none)
 * @param nameTraditional  traditional Chinese name, when it differs
 * @param nameEn           English name, when known
 * @param aliases          other names and short forms it is known by
 * @param tickers          listing tickers ({@code BABA}, {@code 9988.HK})
 * @param parentId         id of the parent company, when it has one
 */
public record Company(String id, String name, Optional<String> nameTraditional,
                      Optional<String> nameEn, List<String> aliases, List<String> tickers,
                      Optional<String> parentId) {

    /**
     * Checks that no component is null; copies the lists.
     *
     * @param id              the stable identifier
     * @param name            the simplified Chinese (or usual) name
     * @param nameTraditional the traditional Chinese name, or empty
     * @param nameEn          the English name, or empty
     * @param aliases         other names; copied
     * @param tickers         listing tickers; copied
     * @param parentId        the parent company's id, or empty
     * @throws NullPointerException if a component, or an element of a list, is null
     */
    public Company {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameTraditional, "nameTraditional");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(parentId, "parentId");
        aliases = List.copyOf(aliases);
        tickers = List.copyOf(tickers);
    }
}
