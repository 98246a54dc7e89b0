package org.zhnews.core;

import java.util.Objects;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.offset.OffsetMap;
import org.zhnews.core.offset.TextRange;

/**
 * A text for people to read, projected from a document's analysis text ({@link
 * Document#text()}) by a display normalizer (for example traditional characters with Taiwan
 * wording), with the map from the analysis text to it. The extractors never read it: every
 * mention is found in the analysis text, and this value only says where the mention stands in
 * the display text.
 *
 * <p>Mapping: a range of the analysis text maps forward through {@link #map()} (see {@link
 * OffsetMap#fromOriginal}); where the projection replaced a phrase by one of another length,
 * an edge inside it widens to the whole phrase, so {@code text().substring(range(m))} always
 * holds the projection of the mention. Without a projection the display text is the analysis
 * text and every range maps to itself. Immutable and thread-safe.
 *
 * @param text the display text
 * @param map  the map from the analysis text (the map's original) to {@code text}
 */
public record DisplayText(String text, OffsetMap map) {

    /**
     * @param text the display text
     * @param map  the map from the analysis text to {@code text}
     * @throws IllegalArgumentException if the map does not end at {@code text}'s length
     */
    public DisplayText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(map, "map");
        if (map.length() != text.length()) {
            throw new IllegalArgumentException("the map yields " + map.length() + " chars, the text has "
                    + text.length());
        }
    }

    /**
     * The analysis text shown as it is.
     *
     * @param analysisText the document's analysis text
     * @return a display text equal to {@code analysisText} with an identity map
     */
    public static DisplayText of(String analysisText) {
        return new DisplayText(analysisText, OffsetMap.identity(analysisText.length()));
    }

    /**
     * Projects an analysis text with a display normalizer; its warnings and detected script
     * are not kept (they describe the analysis text, not the input).
     *
     * @param projection   the display normalizer
     * @param analysisText the document's analysis text
     * @return the normalizer's text with its map from {@code analysisText}
     * @throws IllegalStateException if the normalizer's map does not start from the analysis text
     * @throws RuntimeException      whatever the normalizer throws
     */
    public static DisplayText project(Normalizer projection, String analysisText) {
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(analysisText, "analysisText");
        Normalization n = projection.normalize(analysisText);
        if (n.map().originalLength() != analysisText.length()) {
            throw new IllegalStateException(projection.name() + "'s offset map covers "
                    + n.map().originalLength() + " chars of an input of " + analysisText.length());
        }
        return new DisplayText(n.text(), n.map());
    }

    /**
     * Whether the display text is the analysis text, offset for offset.
     *
     * @return {@code true} when the map is the identity
     */
    public boolean isIdentity() {
        return map.isIdentity();
    }

    /**
     * Where the analysis range {@code [start, end)} stands in the display text.
     *
     * @param start first char of the range in the analysis text
     * @param end   one past its last char
     * @return the range in the display text, widened to whole replaced phrases
     * @throws IndexOutOfBoundsException unless the range lies in the analysis text
     */
    public TextRange range(int start, int end) {
        return map.fromOriginal(start, end);
    }

    /**
     * Where the analysis range stands in the display text.
     *
     * @param analysisRange a range of the analysis text
     * @return the range in the display text, as {@link #range(int, int)}
     * @throws IndexOutOfBoundsException unless the range lies in the analysis text
     */
    public TextRange range(TextRange analysisRange) {
        return range(analysisRange.start(), analysisRange.end());
    }

    /**
     * Where a mention (its {@code start}/{@code end} in the analysis text) stands in the display
     * text.
     *
     * @param mention a mention of the document this display text belongs to
     * @return the mention's range in the display text
     */
    public TextRange range(Mention mention) {
        return range(mention.start(), mention.end());
    }

    /**
     * The display form of a mention: the display text at {@link #range(Mention)}.
     *
     * @param mention a mention of the document this display text belongs to
     * @return the display text's substring at the mention's range
     */
    public String surface(Mention mention) {
        TextRange r = range(mention);
        return text.substring(r.start(), r.end());
    }

    /**
     * The display form of {@code part}, a stretch of the analysis text standing inside
     * {@code within} (an article's title or byline): the display text where its first
     * occurrence there maps; {@code part} itself when the display is the analysis text or
     * {@code part} does not occur there.
     *
     * @param analysisText the document's analysis text
     * @param within       the range of {@code analysisText} to look in
     * @param part         the analysis text to show
     * @return the display form of {@code part}, or {@code part} itself
     */
    public String show(String analysisText, TextRange within, String part) {
        if (isIdentity() || part.isEmpty()) {
            return part;
        }
        int at = analysisText.substring(within.start(), within.end()).indexOf(part);
        if (at < 0) {
            return part;
        }
        TextRange r = range(within.start() + at, within.start() + at + part.length());
        return text.substring(r.start(), r.end());
    }
}
