package org.zhnews.normalize.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhnews.core.DecodedText;
import org.zhnews.core.WarningCode;

class ChineseCharsetDetectorTest {

    private static final ChineseCharsetDetector DETECTOR = new ChineseCharsetDetector();

    static Stream<Arguments> fullTexts() {
        List<Arguments> out = new ArrayList<>();
        List<String> all = new ArrayList<>(Sentences.SIMPLIFIED);
        all.addAll(Sentences.TRADITIONAL);
        all.addAll(Sentences.MIXED);
        for (String s : all) {
            for (String cs : CharsetEvidenceTest.CHARSETS) {
                if (CharsetEvidenceTest.encode(s, Charset.forName(cs)) != null) {
                    out.add(Arguments.of(cs, s));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("fullTexts")
    void decodesOwnSentences(String charset, String text) {
        byte[] bytes = CharsetEvidenceTest.encode(text, Charset.forName(charset));
        DecodedText d = DETECTOR.decode(bytes);
        assertEquals(text, d.text());
    }

    @Test
    void shortCutsMostlyDecode() {
        int ok = 0;
        int total = 0;
        List<String> all = new ArrayList<>(Sentences.SIMPLIFIED);
        all.addAll(Sentences.TRADITIONAL);
        for (String s : all) {
            for (String cs : CharsetEvidenceTest.CHARSETS) {
                Charset charset = Charset.forName(cs);
                byte[] bytes = CharsetEvidenceTest.encode(s, charset);
                if (bytes == null) {
                    continue;
                }
                int[] cut = CharsetEvidenceTest.cut(s, charset, 24);
                total++;
                if (DETECTOR.decode(Arrays.copyOf(bytes, cut[1])).text().equals(s.substring(0, cut[0]))) {
                    ok++;
                }
            }
        }
        assertTrue(ok >= 0.9 * total, ok + "/" + total);
    }

    @Test
    void gbkSentenceNamedGb18030() {
        byte[] bytes = Sentences.SIMPLIFIED.get(0).getBytes(Charset.forName("GBK"));
        assertEquals(Charset.forName("GB18030"), DETECTOR.decode(bytes).charset());
    }

    @Test
    void big5SentenceNamedBig5() {
        byte[] bytes = Sentences.TRADITIONAL.get(1).getBytes(Charset.forName("Big5"));
        assertEquals(Charset.forName("Big5"), DETECTOR.decode(bytes).charset());
    }

    @Test
    void utf16WithoutBom() {
        String s = Sentences.SIMPLIFIED.get(2);
        assertEquals(Charset.forName("UTF-16LE"), DETECTOR.decode(s.getBytes(StandardCharsets.UTF_16LE)).charset());
        assertEquals(Charset.forName("UTF-16BE"), DETECTOR.decode(s.getBytes(StandardCharsets.UTF_16BE)).charset());
    }

    @Test
    void utf16AsciiWithoutBomByNulPattern() {
        DecodedText d = DETECTOR.decode("Hello AI world".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("Hello AI world", d.text());
    }

    @Test
    void utf8Bom() {
        byte[] body = "中文".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body);
        DecodedText d = DETECTOR.decode(bytes);
        assertEquals("中文", d.text());
        assertEquals(Charset.forName("UTF-8"), d.charset());
    }

    @Test
    void utf16LeBom() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "新闻".getBytes(StandardCharsets.UTF_16LE));
        DecodedText d = DETECTOR.decode(bytes);
        assertEquals("新闻", d.text());
        assertEquals(Charset.forName("UTF-16LE"), d.charset());
    }

    @Test
    void utf16BeBom() {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "新聞".getBytes(StandardCharsets.UTF_16BE));
        assertEquals("新聞", DETECTOR.decode(bytes).text());
    }

    @Test
    void utf32LeBom() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "模型".getBytes(Charset.forName("UTF-32LE")));
        DecodedText d = DETECTOR.decode(bytes);
        assertEquals("模型", d.text());
        assertEquals(Charset.forName("UTF-32LE"), d.charset());
    }

    @Test
    void utf32BeBom() {
        byte[] bytes = concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, "模型".getBytes(Charset.forName("UTF-32BE")));
        assertEquals("模型", DETECTOR.decode(bytes).text());
    }

    @Test
    void emptyAndAscii() {
        assertEquals("", DETECTOR.decode(new byte[0]).text());
        DecodedText d = DETECTOR.decode("plain ascii".getBytes(StandardCharsets.US_ASCII));
        assertEquals("plain ascii", d.text());
        assertEquals(Charset.forName("UTF-8"), d.charset());
        assertTrue(d.warnings().isEmpty());
    }

    @Test
    void veryShortTextIsLowConfidence() {
        DecodedText d = DETECTOR.decode("中".getBytes(Charset.forName("GBK")));
        assertTrue(d.warnings().stream().anyMatch(w -> w.code() == WarningCode.LOW_CONFIDENCE_CHARSET), d.toString());
    }

    @Test
    void longTextIsConfident() {
        DecodedText d = DETECTOR.decode(String.join("", Sentences.SIMPLIFIED).getBytes(Charset.forName("GB18030")));
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void corruptGbkStillGb18030WithWarning() {
        byte[] clean = String.join("", Sentences.SIMPLIFIED).getBytes(Charset.forName("GBK"));
        byte[] bytes = new byte[clean.length + 1];
        System.arraycopy(clean, 0, bytes, 0, 10);
        bytes[10] = (byte) 0xFF; // one stray byte between two characters
        System.arraycopy(clean, 10, bytes, 11, clean.length - 10);
        DecodedText d = DETECTOR.decode(bytes);
        assertEquals(Charset.forName("GB18030"), d.charset());
        assertTrue(d.warnings().stream().anyMatch(w -> w.code() == WarningCode.MALFORMED_INPUT));
        assertTrue(d.text().contains("这家公司发布了新的大模型"), d.text());
    }

    @Test
    void japaneseShiftJisIsNotCalledGbk() {
        String ja = "今日は新しいモデルが発表されました。とても速いです。";
        DecodedText d = DETECTOR.decode(ja.getBytes(Charset.forName("Shift_JIS")));
        assertEquals(Charset.forName("Shift_JIS"), d.charset());
        assertEquals(ja, d.text());
    }

    @Test
    void latin1FrenchIsNotChinese() {
        String fr = "Le modèle a été présenté à la presse, très apprécié.";
        DecodedText d = DETECTOR.decode(fr.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(fr, d.text());
    }

    @Test
    void randomBytesNeverThrow() {
        for (int seed = 0; seed < 400; seed++) {
            Random r = new Random(seed);
            byte[] bytes = new byte[seed % 7 == 0 ? r.nextInt(4000) : r.nextInt(300)];
            r.nextBytes(bytes);
            DecodedText d = DETECTOR.decode(bytes);
            assertNotNull(d.text());
            assertNotNull(d.charset());
        }
    }

    @Test
    void binaryDataIsOneWarningNotAFloodAndNotUtf16() {
        Random r = new Random(11);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0});
        while (out.size() < 30_000) {
            byte[] noise = new byte[r.nextInt(200)];
            r.nextBytes(noise);
            out.writeBytes(noise);
            out.writeBytes(new byte[r.nextInt(40)]);
        }
        byte[] bytes = out.toByteArray();
        DecodedText d = DETECTOR.decode(bytes);
        assertEquals(List.of(WarningCode.BINARY_INPUT), d.warnings().stream().map(w -> w.code()).toList());
        assertEquals(StandardCharsets.ISO_8859_1, d.charset());
        assertEquals(bytes.length, d.text().length());
        byte[] compressedLike = new byte[8000];
        new Random(12).nextBytes(compressedLike);
        assertEquals(List.of(WarningCode.BINARY_INPUT),
                DETECTOR.decode(compressedLike).warnings().stream().map(w -> w.code()).toList());
    }

    @Test
    void textInEveryCandidateCharsetIsNotBinary() {
        String text = String.join("\n", Sentences.SIMPLIFIED);
        for (String cs : List.of("UTF-8", "GB18030", "UTF-16LE", "UTF-16BE")) {
            DecodedText d = DETECTOR.decode(text.getBytes(Charset.forName(cs)));
            assertEquals(text, d.text(), cs);
            assertTrue(d.warnings().stream().noneMatch(w -> w.code() == WarningCode.BINARY_INPUT), cs);
        }
        String ascii = "OpenAI released a new model today.\n".repeat(20);
        DecodedText u16 = DETECTOR.decode(ascii.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(ascii, u16.text(), "UTF-16 explains the NUL bytes of ASCII text");
        assertTrue(u16.warnings().stream().noneMatch(w -> w.code() == WarningCode.BINARY_INPUT));
    }

    @Test
    void rankListsCleanCandidates() {
        byte[] bytes = Sentences.TRADITIONAL.get(0).getBytes(Charset.forName("Big5"));
        List<ChineseCharsetDetector.Scored> ranked = DETECTOR.rank(bytes);
        assertEquals(Charset.forName("Big5"), ranked.get(0).charset());
        assertTrue(ranked.size() >= 2);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
