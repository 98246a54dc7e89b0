package org.zhnews.core;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.Span;
import org.zhnews.core.offset.OffsetMap;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.Structure;
import org.zhnews.core.structure.StructureAnalyzer;
import org.zhnews.core.structure.StructureInput;
import org.zhnews.text.sentence.SentenceSegmenter;

/**
 * A configured chain of normalizers and extractors that turns input into {@link Document}s.
 *
 * <p>Build one with {@link #builder()}, keep it (it is immutable; safe to store as a
 * {@code static final} and to share between threads) and call {@code analyze} from any number
 * of threads. The same input always gives the same document.
 *
 * <p>Errors: a {@code null} argument throws {@link NullPointerException}; an input over
 * {@link #maxChars()} throws {@link InputTooLargeException}; {@link #analyze(Path)} throws
 * {@link IOException} when the file cannot be read. Everything else (malformed bytes, control
 * characters, a component that fails) becomes a {@link Warning} on the document.
 */
public final class Pipeline {

    /** The default limit on input size, in UTF-16 code units: 10,000,000. */
    public static final int DEFAULT_MAX_CHARS = 10_000_000;

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private static final Comparator<Mention> TEXT_ORDER = Comparator
            .comparingInt(Mention::start)
            .thenComparingInt(Mention::end)
            .thenComparing(Mention::type);

    private final List<Normalizer> normalizers;
    private final List<Extractor> extractors;
    private final ByteDecoder decoder;
    private final int maxChars;
    private final Optional<StructureAnalyzer> structure;
    private final boolean dropBoilerplate;
    private final Optional<Normalizer> display;

    private Pipeline(Builder b) {
        this.display = Optional.ofNullable(b.display);
        this.normalizers = List.copyOf(b.normalizers);
        this.extractors = List.copyOf(b.extractors);
        this.decoder = b.decoder;
        this.maxChars = b.maxChars;
        this.structure = Optional.ofNullable(b.structure);
        this.dropBoilerplate = b.dropBoilerplate;
    }

    /** A builder with no components, the {@link Utf8Decoder} and the default size limit. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this pipeline's configuration, to derive another pipeline from. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.normalizers.addAll(normalizers);
        b.extractors.addAll(extractors);
        b.decoder = decoder;
        b.maxChars = maxChars;
        b.structure = structure.orElse(null);
        b.dropBoilerplate = dropBoilerplate;
        b.display = display.orElse(null);
        return b;
    }

    /** The normalizers, in the order they run. */
    public List<Normalizer> normalizers() {
        return normalizers;
    }

    /** The extractors, in the order they run. */
    public List<Extractor> extractors() {
        return extractors;
    }

    /** The decoder used for byte input. */
    public ByteDecoder decoder() {
        return decoder;
    }

    /** The largest input accepted, in UTF-16 code units. */
    public int maxChars() {
        return maxChars;
    }

    /** The structure analyzer, if one is configured. */
    public Optional<StructureAnalyzer> structureAnalyzer() {
        return structure;
    }

    /** Whether mentions inside boilerplate zones are left out of documents. */
    public boolean dropsBoilerplate() {
        return dropBoilerplate;
    }

    /** The display projection, if one is configured (see {@link Builder#display}). */
    public Optional<Normalizer> displayProjection() {
        return display;
    }

    /** Analyses a text that has no source name. */
    public Document analyze(String text) {
        return analyze(text, null);
    }

    /**
     * Analyses a text.
     *
     * @param source a name for the document (a file name), or {@code null}
     */
    public Document analyze(String text, String source) {
        Objects.requireNonNull(text, "text must not be null");
        return analyze(Input.text(text).withSource(source));
    }

    /** Analyses bytes of any charset that have no source name. */
    public Document analyze(byte[] bytes) {
        return analyze(bytes, null);
    }

    /**
     * Analyses bytes of any charset: the configured {@link ByteDecoder} chooses the charset.
     * Inputs of more than four bytes per allowed char are refused before decoding.
     *
     * @param source a name for the document, or {@code null}
     */
    public Document analyze(byte[] bytes, String source) {
        Objects.requireNonNull(bytes, "bytes must not be null");
        return analyze(Input.bytes(bytes).withSource(source));
    }

