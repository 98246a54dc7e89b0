package org.zhnews.core.structure;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.zhnews.core.Script;
import org.zhnews.core.offset.OffsetMap;
import org.zhnews.core.offset.TextRange;

/**
 * What a {@link StructureAnalyzer} reads: the normalized text, the original and the map between
 * them, the detected script, and the publication date the caller passed in, if any.
 *
 * @param original  the original input
 * @param text      the normalized text
 * @param map       the map from {@code original} to {@code text}
 * @param script    the detected script
 * @param published the publication date given by the caller
 */
public record StructureInput(String original, String text, OffsetMap map, Script script,
                             Optional<LocalDate> published) {

    /**
     * Checks that no component is null.
     *
     * @param original  the original input
     * @param text      the normalized text
     * @param map       the map from {@code original} to {@code text}
     * @param script    the detected script
     * @param published the caller's publication date, or empty
     * @throws NullPointerException if a component is null
     */
    public StructureInput {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(published, "published");
    }

    /**
     * An input whose text was not normalized, for tests and for use without a pipeline.
     *
     * @param text the text, taken as both original and normalized
     * @return an input with an identity map, an unknown script and no date
     */
    public static StructureInput of(String text) {
        return new StructureInput(text, text, OffsetMap.identity(text.length()), Script.UNKNOWN,
                Optional.empty());
    }

    /**
     * The original range of the normalized range {@code [start, end)}.
     *
     * @param start first char of the range in the normalized text
     * @param end   one past its last char
     * @return the range in the original
     * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= text().length()}
     */
    public TextRange toOriginal(int start, int end) {
        return map.toOriginal(start, end);
    }

    /**
     * The original range of an article over the normalized range {@code [start, end)}: as
     * {@link #toOriginal}, except that the first article starts at 0 and the last ends at the
     * original's end, so text the normalizers deleted at either end of the document stays inside
     * an article.
     *
     * @param start first char of the article in the normalized text
     * @param end   one past its last char
     * @return the article's range in the original
     * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= text().length()}
     */
    public TextRange articleOriginal(int start, int end) {
        TextRange r = map.toOriginal(start, end);
        return new TextRange(start == 0 ? 0 : r.start(), end == text.length() ? original.length() : r.end());
    }
}
