package org.zhnews.core;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.zhnews.core.event.Event;
import org.zhnews.core.json.DocumentJson;
import org.zhnews.core.json.JsonOptions;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MentionKind;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.offset.OffsetMap;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.Sentence;
import org.zhnews.core.structure.Structure;
import org.zhnews.core.structure.Zone;
import org.zhnews.core.mention.DateMention;

/**
 * One analysed document: the input as given, the normalized text, the map between them, the
 * mentions found and the warnings raised. Made by {@link Pipeline}; immutable and safe to share
 * between threads.
 *
 * <p>For every mention {@code m}, {@code original().substring(m.originalStart(), m.originalEnd())}
 * equals {@code m.text()}, and {@code text().substring(m.start(), m.end())} is its normalized
 * form. Mentions are in text order.
 */
public final class Document {

    private final Optional<String> source;
    private final Optional<Charset> charset;
    private final Script script;
    private final String original;
    private final String text;
    private final OffsetMap offsetMap;
    private final List<Mention> mentions;
    private final List<Event> events;
    private final List<Warning> warnings;
    private final Structure structure;
    private final Sentences sentences;
    private final DisplayText display;

    Document(Optional<String> source, Optional<Charset> charset, Script script, String original,
             String text, OffsetMap offsetMap, List<Mention> mentions, List<Event> events, List<Warning> warnings,
             Structure structure, Sentences sentences, DisplayText display) {
        this.structure = structure;
        this.sentences = sentences;
        this.display = display;
        this.source = source;
        this.charset = charset;
        this.script = script;
        this.original = original;
        this.text = text;
        this.offsetMap = offsetMap;
        this.mentions = List.copyOf(mentions);
        this.events = List.copyOf(events);
        this.warnings = List.copyOf(warnings);
    }

    /** {@return the source name, or empty} Where the document came from (a file name), when given. */
    public Optional<String> source() {
        return source;
    }

    /**
     * {@return the charset, or empty when the input was text} The charset the bytes were decoded with;
     * empty for text input. The JSON writes its canonical {@link Charset#name() name}.
     */
    public Optional<Charset> charset() {
        return charset;
    }

    /**
     * {@return the script, {@link Script#UNKNOWN} when no normalizer detected it} The script of the input,
     * as detected by the normalizers.
     */
    public Script script() {
        return script;
    }

    /**
     * {@return the original text; mention original offsets index it} The input text as given (for bytes: as
     * decoded, a leading BOM excluded).
     */
    public String original() {
        return original;
    }

    /**
     * {@return the analysis text} The normalized text the extractors read (the analysis text: with the
     * default normalizers, simplified characters, mainland wording, folded widths), whatever the display
     * script; mention {@code start}/{@code end} are offsets in it.
     */
    public String text() {
        return text;
    }

    /**
     * {@return the display text with its map} The text for display and its map from {@link #text()}: the
     * projection the pipeline was built with ({@link Pipeline.Builder#display}), else the analysis text
     * itself.
     */
    public DisplayText display() {
        return display;
    }

    /**
     * {@return the display text, equal to {@link #text()} without a display projection} The display text:
     * {@code display().text()}.
     */
    public String displayText() {
        return display.text();
    }

    /**
     * Projects the analysis text with another display normalizer, on demand (the document is
     * not changed; the mentions stay as found).
     *
     * @param projection the display normalizer
     * @return the projection of {@link #text()} with its map
     * @throws RuntimeException whatever the normalizer throws
     */
    public DisplayText display(Normalizer projection) {
        return DisplayText.project(projection, text);
    }

    /**
     * {@return the map; its original is {@link #original()}} The map from {@link #original()} to {@link
     * #text()}.
     */
    public OffsetMap offsetMap() {
        return offsetMap;
    }

    /** {@return the mentions, unmodifiable} All mentions, in text order. */
    public List<Mention> mentions() {
        return mentions;
    }