    /**
     * Analyses one input: a text or bytes, with its source name and publication date when
     * given. Bytes of more than four per allowed char are refused before decoding.
     */
    public Document analyze(Input input) {
        Objects.requireNonNull(input, "input must not be null");
        if (input.asText().isPresent()) {
            String text = input.asText().get();
            checkChars(text.length());
            return run(text, input.source(), Optional.empty(), List.of(), input.published());
        }
        byte[] bytes = input.asBytes().orElseThrow();
        if (bytes.length > 4L * maxChars) {
            throw new InputTooLargeException(bytes.length, 4L * maxChars, "bytes");
        }
        DecodedText decoded = decoder.decode(bytes);
        checkChars(decoded.text().length());
        return run(decoded.text(), input.source(), Optional.of(decoded.charset()), decoded.warnings(),
                input.published());
    }

    /**
     * Analyses one input and returns one document per article it holds (one document for a
     * single article). Each article's document is the analysis of the article's slice of the
     * original (so its offsets count from the article's start), named {@code source#n} (n from
     * 1) when the input holds several articles, and resolves relative dates against the
     * article's own publication date, else the input's.
     */
    public List<Document> analyzeArticles(Input input) {
        Document whole = analyze(input);
        if (!whole.structure().isMultiArticle()) {
            return List.of(whole);
        }
        List<Document> out = new ArrayList<>();
        List<Article> articles = whole.articles();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            String slice = whole.original().substring(a.originalRange().start(), a.originalRange().end());
            Optional<LocalDate> published = a.published().or(input::published);
            String name = input.source().orElse("") + "#" + (i + 1);
            Document part = run(slice, Optional.of(name), whole.charset(), List.of(), published);
            out.add(part);
        }
        return List.copyOf(out);
    }

    /**
     * Reads and analyses a file; the source name is the path as given.
     *
     * @throws IOException if the file cannot be read
     */
    public Document analyze(Path path) throws IOException {
        Objects.requireNonNull(path, "path must not be null");
        long size = Files.size(path);
        if (size > 4L * maxChars) {
            throw new InputTooLargeException(size, 4L * maxChars, "bytes");
        }
        return analyze(Files.readAllBytes(path), path.toString());
    }

    /** Analyses many texts, one after the other, in order. */
    public List<Document> analyzeAll(Collection<String> texts) {
        Objects.requireNonNull(texts, "texts must not be null");
        List<Document> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(analyze(t));
        }
        return out;
    }

    /**
     * Analyses many texts on {@code executor}; the result is in input order. An exception of
     * one analysis (see the class documentation) is rethrown after all have finished.
     */
    public List<Document> analyzeAll(Collection<String> texts, Executor executor) {
        Objects.requireNonNull(texts, "texts must not be null");
        Objects.requireNonNull(executor, "executor must not be null");
        List<CompletableFuture<Document>> futures = new ArrayList<>(texts.size());
        for (String t : texts) {
            Objects.requireNonNull(t, "texts must not contain null");
            futures.add(CompletableFuture.supplyAsync(() -> analyze(t), executor));
        }
        CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).exceptionally(e -> null).join();
        List<Document> out = new ArrayList<>(futures.size());
        for (CompletableFuture<Document> f : futures) {
            out.add(f.join());
        }
        return out;
    }

    /**
     * Analyses a stream of any length in batches of at most {@code batchChars} chars, so memory
     * stays bounded by the batch size, not the stream's: each batch ends after the last line
     * break ({@code \n} or {@code \r}) it holds, or, holding none, after {@code batchChars}
     * chars (one fewer when that would split a surrogate pair). Each batch's document is named
     * {@code source#n} (n from 1) and its offsets count from the batch's start; {@link
     * Batch#offset()} is where the batch starts in the stream. {@code sink} receives the batches
     * in stream order, on the calling thread, before the next batch is read.
     *
     * <p>Byte streams: decode them with the charset you know ({@code new InputStreamReader(in,
     * charset)}). The stream API detects no charset, because detection per batch could decide
     * differently from one batch to the next; to detect one, analyse the stream's first bytes
     * with {@link #analyze(byte[])} and use its {@link Document#charset()}. The reader is not
     * closed.
     *
     * @param source     the stream's name, or {@code null} (documents are then named {@code #n})
     * @param batchChars the largest batch, from 2 to {@link #maxChars()}
     * @return the number of batches
     * @throws IOException              if reading fails (batches before it were delivered)
     * @throws IllegalArgumentException if {@code batchChars} is out of range
     */
    public long analyzeStream(Reader in, String source, int batchChars, Consumer<? super Batch> sink)
            throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(sink, "sink must not be null");
        if (batchChars < 2 || batchChars > maxChars) {
            throw new IllegalArgumentException("batchChars must be from 2 to maxChars (" + maxChars + "): "
                    + batchChars);
        }
        String prefix = source == null ? "" : source;
        char[] buf = new char[batchChars];
        int filled = 0;
        long offset = 0;
        long count = 0;
        boolean eof = false;
        while (true) {
            while (!eof && filled < batchChars) {
                int r = in.read(buf, filled, batchChars - filled);
                if (r < 0) {
                    eof = true;
                } else {
                    filled += r;
                }
            }
            if (filled == 0) {
                return count;
            }
            int cut = eof ? filled : batchCut(buf, filled);
            String text = new String(buf, 0, cut);
            count++;
            sink.accept(new Batch(offset, run(text, Optional.of(prefix + "#" + count), Optional.empty(),
                    List.of(), Optional.empty())));
            offset += cut;
            System.arraycopy(buf, cut, buf, 0, filled - cut);
            filled -= cut;
        }
    }

    /** Where a full buffer is cut: after its last line break, else before a split surrogate pair. */
    private static int batchCut(char[] buf, int filled) {
        for (int i = filled - 1; i >= 0; i--) {
            if (buf[i] == '\n' || buf[i] == '\r') {
                return i + 1;
            }
        }
        return Character.isHighSurrogate(buf[filled - 1]) ? filled - 1 : filled;
    }

    /**
     * One batch of {@link #analyzeStream}: where it starts in the stream, in chars, and its
     * document, whose offsets count from that start.
     */
    public record Batch(long offset, Document document) {
        /** @throws NullPointerException if {@code document} is null */
        public Batch {
            Objects.requireNonNull(document, "document must not be null");
        }
    }

    private void checkChars(int length) {
        if (length > maxChars) {
            throw new InputTooLargeException(length, maxChars, "chars");
        }
    }

    private Document run(String original, Optional<String> source, Optional<String> charset,
                         List<Warning> decodeWarnings, Optional<LocalDate> published) {
        WarningCollector warnings = new WarningCollector();
        warnings.addAll(decodeWarnings);
        String text = original;
        OffsetMap map = OffsetMap.identity(original.length());
        Script script = Script.UNKNOWN;
        for (Normalizer n : normalizers) {
            Normalization result;
            try {
                result = n.normalize(text);
                if (result.map().originalLength() != text.length()) {
                    throw new IllegalStateException("its offset map covers "
                            + result.map().originalLength() + " chars of an input of " + text.length());
                }
            } catch (RuntimeException | StackOverflowError e) {
                componentFailed(warnings, n.name(), e);
                continue;
            }
            for (Warning w : result.warnings()) {
                warnings.add(toOriginal(w, map, text.length()));
            }
            map = map.andThen(result.map());
            text = result.text();
            if (result.script().isPresent()) {
                script = result.script().get();
            }
        }
        Structure layout = analyzeStructure(new StructureInput(original, text, map, script, published),
                warnings);
        Sentences sentences = Sentences.of(text, map, layout, SentenceSegmenter.standard());
        ExtractionContext context = new ExtractionContext(original, text, map, script, source, layout,
                sentences, published);
        for (Extractor x : extractors) {
            try {
                List<? extends Mention> found = x.extract(context);
                checkSpans(found, text.length(), original.length());
                context.add(found, x.produces());
            } catch (RuntimeException | StackOverflowError e) {
                componentFailed(warnings, x.name(), e);
            }
        }
        List<Mention> mentions = new ArrayList<>(context.mentions());
        if (dropBoilerplate) {
            mentions.removeIf(m -> layout.zoneAt(m.start()).isPresent());
        }
        mentions.sort(TEXT_ORDER);
        DisplayText shown = project(text, warnings);
        return new Document(source, charset, script, original, text, map, mentions, warnings.toList(),
                layout, sentences, shown);
    }

    /** The display text: the analysis text projected, or itself without a projection or when the projection fails. */
    private DisplayText project(String text, WarningCollector warnings) {
        if (display.isPresent()) {
            try {
                return DisplayText.project(display.get(), text);
            } catch (RuntimeException | StackOverflowError e) {
                componentFailed(warnings, display.get().name(), e);
            }
        }
        return DisplayText.of(text);
    }

    private Structure analyzeStructure(StructureInput input, WarningCollector warnings) {
        Structure single = Structure.single(input.text().length(), input.original().length());
        if (structure.isEmpty()) {
            return single;
        }
        try {
            return structure.get().analyze(input)
                    .requireWithin(input.text().length(), input.original().length());
        } catch (RuntimeException | StackOverflowError e) {
            componentFailed(warnings, structure.get().name(), e);
            return single;
        }
    }

    private static Warning toOriginal(Warning w, OffsetMap map, int length) {
        if (w.range().isEmpty()) {
            return w;
        }
        TextRange r = w.range().get();
        int start = Math.min(r.start(), length);
        int end = Math.min(Math.max(r.end(), start), length);
        return new Warning(w.code(), w.message(), Optional.of(map.toOriginal(start, end)));
    }

    private static void checkSpans(List<? extends Mention> found, int textLength, int originalLength) {
        for (Mention m : found) {
            Span s = Objects.requireNonNull(m, "null mention").span();
            if (s.end() > textLength || s.originalEnd() > originalLength) {
                throw new IllegalStateException("mention " + m + " lies outside the document");
            }
        }
    }

    private static void componentFailed(WarningCollector warnings, String name, Throwable e) {
        LOG.warn("{} failed; its output is left out of the document", name, e);
        warnings.add(Warning.of("component_failed", name + " failed and was skipped: " + e));
    }

    /**
     * Configures a {@link Pipeline}. Components run in the order they are added. Not
     * thread-safe; the pipelines it builds are.
     */
    public static final class Builder {
        private final List<Normalizer> normalizers = new ArrayList<>();
        private final List<Extractor> extractors = new ArrayList<>();
        private ByteDecoder decoder = new Utf8Decoder();
        private int maxChars = DEFAULT_MAX_CHARS;
        private StructureAnalyzer structure;
        private boolean dropBoilerplate;
        private Normalizer display;

        private Builder() {
        }

        /**
         * Sets the display projection (default: none, the display text is the analysis text): a
         * normalizer applied to the final analysis text, for output only ({@link
         * Document#display()}, the JSON {@code text} and {@code start}/{@code end}). The
         * extractors never see it, so mentions and their original offsets are the same for
         * every projection; {@code null} removes it.
         */
        public Builder display(Normalizer projection) {
            this.display = projection;
            return this;
        }

        /**
         * Sets the step that finds articles and boilerplate zones after normalization (default:
         * none, every document is one article without zones); {@code null} removes it.
         */
        public Builder structure(StructureAnalyzer analyzer) {
            this.structure = analyzer;
            return this;
        }

        /**
         * Whether mentions inside boilerplate zones are left out of documents (default
         * {@code false}: they are kept, and {@link Document#isBoilerplate} tells them apart).
         */
        public Builder dropBoilerplate(boolean drop) {
            this.dropBoilerplate = drop;
            return this;
        }

        /** Adds a normalizer after those already added. */
        public Builder normalizer(Normalizer normalizer) {
            normalizers.add(Objects.requireNonNull(normalizer, "normalizer must not be null"));
            return this;
        }

        /** Adds an extractor after those already added. */
        public Builder extractor(Extractor extractor) {
            extractors.add(Objects.requireNonNull(extractor, "extractor must not be null"));
            return this;
        }

        /** Removes every normalizer. */
        public Builder clearNormalizers() {
            normalizers.clear();
            return this;
        }

        /** Removes every extractor. */
        public Builder clearExtractors() {
            extractors.clear();
            return this;
        }

        /** Sets the decoder for byte input (default {@link Utf8Decoder}). */
        public Builder decoder(ByteDecoder decoder) {
            this.decoder = Objects.requireNonNull(decoder, "decoder must not be null");
            return this;
        }

        /**
         * Sets the largest input accepted, in UTF-16 code units (default
         * {@value Pipeline#DEFAULT_MAX_CHARS}).
         *
         * @throws IllegalArgumentException unless {@code maxChars > 0}
         */
        public Builder maxChars(int maxChars) {
            if (maxChars <= 0) {
                throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
            }
            this.maxChars = maxChars;
            return this;
        }

        /**
         * Builds the pipeline.
         *
         * @throws IllegalStateException if an extractor requires a mention type that no earlier
         *                               extractor produces
         */
        public Pipeline build() {
            Set<Class<? extends Mention>> produced = new HashSet<>();
            for (Extractor x : extractors) {
                for (Class<? extends Mention> required : x.requires()) {
                    if (!produced.contains(required)) {
                        throw new IllegalStateException(x.name() + " requires "
                                + required.getSimpleName() + " mentions, but no extractor before it produces them");
                    }
                }
                produced.addAll(x.produces());
            }
            return new Pipeline(this);
        }
    }
}
