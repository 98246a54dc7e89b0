package org.zhnews.normalize.script;

/**
 * The script and regional standard a {@link ScriptNormalizer} converts to.
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