    /**
     * The mentions of one type, in text order.
     *
     * @param <T>  the mention type
     * @param type the mention class
     * @return the mentions that are instances of {@code type}, unmodifiable
     */
    public <T extends Mention> List<T> mentions(Class<T> type) {
        Objects.requireNonNull(type, "type");
        return mentions.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * The mentions of one kind, built-in or custom ({@code MentionKind.of("product")}), in text
     * order.
     *
     * @param kind the kind
     * @return the mentions whose {@link Mention#kind()} equals {@code kind}, unmodifiable
     */
    public List<Mention> mentions(MentionKind kind) {
        Objects.requireNonNull(kind, "kind");
        return mentions.stream().filter(m -> m.kind().equals(kind)).toList();
    }

    /**
     * The first mention of a type, if any.
     *
     * @param <T>  the mention type
     * @param type the mention class
     * @return the first mention in text order that is an instance of {@code type}, or empty
     */
    public <T extends Mention> Optional<T> first(Class<T> type) {
        Objects.requireNonNull(type, "type");
        return mentions.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /**
     * The first mention of a type.
     *
     * @param <T>  the mention type
     * @param type the mention class
     * @return the first mention in text order that is an instance of {@code type}
     * @throws NoSuchElementException if the document has none
     */
    public <T extends Mention> T expectFirst(Class<T> type) {
        return first(type).orElseThrow(() -> new NoSuchElementException(
                "no " + type.getSimpleName() + " in document" + source.map(s -> " " + s).orElse("")));
    }

    /** {@return the company mentions, unmodifiable} Company mentions, in text order. */
    public List<CompanyMention> companies() {
        return mentions(CompanyMention.class);
    }

    /** {@return the model mentions, unmodifiable} AI model mentions, in text order. */
    public List<ModelMention> models() {
        return mentions(ModelMention.class);
    }

    /** {@return the money mentions, unmodifiable} Money mentions, in text order. */
    public List<MoneyMention> money() {
        return mentions(MoneyMention.class);
    }

    /** {@return the metric mentions, unmodifiable} Metric mentions, in text order. */
    public List<MetricMention> metrics() {
        return mentions(MetricMention.class);
    }

    /** {@return the date mentions, unmodifiable} Date mentions, in text order. */
    public List<DateMention> dates() {
        return mentions(DateMention.class);
    }

    /**
     * {@return the events, unmodifiable} The events the pipeline's event step found ({@link
     * Pipeline.Builder#events}), in the order of their triggers; empty without one. Their roles are
     * mentions of {@link #mentions()} (equal records; with boilerplate dropped, an event whose trigger
     * stands in a zone is dropped too).
     */
    public List<Event> events() {
        return events;
    }

    /**
     * The events of one kind's record type ({@code doc.events(Funding.class)}), in trigger order.
     *
     * @param <T>  the event type
     * @param type the event record class
     * @return the events that are instances of {@code type}, unmodifiable
     */
    public <T extends Event> List<T> events(Class<T> type) {
        Objects.requireNonNull(type, "type");
        List<T> out = new ArrayList<>();
        for (Event e : events) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@return the structure, with ranges in {@link #text()}} The articles and boilerplate zones found (one
     * article, no zones, without a structure step).
     */
    public Structure structure() {
        return structure;
    }

    /** {@return the articles, unmodifiable} The articles, in text order; at least one. */
    public List<Article> articles() {
        return structure.articles();
    }

    /**
     * {@return the zones, unmodifiable; empty when boilerplate was not detected} The boilerplate zones, in
     * text order.
     */
    public List<Zone> zones() {
        return structure.zones();
    }

    /**
     * The index in {@link #articles()} of the article the mention stands in.
     *
     * @param mention a mention of this document
     * @return the index of the article holding the mention's start
     */
    public int articleOf(Mention mention) {
        return structure.articleAt(Objects.requireNonNull(mention, "mention").start());
    }

    /**
     * The boilerplate zone the mention starts in, if any.
     *
     * @param mention a mention of this document
     * @return the zone holding the mention's start, or empty
     */
    public Optional<Zone> zoneOf(Mention mention) {
        return structure.zoneAt(Objects.requireNonNull(mention, "mention").start());
    }

    /**
     * Whether the mention starts inside a boilerplate zone.
     *
     * @param mention a mention of this document
     * @return {@code true} if its start is in a zone
     */
    public boolean isBoilerplate(Mention mention) {
        return zoneOf(mention).isPresent();
    }

    /**
     * The mentions that stand in the article at {@code index}, in text order.
     *
     * @param index an index in {@link #articles()}
     * @return the mentions whose start is in that article, unmodifiable
     * @throws IndexOutOfBoundsException if {@code index} is not an index of {@link #articles()}
     */
    public List<Mention> mentionsIn(int index) {
        Objects.checkIndex(index, structure.articles().size());
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (structure.articleAt(m.start()) == index) {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@return the sentences, unmodifiable} The sentences, in text order: they cover the normalized text
     * (and, by their original ranges, the original) without gaps or overlaps, never cross an article
     * boundary, and carry their clauses. Empty for an empty text.
     */
    public List<Sentence> sentences() {
        return sentences.list();
    }

    /**
     * The sentence holding the mention's start.
     *
     * @param mention a mention of this document
     * @return the sentence whose range holds the mention's start
     */
    public Sentence sentenceOf(Mention mention) {
        return sentences.at(Objects.requireNonNull(mention, "mention").start());
    }

    /**
     * {@return the warnings, unmodifiable} Warnings raised while reading, normalizing and extracting;
     * ranges in the original.
     */
    public List<Warning> warnings() {
        return warnings;
    }

    /**
     * {@return the changes, unmodifiable; empty when normalization changed nothing} Everything the
     * normalizers removed, replaced or inserted, in text order: each change's original range and text, and
     * what it became.
     */
    public List<Change> changes() {
        List<Change> out = new ArrayList<>();
        for (OffsetMap.Edit e : offsetMap.edits()) {
            out.add(new Change(new TextRange(e.originalStart(), e.originalEnd()),
                    original.substring(e.originalStart(), e.originalEnd()),
                    new TextRange(e.start(), e.end()), text.substring(e.start(), e.end())));
        }
        return List.copyOf(out);
    }

    /** {@return one JSON object, on one line} The JSON of the contract, without the normalized text. */
    public String toJson() {
        return DocumentJson.toJson(this, false);
    }

    /**
     * The JSON of the contract, with what {@code options} asks for.
     *
     * @param options what to include beyond the contract's fields
     * @return one JSON object
     */
    public String toJson(JsonOptions options) {
        return DocumentJson.toJson(this, options);
    }

    /**
     * One change made by normalization.
     *
     * @param originalRange where it stood in the original
     * @param before        the original text there
     * @param range         where its result stands in the normalized text
     * @param after         the normalized text there ({@code ""} for a deletion)
     */
    public record Change(TextRange originalRange, String before, TextRange range, String after) {
    }

    @Override
    public String toString() {
        return "Document[" + source.orElse("<text>") + ", " + original.length() + " chars, "
                + mentions.size() + " mentions, " + events.size() + " events, " + warnings.size() + " warnings]";
    }
}
