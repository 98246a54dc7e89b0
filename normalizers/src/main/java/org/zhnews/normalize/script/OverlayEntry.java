package org.zhnews.normalize.script;

import java.util.Objects;

/**
 * One reviewed conversion of the project's overlay dictionary.
 *
 * @param from      the regional traditional form (for {@code t2s}/{@code s2t}: the source form)
 * @param to        the mainland simplified form (for {@code s2t}: the traditional form)
 * @param direction where it applies, see {@link Direction}
 * @param source    where the conversion was checked
 */
record OverlayEntry(String from, String to, Direction direction, String source) {

    OverlayEntry {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(source, "source");
    }

    /** Which conversions an entry takes part in. */
    enum Direction {
        /** Taiwan wording to mainland wording only. */
        TW2S,
        /** Mainland wording to Taiwan wording only. */
        S2TW,
        /** Taiwan and mainland wording, both ways. */
        TW,
        /** Hong Kong wording to mainland wording only. */
        HK2S,
        /** Mainland wording to Hong Kong wording only. */
        S2HK,
        /** Hong Kong and mainland wording, both ways. */
        HK,
        /** Plain traditional to simplified characters, whatever the wording switch says. */
        T2S,
        /** Plain simplified to traditional characters, whatever the wording switch says. */
        S2T;

        boolean toMainland(boolean taiwan) {
            return taiwan ? this == TW2S || this == TW : this == HK2S || this == HK;
        }

        boolean fromMainland(boolean taiwan) {
            return taiwan ? this == S2TW || this == TW : this == S2HK || this == HK;
        }
    }
}
