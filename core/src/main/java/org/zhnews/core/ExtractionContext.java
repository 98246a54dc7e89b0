package org.zhnews.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.Span;
import org.zhnews.core.offset.OffsetMap;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Sentence;
import org.zhnews.core.structure.Structure;
import org.zhnews.text.sentence.SentenceSegmenter;

/**
 * What an {@link Extractor} sees of a document under analysis: the normalized text, the
 * mentions of the extractors before it, and a way to make {@link Span}s that carry offsets into
 * the original input. One context serves one document on one thread.
 */
public final class ExtractionContext {

    private final String original;
    private final String text;
    private final OffsetMap map;
    private final Script script;
    private final Optional<String> source;
    private final Structure structure;
    private final Sentences sentences;
    private final Optional<LocalDate> published;
    private final List<Mention> mentions = new ArrayList<>();
    private final Set<Class<? extends Mention>> produced = new HashSet<>();

    ExtractionContext(String original, String text, OffsetMap map, Script script,
                      Optional<String> source, Structure structure, Sentences sentences,
                      Optional<LocalDate> published) {
        this.original = original;
        this.text = text;
        this.map = map;
        this.script = script;
        this.source = source;
        this.structure = structure;
        this.sentences = sentences;
        this.published = published;
    }

    /**
     * A context for testing an extractor alone on a text that was not normalized.
     *
     * @param text the text, taken as both original and normalized
     * @return a context with one article, sentences split by the standard segmenter, no mentions
     */
    public static ExtractionContext of(String text) {
        Objects.requireNonNull(text, "text");
        return of(text, null);
    }

    /**
     * A context for testing an extractor alone on a text that was not normalized, with a
     * publication date ({@code null} for none) that relative dates resolve against.
     *
     * @param text      the text, taken as both original and normalized
     * @param published the publication date, or {@code null}
     * @return a context with one article, sentences split by the standard segmenter, no mentions
     */
    public static ExtractionContext of(String text, LocalDate published) {
        Objects.requireNonNull(text, "text");
        OffsetMap identity = OffsetMap.identity(text.length());
        Structure single = Structure.single(text.length(), text.length());
        return new ExtractionContext(text, text, identity, Script.UNKNOWN, Optional.empty(), single,
                Sentences.of(text, identity, single, SentenceSegmenter.standard()), Optional.ofNullable(published));
    }

    /**
     * The normalized text.
     *
     * @return the text extractors read; mention offsets count in it
     */
    public String text() {
        return text;
    }

    /**
     * The original input.
     *
     * @return the input as given (after decoding), which {@link Span}s' original ranges index
     */
    public String original() {
        return original;
    }

    /**
     * The script detected by the normalizers, or {@link Script#UNKNOWN}.
     *
     * @return the script, never null
     */
    public Script script() {
        return script;
    }

    /**
     * The document's source name, when given.
     *
     * @return the source name, or empty
     */
    public Optional<String> source() {
        return source;
    }

    /**
     * The document's articles and boilerplate zones.
     *
     * @return the structure, with ranges in the normalized text
     */
    public Structure structure() {
        return structure;
    }

    /**
     * The document's sentences, in text order, covering the normalized text (none for an empty
     * text); each carries its clauses and its article. Computed once per document, before the
     * first extractor runs.
     *
     * @return the sentences, unmodifiable
     */
    public List<Sentence> sentences() {
        return sentences.list();
    }

    /**
     * The sentence holding the normalized offset {@code offset}; the text's end belongs to the
     * last sentence.
     *
     * @param offset an offset in the normalized text
     * @return the sentence whose range holds {@code offset}
     * @throws IndexOutOfBoundsException unless {@code 0 <= offset <= text().length()} and the
     *                                   text is not empty
     */
    public Sentence sentenceAt(int offset) {
        return sentences.at(offset);
    }

    /**
     * The sentence around the span {@code [start, end)} as a reader looking for cue words in it
     * sees it: from the start of the sentence holding {@code start} to the end of the sentence
     * holding the span's last character, but never more than the segmenter's longest sentence
     * ({@link org.zhnews.text.sentence.SentenceSegmenter#maxLength()}) before {@code start} or
     * after {@code end}. A sentence's words never lie further away than that; only the white
     * space after it may, so the bound keeps a scan per name linear in the text.
     *
     * @param start first code unit of the span, in the normalized text
     * @param end   one past its last code unit; {@code start <= end <= text().length()}
     * @return the window, holding {@code [start, end)}
     * @throws IndexOutOfBoundsException if the span lies outside the text or the text is empty
     */
    public TextRange sentenceWindow(int start, int end) {
        return sentences.window(start, end);
    }

