package org.zhnews.core;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.EventFinder;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.Span;
import org.zhnews.core.offset.OffsetMap;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Structure;
import org.zhnews.core.structure.StructureAnalyzer;
import org.zhnews.core.structure.StructureInput;
import org.zhnews.text.sentence.SentenceSegmenter;

/**
 * The one analysis every entry point of {@link Pipeline} runs: the normalizers in turn (their
 * offset maps composed), the structure step, the extractors in turn, then the document. A
 * component that throws is skipped with a {@code component_failed} warning. Bytes the decoder
 * found to be binary data ({@code binary_input}) are not analysed: no component runs. Immutable and
 * thread-safe: each run keeps its state on its own stack.
 */
final class Engine {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static final Comparator<Mention> TEXT_ORDER = Comparator
            .comparingInt(Mention::start)
            .thenComparingInt(Mention::end)
            .thenComparing(Mention::type);

    private final List<Normalizer> normalizers;
    private final List<Extractor> extractors;
    private final Optional<StructureAnalyzer> structure;
    private final boolean dropBoilerplate;
    private final Optional<Normalizer> display;
    private final Optional<EventFinder> events;

    Engine(List<Normalizer> normalizers, List<Extractor> extractors, Optional<StructureAnalyzer> structure,
           boolean dropBoilerplate, Optional<Normalizer> display, Optional<EventFinder> events) {
        this.events = events;
        this.normalizers = normalizers;
        this.extractors = extractors;
        this.structure = structure;
        this.dropBoilerplate = dropBoilerplate;
        this.display = display;
    }

    Document run(String original, Optional<String> source, Optional<Charset> charset,
                         List<Warning> decodeWarnings, Optional<LocalDate> published) {
        WarningCollector warnings = new WarningCollector();
        warnings.addAll(decodeWarnings);
        if (decodeWarnings.stream().anyMatch(w -> w.code() == WarningCode.BINARY_INPUT)) {
            return unanalysed(original, source, charset, warnings);
        }
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
        List<Event> found = findEvents(context, warnings);
        List<Mention> mentions = new ArrayList<>(context.mentions());
        if (dropBoilerplate) {
            mentions.removeIf(m -> layout.zoneAt(m.start()).isPresent());
            found.removeIf(e -> layout.zoneAt(e.start()).isPresent());
        }
        mentions.sort(TEXT_ORDER);
        DisplayText shown = project(text, warnings);
        return new Document(source, charset, script, original, text, map, mentions, found, warnings.toList(),
                layout, sentences, shown);
    }

    /**
     * The document of bytes that are not text ({@link WarningCode#BINARY_INPUT}): the decoded
     * input as both texts, no mentions, one article, no component run.
     */
    private static Document unanalysed(String original, Optional<String> source, Optional<Charset> charset,
                                       WarningCollector warnings) {
        OffsetMap map = OffsetMap.identity(original.length());
        Structure single = Structure.single(original.length(), original.length());
        return new Document(source, charset, Script.UNKNOWN, original, original, map, List.of(), List.of(), warnings.toList(),
                single, Sentences.of(original, map, single, SentenceSegmenter.standard()), DisplayText.of(original));
    }

    /** The events of the event step, in trigger order; none without a step or when it fails. */
    private List<Event> findEvents(ExtractionContext context, WarningCollector warnings) {
        List<Event> found = new ArrayList<>();
        if (events.isPresent()) {
            try {
                for (Event e : events.get().find(context)) {
                    EventSpans.check(Objects.requireNonNull(e, "null event"), context);
                    found.add(e);
                }
            } catch (RuntimeException | StackOverflowError e) {
                componentFailed(warnings, events.get().name(), e);
                found.clear();
            }
        }
        found.sort(Comparator.comparingInt(Event::start).thenComparing(e -> e.kind().ordinal()));
        return found;
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
        return w.withRange(map.toOriginal(start, end));
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
        warnings.add(Warning.of(WarningCode.COMPONENT_FAILED, name + " failed and was skipped: " + e));
    }
}
