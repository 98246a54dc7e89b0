package org.zhnews.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One input to {@link Pipeline#analyze(Input)}: a text or bytes of any charset, with an optional
 * source name and an optional publication date that relative dates ({@code 今年5月}) are
 * resolved against when the text states none. Immutable; the byte array is not copied, so do
 * not change it while the input is in use.
 */
public final class Input {

    private final String text;
    private final byte[] bytes;
    private final Optional<String> source;
    private final Optional<LocalDate> published;

    private Input(String text, byte[] bytes, Optional<String> source, Optional<LocalDate> published) {
        this.text = text;
        this.bytes = bytes;
        this.source = source;
        this.published = published;
    }

    /**
     * A text input.
     *
     * @param text the text, already decoded
     * @return an input without source name or publication date
     * @throws NullPointerException if {@code text} is null
     */
    public static Input text(String text) {
        return new Input(Objects.requireNonNull(text, "text must not be null"), null, Optional.empty(),
                Optional.empty());
    }

    /**
     * A byte input; the pipeline's decoder chooses the charset.
     *
     * @param bytes the bytes, not copied
     * @return an input without source name or publication date
     * @throws NullPointerException if {@code bytes} is null
     */
    public static Input bytes(byte[] bytes) {
        return new Input(null, Objects.requireNonNull(bytes, "bytes must not be null"), Optional.empty(),
                Optional.empty());
    }

    /**
     * This input named {@code source} (a file name); {@code null} removes the name.
     *
     * @param source the name, or {@code null}
     * @return a new input; this one is unchanged
     */
    public Input withSource(String source) {
        return new Input(text, bytes, Optional.ofNullable(source), published);
    }

    /**
     * This input with a known publication date; {@code null} removes it.
     *
     * @param published the date, or {@code null}
     * @return a new input; this one is unchanged
     */
    public Input withPublished(LocalDate published) {
        return new Input(text, bytes, source, Optional.ofNullable(published));
    }

    /**
     * The text, for a text input.
     *
     * @return the text; empty for a byte input
     */
    public Optional<String> asText() {
        return Optional.ofNullable(text);
    }

    /**
     * The bytes, for a byte input (the array itself, not a copy).
     *
     * @return the bytes; empty for a text input
     */
    public Optional<byte[]> asBytes() {
        return Optional.ofNullable(bytes);
    }

    /**
     * The source name, when given.
     *
     * @return the source name, or empty
     */
    public Optional<String> source() {
        return source;
    }

    /**
     * The publication date, when given.
     *
     * @return the publication date, or empty
     */
    public Optional<LocalDate> published() {
        return published;
    }

    @Override
    public String toString() {
        return "Input[" + source.orElse(text != null ? "<text>" : "<bytes>") + ", "
                + (text != null ? text.length() + " chars" : bytes.length + " bytes")
                + published.map(d -> ", published " + d).orElse("") + "]";
    }
}