    /**
     * The publication date that applies at the normalized offset {@code offset}: the date of
     * the article holding it when the text states one, else the date the caller passed in.
     *
     * @param offset an offset in the normalized text
     * @return the date, or empty when neither the article nor the caller gives one
     */
    public Optional<LocalDate> publishedAt(int offset) {
        return structure.articles().get(structure.articleAt(offset)).published().or(() -> published);
    }

    /**
     * The mentions found by earlier extractors, in the order they were found.
     *
     * @return the mentions, an unmodifiable view
     */
    public List<Mention> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    /**
     * The earlier mentions of one type.
     *
     * @param <T>  the mention type
     * @param type the mention class
     * @return a new list of the earlier mentions that are instances of {@code type}, in the order
     *     found
     */
    public <T extends Mention> List<T> mentions(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (type.isInstance(m)) {
                out.add(type.cast(m));
            }
        }
        return out;
    }

    /**
     * The span of {@code [start, end)} of the normalized text, with its original range and
     * surface. The original range never splits a surrogate pair.
     *
     * @param start first char of the span in the normalized text
     * @param end   one past its last char
     * @return the span, with offsets in both texts and the original's surface
     * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= text().length()}
     */
    public Span span(int start, int end) {
        TextRange r = map.toOriginal(start, end);
        int os = r.start();
        int oe = r.end();
        if (os > 0 && os < original.length() && Character.isLowSurrogate(original.charAt(os))
                && Character.isHighSurrogate(original.charAt(os - 1))) {
            os--;
        }
        if (oe > 0 && oe < original.length() && Character.isHighSurrogate(original.charAt(oe - 1))
                && Character.isLowSurrogate(original.charAt(oe))) {
            oe++;
        }
        if (oe == os && start < end && !original.isEmpty()) {
            // text that exists only in the normalized form: widen to a neighbouring character
            if (oe < original.length()) {
                oe = Math.min(original.length(), oe + Character.charCount(original.codePointAt(oe)));
            } else {
                os = Math.max(0, os - Character.charCount(original.codePointBefore(os)));
            }
        }
        return new Span(original.substring(os, oe), start, end, os, oe);
    }

    /**
     * Whether an extractor producing {@code type} ran before the current one (it may have found
     * nothing), so its results in {@link #mentions(Class)} are complete and need not be sought
     * again.
     *
     * @param type a mention class
     * @return {@code true} if an earlier extractor declared it produces {@code type}
     */
    public boolean produced(Class<? extends Mention> type) {
        return produced.contains(type);
    }

    void add(List<? extends Mention> found, Set<Class<? extends Mention>> types) {
        mentions.addAll(found);
        produced.addAll(types);
    }

    /** Per-document results shared between components ({@link #shared}); created on first use. */
    private java.util.Map<Object, Object> shared;

    /**
     * A result computed once for this document and shared by every component that asks with an
     * equal {@code key} (for example the dictionary pass that the company and model extractors
     * both read): the first call computes it with {@code compute}, later calls return the same
     * object. One context serves one document on one thread, so there is no locking; the value
     * lives as long as the context. {@code compute} may itself ask for other shared values.
     *
     * @param <T>     the value's type
     * @param key     identifies the value; compared with {@code equals}
     * @param compute computes the value from this context, once
     * @return the value stored under {@code key}, computed on the first call
     * @throws NullPointerException if {@code key} or {@code compute} is null, or {@code compute} returns null
     * @throws ClassCastException   (where the caller uses the value) if a value of another type
     *                              was stored under an equal key: make keys private to their owner
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, java.util.function.Function<? super ExtractionContext, ? extends T> compute) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(compute, "compute");
        if (shared == null) {
            shared = new java.util.HashMap<>();
        }
        Object value = shared.get(key);
        if (value == null) {
            value = Objects.requireNonNull(compute.apply(this), "shared value");
            shared.put(key, value);
        }
        return (T) value;
    }
}
