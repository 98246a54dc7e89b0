package org.zhnews.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.zhnews.core.event.EventFinder;
import org.zhnews.core.structure.StructureAnalyzer;

/**
 * A configured chain of normalizers, extractors and an optional event step that turns input into
 * {@link Document}s.
 *
 * <p>Build one with {@link #builder()}, keep it (it is immutable; safe to store as a
 * {@code static final} and to share between threads) and call {@code analyze} from any number
 * of threads. The same input always gives the same document.
 *
 * <p>Errors: a {@code null} argument throws {@link NullPointerException}; an input over
 * {@link #maxChars()} throws {@link InputTooLargeException}; {@link #analyze(Path)} throws
 * {@link IOException} when the file cannot be read. Anything else (bad bytes, controls, a failed
 * component, {@link BinaryInput binary data}) becomes a {@link Warning} on the document.
 */
public final class Pipeline {

    /** The default limit on input size, in UTF-16 code units: 10,000,000. */
    public static final int DEFAULT_MAX_CHARS = 10_000_000;

    /** A private copy of the configuration it was built from; never handed out or changed. */
    private final Builder config;
    private final List<Normalizer> normalizers;
    private final List<Extractor> extractors;
    private final Engine engine;

    private Pipeline(Builder b) {
        this.config = b.copy();
        this.normalizers = List.copyOf(b.normalizers);
        this.extractors = List.copyOf(b.extractors);
        this.engine = new Engine(normalizers, extractors, structureAnalyzer(), b.dropBoilerplate,
                displayProjection(), eventFinder());
    }

    /**
     * A builder with no components, the {@link Utf8Decoder} and the default size limit.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this pipeline's configuration, to derive another pipeline from.
     *
     * @return a new builder; changing it does not change this pipeline
     */
    public Builder toBuilder() {
        return config.copy();
    }

    /**
     * The normalizers, in the order they run.
     *
     * @return the normalizers, unmodifiable
     */
    public List<Normalizer> normalizers() {
        return normalizers;
    }

    /**
     * The extractors, in the order they run.
     *
     * @return the extractors, unmodifiable
     */
    public List<Extractor> extractors() {
        return extractors;
    }

    /**
     * The decoder used for byte input.
     *
     * @return the decoder, {@link Utf8Decoder} unless configured
     */
    public ByteDecoder decoder() {
        return config.decoder;
    }

    /**
     * The largest input accepted, in UTF-16 code units.
     *
     * @return the limit, {@link #DEFAULT_MAX_CHARS} unless configured
     */
    public int maxChars() {
        return config.maxChars;
    }

    /**
     * The structure analyzer, if one is configured.
     *
     * @return the analyzer, or empty
     */
    public Optional<StructureAnalyzer> structureAnalyzer() {
        return Optional.ofNullable(config.structure);
    }

    /**
     * The event step, if one is configured (see {@link Builder#events}).
     *
     * @return the event finder, or empty
     */
    public Optional<EventFinder> eventFinder() {
        return Optional.ofNullable(config.events);
    }

    /**
     * Whether mentions inside boilerplate zones are left out of documents.
     *
     * @return {@code true} if boilerplate mentions are dropped
     */
    public boolean dropsBoilerplate() {
        return config.dropBoilerplate;
    }

    /**
     * The display projection, if one is configured (see {@link Builder#display}).
     *
     * @return the display normalizer, or empty
     */
    public Optional<Normalizer> displayProjection() {
        return Optional.ofNullable(config.display);
    }

    /**
     * Analyses a text that has no source name.
     *
     * @param text the text
     * @return the document
     * @throws InputTooLargeException if {@code text} is longer than {@link #maxChars()}
     */
    public Document analyze(String text) {
        return analyze(text, null);
    }

