package org.zhnews.extract.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One hand-annotated passage: its text and the companies and models a reader finds in it, with
 * the conventions of {@code ../shared/corpus/gold/README.md} (one entry per distinct surface;
 * {@code optional} entries neither count for nor against a system).
 *
 * @param id        stable identifier ({@code p01})
 * @param text      the passage
 * @param companies gold companies
 * @param models    gold models
 * @param hard      written as a trap (a name that is also a word, a unit, a number; a short
 *                  model form; an unknown firm; a text with no company at all)
 */
public record GoldPassage(String id, String text, List<GoldCompany> companies, List<GoldModel> models,
                          boolean hard) {

    public GoldPassage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        companies = List.copyOf(companies);
        models = List.copyOf(models);
    }

    /**
     * A gold company.
     *
     * @param surface   the name as it stands in the text
     * @param canonical {@code "中文名 English"}: words separated by spaces, slashes, bars, commas
     *                  or semicolons, any of which names the entity
     * @param optional  borderline: neither counts for nor against
     */
    public record GoldCompany(String surface, String canonical, boolean optional) {
        public GoldCompany {
            Objects.requireNonNull(surface, "surface");
            Objects.requireNonNull(canonical, "canonical");
        }
    }

    /**
     * A gold AI model or assistant.
     *
     * @param surface  the name as it stands in the text
     * @param family   the family, possibly bilingual ({@code "豆包 Doubao"}); {@code o} for o1/o3
     * @param version  the version with any tier ({@code 2.5 Pro}, {@code R1}), when named
     * @param optional borderline: neither counts for nor against
     */
    public record GoldModel(String surface, String family, Optional<String> version, boolean optional) {
        public GoldModel {
            Objects.requireNonNull(surface, "surface");
            Objects.requireNonNull(family, "family");
            Objects.requireNonNull(version, "version");
        }
    }
}
