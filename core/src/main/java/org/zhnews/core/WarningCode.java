package org.zhnews.core;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Warning} is about: every warning any zhnews component raises has one of these
 * codes. Each code has a stable JSON name ({@link #jsonName()}, the {@code code} field of the
 * analysis JSON), which never changes once released; codes may be added.
 */
public enum WarningCode {

    /**
     * Bytes not valid in the charset used were replaced by U+FFFD, as the standards cut them (one
     * per maximal subpart in UTF-8; the WHATWG decoders' errors in UTF-16, GB18030 and Big5); one
     * warning per run of U+FFFD.
     */
    MALFORMED_INPUT("malformed_input"),

    /**
     * The bytes look like binary data (an executable, an image, an archive), not text in any
     * charset: one warning instead of one per undecodable run; see {@link BinaryInput}. The
     * pipeline does not analyse such input: its document keeps the decoded bytes as its
     * original and text and has no mentions.
     */
    BINARY_INPUT("binary_input"),

    /**
     * The charset was guessed with little evidence (few non-ASCII bytes, or a runner-up charset
     * scoring close), or no candidate decoded the bytes without error.
     */
    LOW_CONFIDENCE_CHARSET("low_confidence_charset"),

    /** Text decoded with the wrong charset (mojibake) was read back as the Chinese it stood for. */
    MOJIBAKE_REPAIRED("mojibake_repaired"),

    /** Invisible or control characters were removed (one document-level warning with the count). */
    CONTROL_CHARACTERS_REMOVED("control_characters_removed"),

    /** Bidirectional control characters (which can disguise text) were removed. */
    BIDI_CONTROL_REMOVED("bidi_control_removed"),

    /** The input holds U+FFFD: characters were lost before the text reached zhnews. */
    REPLACEMENT_CHARACTER("replacement_character"),

    /**
     * {@code ?} where the context shows a lost Han character (between Han characters, or a run
     * of them before Chinese punctuation or at a line's start before Han), not after a question
     * word: characters probably lost in an earlier charset conversion.
     */
    SUSPICIOUS_QUESTION_MARKS("suspicious_question_marks"),

    /** Pinyin annotations written after Han characters ({@code 创(chuàng)新}) were removed. */
    PINYIN_ANNOTATIONS_STRIPPED("pinyin_annotations_stripped"),

    /** The text mixes simplified and traditional characters. */
    MIXED_SCRIPT("mixed_script"),

    /** A quotation mark has no partner, so its direction was left as written. */
    UNPAIRED_QUOTE("unpaired_quote"),

    /** Punctuation normalization failed on this text and left it unchanged. */
    PUNCTUATION_FAILED("punctuation_failed"),

    /** A normalizer, the structure step or an extractor threw; its output is left out. */
    COMPONENT_FAILED("component_failed"),

    /** More warnings of some codes were raised than a document keeps; the message counts the rest. */
    WARNINGS_TRUNCATED("warnings_truncated");

    private final String jsonName;

    WarningCode(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * The code as written in the analysis JSON: lower case with underscores ({@code mixed_script}).
     *
     * @return the JSON name, stable across releases
     */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The code whose {@link #jsonName()} is {@code name}, if there is one.
     *
     * @param name a JSON name, such as {@code mixed_script}
     * @return the code, or empty when no code has that name
     * @throws NullPointerException if {@code name} is null
     */
    public static Optional<WarningCode> fromJsonName(String name) {
        Objects.requireNonNull(name, "name");
        for (WarningCode c : values()) {
            if (c.jsonName.equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The {@link #jsonName()}. */
    @Override
    public String toString() {
        return jsonName;
    }
}