    /**
     * Analyses a text; {@code source} names the document (a file name), or is {@code null}.
     *
     * @param text   the text
     * @param source the document's name, or {@code null}
     * @return the document
     * @throws InputTooLargeException if {@code text} is longer than {@link #maxChars()}
     */
    public Document analyze(String text, String source) {
        Objects.requireNonNull(text, "text must not be null");
        return analyze(Input.text(text).withSource(source));
    }

    /**
     * Analyses bytes of any charset that have no source name.
     *
     * @param bytes the bytes
     * @return the document
     * @throws InputTooLargeException if the bytes, or the text decoded from them, are too large
     */
    public Document analyze(byte[] bytes) {
        return analyze(bytes, null);
    }

    /**
     * Analyses bytes of any charset, chosen by the configured {@link ByteDecoder}; {@code source}
     * names the document, or is {@code null}. More than four bytes per allowed char are refused.
     *
     * @param bytes  the bytes
     * @param source the document's name, or {@code null}
     * @return the document
     * @throws InputTooLargeException if the bytes, or the text decoded from them, are too large
     */
    public Document analyze(byte[] bytes, String source) {
        Objects.requireNonNull(bytes, "bytes must not be null");
        return analyze(Input.bytes(bytes).withSource(source));
    }

    /**
     * Analyses one input: a text or bytes, with its source name and publication date when
     * given. Bytes of more than four per allowed char are refused before decoding.
     *
     * @param input the input
     * @return the document
     * @throws InputTooLargeException if the input is larger than {@link #maxChars()} (bytes: four
     *     times that before decoding)
     */
    public Document analyze(Input input) {
        Objects.requireNonNull(input, "input must not be null");
        if (input.asText().isPresent()) {
            String text = input.asText().get();
            InputTooLargeException.check(text.length(), maxChars(), "chars");
            return engine.run(text, input.source(), Optional.empty(), List.of(), input.published());
        }
        byte[] bytes = input.asBytes().orElseThrow();
        InputTooLargeException.check(bytes.length, 4L * maxChars(), "bytes");
        DecodedText decoded = config.decoder.decode(bytes);
        InputTooLargeException.check(decoded.text().length(), maxChars(), "chars");
        return engine.run(decoded.text(), input.source(), Optional.of(decoded.charset()), decoded.warnings(),
                input.published());
    }

    /**
     * Analyses one input and returns one document per article it holds (the document of
     * {@link #analyze(Input)} for a single article). The input is analysed once; each
     * article's document is derived from that analysis: the article's slices of the original
     * and the normalized text (so its offsets count from the article's start), its mentions
     * with their values (relative dates resolved against the article's own publication date,
     * else the input's), its boilerplate zones, the warnings about its part of the input and
     * those about the whole input, and the input's charset and script. Documents are named
     * {@code source#n} (n from 1).
     *
     * @param input the input
     * @return the documents, one per article in text order; at least one
     * @throws InputTooLargeException as {@link #analyze(Input)}
     */
    public List<Document> analyzeArticles(Input input) {
        Document whole = analyze(input);
        if (!whole.structure().isMultiArticle()) {
            return List.of(whole);
        }
        return ArticleSlicer.byArticle(whole, input.source().orElse(""));
    }

    /**
     * Reads and analyses a file, named by its path as given; {@link IOException} if it cannot be
     * read.
     *
     * @param path the file
     * @return the document, its source the path as given
     * @throws IOException            if the file cannot be read
     * @throws InputTooLargeException if the file is larger than four bytes per allowed char, or its
     *     text than {@link #maxChars()}
     */
    public Document analyze(Path path) throws IOException {
        Objects.requireNonNull(path, "path must not be null");
        long size = Files.size(path);
        InputTooLargeException.check(size, 4L * maxChars(), "bytes");
        return analyze(Files.readAllBytes(path), path.toString());
    }

    /**
     * Analyses many texts, one after the other, in order.
     *
     * @param texts the texts
     * @return their documents, in input order
     * @throws InputTooLargeException if a text is longer than {@link #maxChars()}
     */
    public List<Document> analyzeAll(Collection<String> texts) {
        return new BatchRunner(this::analyze).inOrder(texts);
    }

