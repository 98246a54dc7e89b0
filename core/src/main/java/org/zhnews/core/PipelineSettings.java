package org.zhnews.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.zhnews.core.event.EventFinder;
import org.zhnews.core.mention.MentionKind;
import org.zhnews.core.structure.StructureAnalyzer;

/**
 * What a {@link Pipeline.Builder} configures: the components in order, the decoder, the size
 * limit, the structure and event steps, the display projection and which kinds several
 * extractors may share. Its setters are the builder's ({@code B} is the builder's own type, so
 * calls chain); {@link Pipeline} reads the fields when it is built. Not thread-safe.
 *
 * @param <B> the builder type its setters return
 */
abstract class PipelineSettings<B extends PipelineSettings<B>> {
    final List<Normalizer> normalizers = new ArrayList<>();
    final List<Extractor> extractors = new ArrayList<>();
    ByteDecoder decoder = new Utf8Decoder();
    int maxChars = Pipeline.DEFAULT_MAX_CHARS;
    StructureAnalyzer structure;
    boolean dropBoilerplate;
    Normalizer display;
    EventFinder events;
    boolean shareAllKinds;
    final Set<MentionKind> sharedKinds = new HashSet<>();

    /** This object as the builder type, for chaining. */
    abstract B self();

    /**
     * Sets (or replaces) the step that finds articles and boilerplate zones after
     * normalization (default: none, every document is one article without zones);
     * {@code null} removes it.
     *
     * @param analyzer the analyzer, or {@code null}
     * @return this builder
     */
    public B structure(StructureAnalyzer analyzer) {
        this.structure = analyzer;
        return self();
    }

    /**
     * Sets the display projection (default: none, the display text is the analysis text): a
     * normalizer applied to the final analysis text, for output only ({@link
     * Document#display()}, the JSON {@code text} and {@code start}/{@code end}). The
     * extractors never see it, so mentions and their original offsets are the same for
     * every projection; {@code null} removes it.
     *
     * @param projection the display normalizer, or {@code null}
     * @return this builder
     */
    public B display(Normalizer projection) {
        this.display = projection;
        return self();
    }

    /**
     * Whether mentions inside boilerplate zones are left out of documents (default
     * {@code false}: they are kept, and {@link Document#isBoilerplate} tells them apart).
     *
     * @param drop whether to drop them
     * @return this builder
     */
    public B dropBoilerplate(boolean drop) {
        this.dropBoilerplate = drop;
        return self();
    }

    /**
     * Sets (or replaces) the step that reads events after the extractors (default: none);
     * {@code null} removes it.
     *
     * @param finder the event finder, or {@code null}
     * @return this builder
     */
    public B events(EventFinder finder) {
        this.events = finder;
        return self();
    }

    /**
     * Adds a normalizer after those already added.
     *
     * @param normalizer the normalizer
     * @return this builder
     * @throws NullPointerException if {@code normalizer} is null
     */
    public B normalizer(Normalizer normalizer) {
        normalizers.add(Objects.requireNonNull(normalizer, "normalizer must not be null"));
        return self();
    }

    /**
     * Adds an extractor after those already added.
     *
     * @param extractor the extractor
     * @return this builder
     * @throws NullPointerException if {@code extractor} is null
     */
    public B extractor(Extractor extractor) {
        extractors.add(Objects.requireNonNull(extractor, "extractor must not be null"));
        return self();
    }

    /**
     * Removes every normalizer.
     *
     * @return this builder
     */
    public B clearNormalizers() {
        normalizers.clear();
        return self();
    }

    /**
     * Removes every extractor.
     *
     * @return this builder
     */
    public B clearExtractors() {
        extractors.clear();
        return self();
    }

    /**
     * Puts {@code replacement} in the place of the one normalizer of type {@code type}.
     *
     * @param type        the class of the normalizer to replace (matched by {@code isInstance})
     * @param replacement the new normalizer
     * @return this builder
     * @throws IllegalArgumentException if no normalizer, or several, are of that type
     */
    public B replace(Class<? extends Normalizer> type, Normalizer replacement) {
        ComponentEdits.replaceOne(normalizers, type, replacement, "normalizer");
        return self();
    }

    /**
     * Puts {@code replacement} in the place of the one extractor of type {@code type}
     * ({@code replace(CompanyExtractor.class, mine)}).
     *
     * @param type        the class of the extractor to replace (matched by {@code isInstance})
     * @param replacement the new extractor
     * @return this builder
     * @throws IllegalArgumentException if no extractor, or several, are of that type
     */
    public B replace(Class<? extends Extractor> type, Extractor replacement) {
        ComponentEdits.replaceOne(extractors, type, replacement, "extractor");
        return self();
    }

    /**
     * Removes every normalizer and extractor of type {@code type}, and the structure and
     * event steps if they are of that type.
     *
     * @param type the class of the components to remove
     * @return this builder
     * @throws IllegalArgumentException if no component is of that type
     */
    public B remove(Class<?> type) {
        Objects.requireNonNull(type, "type must not be null");
        boolean structureToo = type.isInstance(structure);
        boolean eventsToo = type.isInstance(events);
        if (ComponentEdits.removeAll(normalizers, type) + ComponentEdits.removeAll(extractors, type) == 0
                && !structureToo && !eventsToo) {
            throw new IllegalArgumentException(ComponentEdits.noneOfType(type, normalizers, extractors, structure));
        }
        structure = structureToo ? null : structure;
        events = eventsToo ? null : events;
        return self();
    }

    /**
     * Lets several extractors produce mentions of the same kind, for every kind.
     *
     * @return this builder
     */
    public B allowSharedKinds() {
        this.shareAllKinds = true;
        return self();
    }

    /**
     * Lets several extractors produce mentions of {@code kind}.
     *
     * @param kind the kind
     * @return this builder
     */
    public B allowSharedKind(MentionKind kind) {
        sharedKinds.add(Objects.requireNonNull(kind, "kind must not be null"));
        return self();
    }

    /**
     * Sets the decoder for byte input (default {@link Utf8Decoder}).
     *
     * @param decoder the decoder
     * @return this builder
     */
    public B decoder(ByteDecoder decoder) {
        this.decoder = Objects.requireNonNull(decoder, "decoder must not be null");
        return self();
    }

    /**
     * Sets the largest input accepted, in UTF-16 code units (default
     * {@value Pipeline#DEFAULT_MAX_CHARS}).
     *
     * @param maxChars the limit
     * @return this builder
     * @throws IllegalArgumentException unless {@code maxChars > 0}
     */
    public B maxChars(int maxChars) {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.maxChars = maxChars;
        return self();
    }

    /** Copies this configuration into {@code b}, which holds none yet, and returns it. */
    final <T extends PipelineSettings<T>> T copyInto(T b) {
        b.normalizers.addAll(normalizers);
        b.extractors.addAll(extractors);
        b.decoder = decoder;
        b.maxChars = maxChars;
        b.structure = structure;
        b.dropBoilerplate = dropBoilerplate;
        b.display = display;
        b.events = events;
        b.shareAllKinds = shareAllKinds;
        b.sharedKinds.addAll(sharedKinds);
        return b;
    }
}
