package org.zhnews.extract.region;

import java.util.Locale;
import java.util.Objects;
import org.zhnews.core.structure.Region;

/**
 * One row of the region cue table: a word that speaks for a region, how strongly, and what
 * kind of evidence it is.
 *
 * @param surface the word as the table writes it
 * @param region  the region it speaks for
 * @param weight  how strongly, from 1 (weak) to 4 (decisive)
 * @param kind    what kind of evidence it is
 */
record RegionCue(String surface, Region region, int weight, Kind kind) {

    /** The kinds of cue; some only count in a context (see the table's header). */
    enum Kind {
        DATELINE, OUTLET, CURRENCY, MARKET, PLACE, ERA, TICKER, WORDING, VARIANT, SCRIPT;

        /** The kind named {@code name} in the table. */
        static Kind parse(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }

        /** Whether it is evidence of the text's form (wording, variants, script), not of its content. */
        boolean isForm() {
            return this == WORDING || this == VARIANT || this == SCRIPT;
        }

        /** Its name in evidence strings ({@code dateline}). */
        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    RegionCue {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(kind, "kind");
        if (weight < 1 || weight > 4) {
            throw new IllegalArgumentException("weight out of 1..4: " + weight);
        }
    }
}
