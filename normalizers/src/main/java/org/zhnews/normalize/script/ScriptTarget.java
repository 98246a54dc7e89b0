package org.zhnews.normalize.script;

/**
 * The script and regional standard a {@link ScriptNormalizer} converts to.
 *
 * <p>The analysis chain (the normalizers whose text the extractors read) always converts to
 * {@link #SIMPLIFIED_MAINLAND}: the extractors are written for one canonical text. The other
 * targets are for <em>display</em>: give a normalizer with one of them to
 * {@code Pipeline.Builder.display(...)} (or {@code Document.display(...)}) to project the
 * analysis text for output, with its own offset map; the mentions stay the same.
 *
 * <p>Whether regional <em>wording</em> is converted too (Taiwan {@code 軟體} to mainland
 * {@code 软件} and back) is a separate switch, {@link ScriptNormalizer.Builder#regionalPhrases};
 * it is on by default. With it off, only characters and character variants change.
 */
public enum ScriptTarget {
    /** Simplified characters; with regional phrases, mainland wording (OpenCC tw2sp/hk2sp). */
    SIMPLIFIED_MAINLAND,
    /** Traditional characters with Taiwan variants; with regional phrases, Taiwan wording (s2twp). */
    TRADITIONAL_TAIWAN,
    /** Traditional characters with Hong Kong variants; with regional phrases, Hong Kong wording. */
    TRADITIONAL_HONG_KONG,
    /** OpenCC-standard traditional characters, no regional variants or wording (s2t). */
    TRADITIONAL
}
