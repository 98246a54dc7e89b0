package org.zhnews.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.testkit.ConsistencyKit;

class PipelineTest {

    private static final Pipeline TOY = Pipeline.builder()
            .normalizer(new ToyComponents.StripLatinInParens())
            .normalizer(new ToyComponents.ExpandMonthSigns())
            .extractor(new ToyComponents.OpenAiExtractor())
            .extractor(new ToyComponents.PercentExtractor())
            .build();

    @Test
    void mentionsMapBackThroughEveryNormalizer() {
        String input = "創(chuang)新:OpenAI(kai)在㋀增長17%";
        Document doc = TOY.analyze(input, "a.txt");
        assertEquals("創新:OpenAI(kai)在1月增長17%", doc.text());
        CompanyMention openai = doc.expectFirst(CompanyMention.class);
        assertEquals("OpenAI", openai.text());
        assertEquals(input.indexOf("OpenAI"), openai.originalStart());
        MetricMention pct = doc.expectFirst(MetricMention.class);
        assertEquals("17%", pct.text());
        assertEquals(new BigDecimal("17"), pct.value().orElseThrow());
        assertEquals(input.substring(pct.originalStart(), pct.originalEnd()), "17%");
        assertEquals(List.of(openai, pct), doc.mentions());
        assertEquals("a.txt", doc.source().orElseThrow());
        ConsistencyKit.checkDocument(doc);
    }

    @Test
    void changesListWhatNormalizationDid() {
        Document doc = TOY.analyze("創(chuang)新㋀");
        List<Document.Change> changes = doc.changes();
        assertEquals(2, changes.size());
        assertEquals("(chuang)", changes.get(0).before());
        assertEquals("", changes.get(0).after());
        assertEquals("㋀", changes.get(1).before());
        assertEquals("1月", changes.get(1).after());
    }