    /**
     * Analyses many texts on {@code executor}; the result is in input order. An exception of
     * one analysis (see the class documentation) is rethrown after all have finished.
     *
     * @param texts    the texts
     * @param executor runs the analyses
     * @return their documents, in input order
     */
    public List<Document> analyzeAll(Collection<String> texts, Executor executor) {
        return new BatchRunner(this::analyze).on(texts, executor);
    }

    /**
     * Analyses a stream of any length in batches of at most {@code batchChars} chars, so memory
     * stays bounded by the batch size: each batch ends after its last line break ({@code \n} or
     * {@code \r}), or, holding none, after {@code batchChars} chars (one fewer rather than split
     * a surrogate pair). Each batch's document is named {@code source#n} (n from 1, {@code #n}
     * for a null source), its offsets count from {@link StreamBatch#offset()}, where the batch
     * starts in the stream; {@code sink} gets the batches in order, on the calling thread, before
     * the next is read. The reader is not closed; bytes go to the {@link InputStream} variant.
     *
     * @param batchChars the largest batch, from 2 to {@link #maxChars()}
     * @param in         the text to read
     * @param source     the stream's name, or {@code null}
     * @param sink       receives each batch
     * @return the number of batches
     * @throws IOException              if reading fails (batches before it were delivered)
     * @throws IllegalArgumentException if {@code batchChars} is out of range
     */
    public long analyzeStream(Reader in, String source, int batchChars, Consumer<? super StreamBatch> sink)
            throws IOException {
        return new StreamRunner(engine, maxChars(), StreamDecoding.text(in), null).run(source, batchChars, sink);
    }

    /**
     * As the {@link Reader} variant, for bytes of any charset: the {@link ByteDecoder} chooses it
     * from the first 64 KiB, and it reads the whole stream (bad bytes become U+FFFD, a leading
     * byte-order mark is excluded). Each batch's document has that {@link Document#charset()},
     * the choice's warnings about the whole stream ({@code low_confidence_charset}, {@code
     * binary_input}: then no batch is analysed) and {@code published} (or null) for relative dates.
     *
     * @param in         the bytes to read; not closed
     * @param source     the stream's name, or {@code null}
     * @param published  the publication date, or {@code null}
     * @param batchChars the largest batch, from 2 to {@link #maxChars()}
     * @param sink       receives each batch
     * @return the number of batches
     * @throws IOException              if reading fails (batches before it were delivered)
     * @throws IllegalArgumentException if {@code batchChars} is out of range
     */
    public long analyzeStream(InputStream in, String source, LocalDate published, int batchChars,
                              Consumer<? super StreamBatch> sink) throws IOException {
        StreamRunner.checkBatch(batchChars, maxChars());
        StreamDecoding decoded = StreamDecoding.open(Objects.requireNonNull(in, "in must not be null"), config.decoder);
        return new StreamRunner(engine, maxChars(), decoded, published).run(source, batchChars, sink);
    }

    /**
     * Configures a {@link Pipeline}. Components run in the order they are added; each setter
     * names its default. Not thread-safe; the pipelines it builds are.
     */
    public static final class Builder extends PipelineSettings<Builder> {

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Builds the pipeline.
         *
         * @return a new pipeline; the builder can go on being used
         * @throws IllegalStateException if an extractor requires a mention type that no earlier
         *                               extractor produces, or two extractors produce the same
         *                               {@link Extractor#kinds() kind} and it is not allowed to
         *                               be shared (the message names both)
         */
        public Pipeline build() {
            ExtractorChecks.check(extractors, shareAllKinds, sharedKinds);
            return new Pipeline(this);
        }

        /** An independent builder with this one's configuration. */
        private Builder copy() {
            return copyInto(new Builder());
        }
    }
}
