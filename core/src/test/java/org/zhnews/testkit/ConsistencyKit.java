package org.zhnews.testkit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.zhnews.core.Document;
import org.zhnews.core.Extractor;
import org.zhnews.core.Normalization;
import org.zhnews.core.Normalizer;
import org.zhnews.core.Pipeline;
import org.zhnews.core.Warning;
import org.zhnews.core.WarningCode;
import org.zhnews.core.json.DocumentJson;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.offset.OffsetMap;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.Zone;

/**
 * A randomized consistency harness for normalizers and pipelines, in the spirit of Lucene's
 * {@code BaseTokenStreamTestCase}. It feeds random and adversarial text (see {@link RandomText})
 * through a component and checks the invariants every zhnews component keeps:
 * <ul>
 *   <li>offset maps cover the whole input and the whole output; kept runs really are equal
 *       text; every output character maps to a non-empty original range; mapping is monotonic;</li>
 *   <li>for every mention, {@code original.substring(originalStart, originalEnd)} equals its
 *       text, both ranges are in bounds and non-empty, mentions are in text order, and the
 *       original range is where the offset map sends the normalized range;</li>
 *   <li>every event's trigger and role spans lie inside the document, are the original text at
 *       their original offsets, and the event's other invariants hold (see {@code EventChecks});</li>
 *   <li>no component failed, warnings point inside the input, the JSON is valid;</li>
 *   <li>the same input gives the same output, events included.</li>
 * </ul>
 * A failure throws {@link AssertionError} naming the seed and the input as a Java string
 * literal, so it can be replayed. The system properties {@code zhnews.random.documents} (or its
 * older name {@code zhnews.random.docs}) and {@code zhnews.random.seed} override the document
 * count and the seed (for nightly-size runs).
 *
 * <p>A pipeline run mixes, out of every eight documents: three random texts, one clean news-like
 * text, two adversarial texts ({@link RandomText#adversarial}, up to {@link #adversarialLength}
 * code units) and two byte inputs ({@link RandomText#nextBytes}: noise, or text in one of many
 * charsets, often truncated inside a multi-byte sequence). A normalizer run makes every fourth
 * text adversarial.
 *
 * <p>Modes: a pipeline ({@link #check(Pipeline)}), a normalizer ({@link #check(Normalizer)}),
 * an extractor alone ({@link #check(Extractor, Extractor...)}), a pipeline with a
 * {@link MockOffsetNormalizer} inserted ahead of each of its components
 * ({@link #checkWithMockNormalizer}), and one seed replayed on several threads at once
 * ({@link #checkThreaded}).
 *
 * <p>Use it from JUnit: {@code ConsistencyKit.random().documents(10_000).check(pipeline)}.
 * Instances are not thread-safe.
 */
public final class ConsistencyKit {

    private static final JsonFactory JSON = new JsonFactory();

    private int documents = 1_000;
    private int maxLength = 300;
    private int adversarialLength = 2_000;
    private long seed = Long.getLong("zhnews.random.seed", System.nanoTime());

    private ConsistencyKit() {
    }

    /** A harness with 1,000 documents of up to 300 code units and a random seed. */
    public static ConsistencyKit random() {
        return new ConsistencyKit();
    }

    /** How many random documents to run, unless {@code zhnews.random.docs} says otherwise. */
    public ConsistencyKit documents(int count) {
        this.documents = count;
        return this;
    }

    /** The longest random document, in code units. */
    public ConsistencyKit maxLength(int length) {
        this.maxLength = length;
        return this;
    }

    /** The longest adversarial document (long runs of one token), in code units; default 2,000. */
    public ConsistencyKit adversarialLength(int length) {
        this.adversarialLength = length;
        return this;
    }

    /** A fixed seed, unless {@code zhnews.random.seed} says otherwise. */
    public ConsistencyKit seed(long value) {
        this.seed = Long.getLong("zhnews.random.seed", value);
        return this;
    }