    @Test
    void typedAccessors() {
        Document doc = TOY.analyze("OpenAI 5% OpenAI");
        assertEquals(2, doc.companies().size());
        assertEquals(1, doc.metrics().size());
        assertTrue(doc.models().isEmpty());
        assertTrue(doc.first(ModelMention.class).isEmpty());
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> doc.expectFirst(ModelMention.class));
        assertTrue(e.getMessage().contains("ModelMention"));
    }

    @Test
    void nullArgumentsThrowWithAMessage() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> TOY.analyze((String) null));
        assertTrue(e.getMessage().contains("text"));
        assertThrows(NullPointerException.class, () -> TOY.analyze((byte[]) null));
        assertThrows(NullPointerException.class, () -> TOY.analyze((Path) null));
        assertThrows(NullPointerException.class, () -> Pipeline.builder().normalizer(null));
    }

    @Test
    void oversizedInputThrowsNamingLimitAndSize() {
        Pipeline small = TOY.toBuilder().maxChars(10).build();
        InputTooLargeException e = assertThrows(InputTooLargeException.class, () -> small.analyze("12345678901"));
        assertEquals(11, e.size());
        assertEquals(10, e.limit());
        assertTrue(e.getMessage().contains("11") && e.getMessage().contains("10"));
        assertThrows(InputTooLargeException.class, () -> small.analyze(new byte[41]));
        assertEquals(10, small.analyze("1234567890").original().length());
        assertThrows(IllegalArgumentException.class, () -> Pipeline.builder().maxChars(0));
    }

    @Test
    void failingComponentBecomesAWarning() {
        Normalizer broken = text -> {
            throw new IllegalStateException("boom");
        };
        Pipeline p = TOY.toBuilder().normalizer(broken).build();
        Document doc = p.analyze("OpenAI 3%");
        assertEquals(2, doc.mentions().size());
        assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.COMPONENT_FAILED
                && w.message().contains("boom")));
    }

    @Test
    void normalizerWithAMapOfTheWrongLengthIsSkipped() {
        Normalizer liar = text -> Normalization.unchanged(text + "x");
        Document doc = TOY.toBuilder().normalizer(liar).build().analyze("abc");
        assertEquals("abc", doc.text());
        assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.COMPONENT_FAILED));
    }

    @Test
    void buildChecksExtractorOrder() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pipeline.builder().extractor(new ToyComponents.NeedsCompanies()).build());
        assertTrue(e.getMessage().contains("CompanyMention"));
        Pipeline.builder().extractor(new ToyComponents.OpenAiExtractor())
                .extractor(new ToyComponents.NeedsCompanies()).build();
    }

    @Test
    void bytesAreDecodedAndTheCharsetRecorded() {
        byte[] utf8 = "OpenAI增長17%".getBytes(StandardCharsets.UTF_8);
        Document doc = TOY.analyze(utf8, "x.txt");
        assertEquals(Charset.forName("UTF-8"), doc.charset().orElseThrow());
        assertEquals(2, doc.mentions().size());
        assertTrue(TOY.analyze("OpenAI").charset().isEmpty());
    }

    @Test
    void theCharsetIsTypedAndTheJsonWritesItsCanonicalName() {
        Charset gb = Charset.forName("gb2312");
        ByteDecoder decoder = bytes -> new DecodedText(new String(bytes, gb), gb, List.of());
        Document doc = TOY.toBuilder().decoder(decoder).build().analyze("增长5%".getBytes(gb));
        assertEquals(gb, doc.charset().orElseThrow());
        assertEquals("增长5%", doc.original());
        assertTrue(doc.toJson().contains("\"charset\":\"GB2312\""), doc.toJson());
    }

    @Test
    void malformedBytesGiveWarningsNotExceptions() {
        byte[] bytes = {'O', 'p', 'e', 'n', 'A', 'I', (byte) 0xFF, (byte) 0xC3, ' ', '1', '%'};
        Document doc = TOY.analyze(bytes);
        assertEquals("OpenAI\uFFFD\uFFFD 1%", doc.original());
        assertEquals(1, doc.warnings().size());
        assertEquals(WarningCode.MALFORMED_INPUT, doc.warnings().get(0).code());
        assertEquals(6, doc.warnings().get(0).range().orElseThrow().start());
        assertEquals(8, doc.warnings().get(0).range().orElseThrow().end());
        ConsistencyKit.checkDocument(doc);
    }

    @Test
    void warningsPerCodeAreCapped() {
        // 150 bad bytes, each in a line of text: many malformed runs, yet text, not binary data
        byte[] junk = "a line of ordinary text\u00FF\n".repeat(150).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Document doc = TOY.analyze(junk);
        assertEquals(WarningCollector.MAX_PER_CODE + 1, doc.warnings().size());
        assertEquals(WarningCode.WARNINGS_TRUNCATED, doc.warnings().get(doc.warnings().size() - 1).code());
    }

    @Test
    void binaryInputIsKeptButNotAnalysed() {
        byte[] bytes = BinaryInputTest.executableLike(5000, 3);
        byte[] withText = new byte[bytes.length + 20];
        System.arraycopy(bytes, 0, withText, 0, bytes.length);
        System.arraycopy("OpenAI 9% OpenAI 9%\n".getBytes(StandardCharsets.US_ASCII), 0, withText, bytes.length, 20);
        Document doc = TOY.analyze(withText, "x.txt");
        assertEquals(List.of(WarningCode.BINARY_INPUT), doc.warnings().stream().map(Warning::code).toList());
        assertTrue(doc.mentions().isEmpty(), doc.mentions().toString());
        assertEquals(withText.length, doc.original().length());
        assertEquals(doc.original(), doc.text());
        assertEquals(StandardCharsets.ISO_8859_1, doc.charset().orElseThrow());
        ConsistencyKit.checkDocument(doc);
    }

    @Test
    void analyzesFilesAndReportsUnreadableOnes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("n.txt");
        Files.writeString(file, "OpenAI 9%");
        Document doc = TOY.analyze(file);
        assertEquals(file.toString(), doc.source().orElseThrow());
        assertEquals(2, doc.mentions().size());
        assertThrows(NoSuchFileException.class, () -> TOY.analyze(dir.resolve("missing.txt")));
    }

    @Test
    void batchesKeepInputOrder() {
        List<String> texts = List.of("OpenAI", "1%", "", "OpenAI 2%");
        List<Document> seq = TOY.analyzeAll(texts);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Document> par = TOY.analyzeAll(texts, pool);
            for (int i = 0; i < texts.size(); i++) {
                assertEquals(seq.get(i).toJson(), par.get(i).toJson());
                assertEquals(texts.get(i), par.get(i).original());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(List.of(1, 1, 0, 2), seq.stream().map(d -> d.mentions().size()).toList());
    }

    @Test
    void emptyPipelineKeepsTextAsIs() {
        Document doc = Pipeline.builder().build().analyze("繁體 text");
        assertEquals("繁體 text", doc.text());
        assertEquals(Script.UNKNOWN, doc.script());
        assertTrue(doc.mentions().isEmpty());
        assertEquals(Set.of(), Set.copyOf(doc.warnings()));
    }

    @Test
    void randomDocumentsKeepEveryInvariant() {
        int n = ConsistencyKit.random().documents(3000).seed(11).check(TOY);
        assertTrue(n >= 1);
    }

    @Test
    void mentionsAreSortedInTextOrderAcrossExtractors() {
        Document doc = TOY.analyze("5% OpenAI 6%");
        assertEquals(List.of("metric", "company", "metric"), doc.mentions().stream().map(Mention::type).toList());
    }
}
