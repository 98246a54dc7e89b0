package org.zhnews.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Utf8DecoderTest {

    private final Utf8Decoder decoder = new Utf8Decoder();

    @ParameterizedTest
    @CsvSource({"UTF-8,EF BB BF", "UTF-16BE,FE FF", "UTF-16LE,FF FE", "UTF-32BE,00 00 FE FF", "UTF-32LE,FF FE 00 00"})
    void byteOrderMarksSelectTheCharsetAndAreExcluded(String charset, String bom) {
        String text = "腾讯混元 AI";
        byte[] mark = java.util.HexFormat.ofDelimiter(" ").parseHex(bom);
        byte[] body = text.getBytes(Charset.forName(charset));
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        DecodedText d = decoder.decode(all);
        assertEquals(text, d.text());
        assertEquals(Charset.forName(charset), d.charset());
        assertTrue(d.warnings().isEmpty());
    }

    @Test
    void plainUtf8() {
        DecodedText d = decoder.decode("百度文心".getBytes(StandardCharsets.UTF_8));
        assertEquals("百度文心", d.text());
        assertEquals(Charset.forName("UTF-8"), d.charset());
    }

    @Test
    void truncatedSequenceAtTheEndIsReported() {
        byte[] b = "字节".getBytes(StandardCharsets.UTF_8);
        DecodedText d = decoder.decode(java.util.Arrays.copyOf(b, 4));
        assertEquals("字\uFFFD", d.text());
        assertEquals(1, d.warnings().size());
    }

    @Test
    void randomBytesNeverThrow() {
        Random r = new Random(3);
        for (int i = 0; i < 2000; i++) {
            byte[] b = new byte[r.nextInt(64)];
            r.nextBytes(b);
            assertNotNull(decoder.decode(b).text());
        }
    }
}