    /** The number of documents a run will use. */
    public int documentCount() {
        return Integer.getInteger("zhnews.random.documents", Integer.getInteger("zhnews.random.docs", documents));
    }

    /** Runs random texts through {@code normalizer}; returns the number checked. */
    public int check(Normalizer normalizer) {
        Random random = new Random(seed);
        RandomText texts = new RandomText(random);
        int n = documentCount();
        for (int i = 0; i < n; i++) {
            String input = i % 4 == 3 ? texts.adversarial(adversarialLength) : texts.next(maxLength);
            try {
                checkNormalizer(normalizer, input);
            } catch (AssertionError | RuntimeException e) {
                throw failure(normalizer.name(), i, input, e);
            }
        }
        return n;
    }

    /** Runs random texts, and random bytes in many charsets, through {@code pipeline}. */
    public int check(Pipeline pipeline) {
        Random random = new Random(seed);
        RandomText texts = new RandomText(random);
        int n = documentCount();
        for (int i = 0; i < n; i++) {
            int kind = i % 8;
            if (kind == 3 || kind == 6) {
                byte[] bytes = texts.nextBytes(maxLength);
                try {
                    checkBytes(pipeline, bytes);
                } catch (AssertionError | RuntimeException e) {
                    throw failure("pipeline", i, "bytes " + java.util.HexFormat.of().formatHex(bytes), e);
                }
            } else {
                String input = switch (kind) {
                    case 4, 7 -> texts.adversarial(adversarialLength);
                    case 5 -> texts.clean(maxLength);
                    default -> texts.next(maxLength);
                };
                try {
                    checkPipeline(pipeline, input);
                } catch (AssertionError | RuntimeException e) {
                    throw failure("pipeline", i, Escapes.java(input), e);
                }
            }
        }
        return n;
    }

    /**
     * Extractor-only mode: runs random texts through a pipeline without normalizers that holds
     * {@code before} (the extractors {@code extractor} requires, in order) and then
     * {@code extractor}, and checks every document as {@link #check(Pipeline)} does.
     */
    public int check(Extractor extractor, Extractor... before) {
        Pipeline.Builder b = Pipeline.builder();
        for (Extractor x : before) {
            b.extractor(x);
        }
        return check(b.extractor(extractor).build());
    }

    /**
     * Runs {@link #check(Pipeline)} once for every place in {@code pipeline}'s normalizer chain
     * (before the first, between each two, after the last) with a {@link MockOffsetNormalizer}
     * inserted there, so every component reads text whose offsets moved; returns the number of
     * documents checked in all.
     */
    public int checkWithMockNormalizer(Pipeline pipeline) {
        List<Normalizer> chain = pipeline.normalizers();
        int checked = 0;
        for (int at = 0; at <= chain.size(); at++) {
            Pipeline.Builder b = pipeline.toBuilder().clearNormalizers();
            for (int i = 0; i < chain.size(); i++) {
                if (i == at) {
                    b.normalizer(new MockOffsetNormalizer());
                }
                b.normalizer(chain.get(i));
            }
            if (at == chain.size()) {
                b.normalizer(new MockOffsetNormalizer());
            }
            checked += check(b.build());
        }
        return checked;
    }

