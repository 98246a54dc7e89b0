package org.zhnews.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhnews.core.offset.OffsetMap;

/**
 * What a {@link Normalizer} made of its input.
 *
 * @param text     the new text
 * @param map      the map from the normalizer's input to {@code text}
 * @param warnings warnings, with ranges in the normalizer's input
 * @param script   the script of the input, when the normalizer detects it
 */
public record Normalization(String text, OffsetMap map, List<Warning> warnings,
                            Optional<Script> script) {

    /**
     * @param text     the new text
     * @param map      the map from the normalizer's input to {@code text}
     * @param warnings warnings with ranges in the normalizer's input; copied
     * @param script   the input's script, or empty when not detected
     * @throws IllegalArgumentException if {@code map} does not lead to {@code text}
     */
    public Normalization {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(script, "script");
        warnings = List.copyOf(warnings);
        if (map.length() != text.length()) {
            throw new IllegalArgumentException("offset map yields " + map.length()
                    + " chars but the text has " + text.length());
        }
    }

    /**
     * The input unchanged.
     *
     * @param text the normalizer's input
     * @return {@code text} with an identity map, no warnings and no script
     */
    public static Normalization unchanged(String text) {
        return new Normalization(text, OffsetMap.identity(text.length()), List.of(), Optional.empty());
    }

    /**
     * A new text with its map and no warnings.
     *
     * @param text the new text
     * @param map  the map from the normalizer's input to {@code text}
     * @return the normalization, without warnings or script
     * @throws IllegalArgumentException if {@code map} does not lead to {@code text}
     */
    public static Normalization of(String text, OffsetMap map) {
        return new Normalization(text, map, List.of(), Optional.empty());
    }
}