    /**
     * Threaded replay: the seed's documents (random, clean and adversarial texts) analysed by
     * {@code threads} threads at once through the one {@code pipeline} must give, document by
     * document, the same JSON as one thread alone; returns the number of documents.
     */
    public int checkThreaded(Pipeline pipeline, int threads) {
        Random random = new Random(seed);
        RandomText texts = new RandomText(random);
        int n = documentCount();
        List<String> inputs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            inputs.add(switch (i % 4) {
                case 1 -> texts.clean(maxLength);
                case 3 -> texts.adversarial(adversarialLength);
                default -> texts.next(maxLength);
            });
        }
        try {
            ThreadedReplay.check(pipeline, inputs, threads);
        } catch (AssertionError e) {
            throw new AssertionError("threaded replay (seed " + seed + ", replay with -Dzhnews.random.seed="
                    + seed + "): " + e.getMessage(), e);
        }
        return n;
    }

    private AssertionError failure(String what, int index, String input, Throwable cause) {
        AssertionError e = new AssertionError(what + " broke an invariant on random document #" + index
                + " (seed " + seed + ", replay with -Dzhnews.random.seed=" + seed + "): "
                + cause.getMessage() + "\ninput: " + input, cause);
        return e;
    }

    /** Checks one input through a normalizer: map, kept text, determinism, warnings. */
    public static Normalization checkNormalizer(Normalizer normalizer, String input) {
        Normalization first = normalizer.normalize(input);
        check(first != null, "normalizer returned null");
        checkOffsetMap(input, first.text(), first.map());
        for (Warning w : first.warnings()) {
            checkWarning(w, input.length());
        }
        Normalization second = normalizer.normalize(input);
        check(first.equals(second), "not deterministic: " + first + " vs " + second);
        return first;
    }

    /**
     * Checks that {@code map} leads from {@code input} to {@code output}: lengths, equal text in
     * kept runs, non-empty and monotonic mapping of every output character.
     */
    public static void checkOffsetMap(String input, String output, OffsetMap map) {
        check(map.originalLength() == input.length(), "map covers " + map.originalLength()
                + " input chars, input has " + input.length());
        check(map.length() == output.length(), "map yields " + map.length() + " chars, output has "
                + output.length());
        int prevOld = 0;
        int prevNew = 0;
        for (OffsetMap.Edit e : map.edits()) {
            checkKept(input, output, prevOld, e.originalStart(), prevNew, e.start());
            prevOld = e.originalEnd();
            prevNew = e.end();
        }
        checkKept(input, output, prevOld, input.length(), prevNew, output.length());
        int lastStart = 0;
        for (int i = 0; i < output.length(); i++) {
            TextRange r = map.toOriginal(i, i + 1);
            check(r.end() <= input.length(), "char " + i + " maps past the input: " + r);
            check(!input.isEmpty() && !r.isEmpty() || input.isEmpty(),
                    "output char " + i + " maps to an empty original range " + r);
            check(r.start() >= lastStart, "mapping not monotonic at output char " + i);
            lastStart = r.start();
        }
    }

    private static void checkKept(String input, String output, int os, int oe, int s, int e) {
        check(oe - os == e - s, "kept run [" + os + "," + oe + ") -> [" + s + "," + e + ") changes length");
        check(oe <= input.length() && e <= output.length(), "kept run out of bounds");
        check(input.regionMatches(os, output, s, e - s), "kept run [" + os + "," + oe
                + ") differs: " + Escapes.java(input.substring(os, oe)) + " vs "
                + Escapes.java(output.substring(s, e)));
    }

    /** Analyses {@code input} twice and checks the document and determinism. */
    public static Document checkPipeline(Pipeline pipeline, String input) {
        Document doc = pipeline.analyze(input);
        check(doc.original().equals(input), "original differs from the input");
        checkDocument(doc);
        checkSame(doc, pipeline.analyze(input));
        return doc;
    }

    /** Analyses {@code bytes} twice and checks the document and determinism. */
    public static Document checkBytes(Pipeline pipeline, byte[] bytes) {
        Document doc = pipeline.analyze(bytes);
        checkDocument(doc);
        checkSame(doc, pipeline.analyze(bytes));
        return doc;
    }

    private static void checkSame(Document a, Document b) {
        check(DocumentJson.toJson(a, true).equals(DocumentJson.toJson(b, true)),
                "same input, different output");
        check(a.events().equals(b.events()), "same input, different events");
    }

    /** Checks the invariants of one document. */
    public static void checkDocument(Document doc) {
        String original = doc.original();
        String text = doc.text();
        checkOffsetMap(original, text, doc.offsetMap());
        List<Mention> mentions = doc.mentions();
        int lastStart = 0;
        for (Mention m : mentions) {
            String where = m.type() + " " + Escapes.java(m.text()) + " at [" + m.start() + "," + m.end() + ")";
            check(m.start() >= lastStart, "mentions not in text order at " + where);
            lastStart = m.start();
            check(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(),
                    "normalized range out of bounds or empty: " + where);
            check(0 <= m.originalStart() && m.originalStart() < m.originalEnd()
                    && m.originalEnd() <= original.length(), "original range out of bounds or empty: " + where);
            check(original.substring(m.originalStart(), m.originalEnd()).equals(m.text()),
                    "original substring differs from the mention text: " + where);
            TextRange mapped = doc.offsetMap().toOriginal(m.start(), m.end());
            check(m.originalStart() <= mapped.start() && mapped.end() <= m.originalEnd()
                    && (m.originalStart() >= mapped.start() - 2 || mapped.isEmpty())
                    && (m.originalEnd() <= mapped.end() + 2 || mapped.isEmpty()),
                    "original range [" + m.originalStart() + "," + m.originalEnd()
                    + ") is not where the offset map sends " + where + ": " + mapped);
        }
        checkStructure(doc);
        LayerChecks.check(doc);
        EventChecks.check(doc);
        for (Warning w : doc.warnings()) {
            check(w.code() != WarningCode.COMPONENT_FAILED, "a component failed: " + w.message());
            checkWarning(w, original.length());
        }
        checkJson(DocumentJson.toJson(doc, true));
    }

    /**
     * Articles cover the text in order; every range maps to its original range; zones lie in
     * the text, in order; titles, bylines and outlets are text of their article.
     */
    private static void checkStructure(Document doc) {
        String text = doc.text();
        int next = 0;
        int originalNext = 0;
        for (Article a : doc.articles()) {
            check(a.range().start() == next, "articles do not follow each other at " + a.range());
            next = a.range().end();
            check(a.originalRange().start() >= originalNext && (originalNext > 0 || a.originalRange().start() == 0),
                    "article original ranges overlap or the first does not start at 0: " + a.originalRange());
            originalNext = a.originalRange().end();
            checkMapped(doc, a.range(), a.originalRange(), "article");
            for (String part : List.of(a.title().orElse(""), a.byline().orElse(""), a.outlet().orElse(""))) {
                check(text.substring(a.range().start(), a.range().end()).contains(part),
                        "article field " + Escapes.java(part) + " is not in its article " + a.range());
            }
        }
        check(next == text.length(), "articles end at " + next + " of " + text.length());
        check(originalNext == doc.original().length(), "article original ranges end at " + originalNext
                + " of " + doc.original().length());
        int lastEnd = 0;
        for (Zone z : doc.zones()) {
            check(z.range().start() >= lastEnd && !z.range().isEmpty() && z.range().end() <= text.length(),
                    "zone out of order, empty or out of bounds: " + z);
            lastEnd = z.range().end();
            checkMapped(doc, z.range(), z.originalRange(), "zone");
        }
    }

    private static void checkMapped(Document doc, TextRange range, TextRange original, String what) {
        TextRange mapped = doc.offsetMap().toOriginal(range.start(), range.end());
        check(original.start() <= mapped.start() && mapped.end() <= original.end(), what + " " + range
                + " has original range " + original + " which does not hold what the offset map gives, " + mapped);
    }

    private static void checkWarning(Warning w, int length) {
        Objects.requireNonNull(w, "null warning");
        w.range().ifPresent(r -> check(r.end() <= length, "warning range " + r + " past the input"));
    }

    private static void checkJson(String json) {
        try (JsonParser p = JSON.createParser(json)) {
            while (p.nextToken() != null) {
                // reading every token validates the syntax
            }
        } catch (IOException e) {
            throw new AssertionError("invalid JSON: " + e.getMessage() + "\n" + json, e);
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }
}
