package org.zhnews.text.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ConformingDecoder} beyond the conformance table (core's MalformedSequencesTest): UTF-8
 * and UTF-16 against the WHATWG decoders written out below on every sequence of boundary bytes or
 * code units up to a length, the JDK facts the GB18030 rules rely on, streaming through cut buffers, and the Big5
 * pairs where the JDK's table is not the WHATWG index.
 */
class ConformingDecoderTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    /** The WHATWG Encoding Standard's UTF-8 decoder, step by step, errors as U+FFFD. */
    static String whatwgUtf8(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int cp = 0;
        int seen = 0;
        int needed = 0;
        int lower = 0x80;
        int upper = 0xBF;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length) {
                if (needed != 0) {
                    out.append('\uFFFD');
                }
                break;
            }
            int b = bytes[i] & 0xFF;
            if (needed == 0) {
                if (b <= 0x7F) {
                    out.append((char) b);
                } else if (b >= 0xC2 && b <= 0xDF) {
                    needed = 1;
                    cp = b & 0x1F;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    lower = b == 0xE0 ? 0xA0 : 0x80;
                    upper = b == 0xED ? 0x9F : 0xBF;
                    needed = 2;
                    cp = b & 0xF;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    lower = b == 0xF0 ? 0x90 : 0x80;
                    upper = b == 0xF4 ? 0x8F : 0xBF;
                    needed = 3;
                    cp = b & 0x7;
                } else {
                    out.append('\uFFFD');
                }
                continue;
            }
            if (b < lower || b > upper) {
                cp = 0;
                needed = 0;
                seen = 0;
                lower = 0x80;
                upper = 0xBF;
                out.append('\uFFFD');
                i--; // the byte is read again
                continue;
            }
            lower = 0x80;
            upper = 0xBF;
            cp = cp << 6 | b & 0x3F;
            if (++seen == needed) {
                out.appendCodePoint(cp);
                cp = 0;
                needed = 0;
                seen = 0;
            }
        }
        return out.toString();
    }

    @Test
    void utf8IsTheWhatwgDecoderOnEverySequenceOfUpToFourBoundaryBytes() {
        int[] alphabet = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
            0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xF8, 0xFF};
        int checked = 0;
        for (int length = 1; length <= 4; length++) {
            int[] digits = new int[length];
            byte[] bytes = new byte[length];
            do {
                for (int k = 0; k < length; k++) {
                    bytes[k] = (byte) alphabet[digits[k]];
                }
                String got = ConformingDecoder.decode(bytes, StandardCharsets.UTF_8);
                if (!got.equals(whatwgUtf8(bytes))) {
                    assertEquals(whatwgUtf8(bytes), got, HEX.formatHex(bytes));
                }
                checked++;
            } while (next(digits, alphabet.length));
        }
        assertEquals(25 + 625 + 15_625 + 390_625, checked);
    }

    @Test
    void utf8IsTheWhatwgDecoderOnEveryTwoByteSequence() {
        byte[] bytes = new byte[3];
        bytes[2] = 'A';
        for (int b = 0; b < 0x10000; b++) {
            bytes[0] = (byte) (b >> 8);
            bytes[1] = (byte) b;
            String got = ConformingDecoder.decode(bytes, StandardCharsets.UTF_8);
            if (!got.equals(whatwgUtf8(bytes))) {
                assertEquals(whatwgUtf8(bytes), got, HEX.formatHex(bytes));
            }
        }
    }

    @Test
    void theJdkSeesAnEncodedSurrogateAsOneErrorTheStandardAsThree() throws CharacterCodingException {
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertEquals("\uFFFD", new String(surrogate, StandardCharsets.UTF_8), "the JDK, as this test was written");
        assertEquals("\uFFFD\uFFFD\uFFFD", ConformingDecoder.decode(surrogate, StandardCharsets.UTF_8));
        CharsetDecoder d = ConformingDecoder.of(StandardCharsets.UTF_8);
        CoderResult r = d.decode(ByteBuffer.wrap(surrogate), CharBuffer.allocate(8), true);
        assertTrue(r.isMalformed());
        assertEquals(1, r.length(), "REPORT gives the maximal subpart's length");
    }

    @Test
    void everyGb18030PairWithATrailInRangeIsMappedByTheJdk() {
        // Resync.GB18030 reports any two-byte error as an out-of-range trail: this checks that premise
        CharsetDecoder jdk = GB18030.newDecoder();
        for (int lead = 0x81; lead <= 0xFE; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                if (trail == 0x7F) {
                    continue;
                }
                String s = decodeStrict(jdk, new byte[] {(byte) lead, (byte) trail});
                assertEquals(1, s == null ? 0 : s.length(), String.format("%02X %02X", lead, trail));
            }
        }
    }

    @Test
    void theJdkGivesEachRemappedPrivateUseCodePointForOneSequenceOnly() {
        // the remap to WHATWG's code points replaces output chars: each must come from one sequence
        String pua = "\uE5E5\uE78D\uE78E\uE78F\uE790\uE791\uE792\uE793\uE794\uE795\uE796"
                + "\uE81E\uE826\uE82B\uE82C\uE832\uE843\uE854\uE864";
        int[] seen = new int[pua.length()];
        CharsetDecoder jdk = GB18030.newDecoder();
        for (int lead = 0x81; lead <= 0xFE; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                count(decodeStrict(jdk, new byte[] {(byte) lead, (byte) trail}), pua, seen);
            }
            // four-byte forms below 0x85 cover the whole BMP part of the ranges
            for (int b2 = 0x30; lead <= 0x84 && b2 <= 0x39; b2++) {
                for (int b3 = 0x81; b3 <= 0xFE; b3++) {
                    for (int b4 = 0x30; b4 <= 0x39; b4++) {
                        count(decodeStrict(jdk, new byte[] {(byte) lead, (byte) b2, (byte) b3, (byte) b4}), pua, seen);
                    }
                }
            }
        }
        for (int k = 0; k < seen.length; k++) {
            assertEquals(1, seen[k], String.format("U+%04X", (int) pua.charAt(k)));
        }
        assertEquals("\u3000\uFE10\uFE10\u9FB4\u9FB4", ConformingDecoder.decode(
                HEX.parseHex("A3 A0 A6 D9 84 31 82 36 FE 59 82 35 90 37"), GB18030));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5", "Big5-HKSCS"})
    void streamingThroughCutBuffersGivesTheWholeArraysText(String name) throws IOException {
        Charset charset = Charset.forName(name);
        Random r = new Random(name.hashCode());
        for (int round = 0; round < 300; round++) {
            byte[] bytes = noisyText(r, charset);
            String whole = ConformingDecoder.decode(bytes, charset);
            int chunk = 1 + r.nextInt(7);
            Reader reader = new InputStreamReader(chunked(bytes, chunk), ConformingDecoder.of(charset)
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            StringBuilder got = new StringBuilder();
            char[] buf = new char[1 + r.nextInt(5)];
            for (int n = reader.read(buf); n >= 0; n = reader.read(buf)) {
                got.append(buf, 0, n);
            }
            assertEquals(whole, got.toString(), name + " in chunks of " + chunk + ": " + HEX.formatHex(bytes));
            assertEquals(whole, decodeInSmallSteps(bytes, charset, chunk), name + ": " + HEX.formatHex(bytes));
        }
    }

    @Test
    void big5PairsTheWhatwgIndexMapsOtherwiseKeepTheJdksMapping() {
        // index Big5 (WHATWG) maps A1 45 to U+2027 and C6 CF to U+5EF4; the JDK's tables do not
        assertEquals("\u2022", ConformingDecoder.decode(HEX.parseHex("A1 45"), BIG5_HKSCS));
        assertEquals("\u306B", ConformingDecoder.decode(HEX.parseHex("C6 CF"), BIG5_HKSCS));
        // index Big5 has the HKSCS pairs; the JDK's Big5 does not: 87 40 (U+43F0) is an error
        // there, and 0x40, an ASCII byte, is read again as the standard does for unmapped pairs
        assertEquals("\uFFFD@", ConformingDecoder.decode(HEX.parseHex("87 40"), BIG5));
        assertEquals("\u43F0", ConformingDecoder.decode(HEX.parseHex("87 40"), BIG5_HKSCS));
    }

    /** The WHATWG Encoding Standard's shared UTF-16 decoder, errors as U+FFFD. */
    static String whatwgUtf16(byte[] bytes, boolean bigEndian) {
        StringBuilder out = new StringBuilder();
        int lead = -1;
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            int a = bytes[i] & 0xFF;
            int b = bytes[i + 1] & 0xFF;
            char unit = (char) (bigEndian ? a << 8 | b : b << 8 | a);
            if (lead >= 0) {
                char high = (char) lead;
                lead = -1;
                if (Character.isLowSurrogate(unit)) {
                    out.appendCodePoint(Character.toCodePoint(high, unit));
                    continue;
                }
                out.append('\uFFFD'); // the unit is read again
            }
            if (Character.isHighSurrogate(unit)) {
                lead = unit;
            } else {
                out.append(Character.isLowSurrogate(unit) ? '\uFFFD' : unit);
            }
        }
        if (lead >= 0 || bytes.length % 2 == 1) {
            out.append('\uFFFD');
        }
        return out.toString();
    }

    @Test
    void utf16IsTheWhatwgDecoderOnEverySequenceOfUpToFiveBoundaryUnits() {
        char[] units = {'A', '\u4E2D', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFF'};
        int checked = 0;
        for (boolean bigEndian : new boolean[] {false, true}) {
            Charset charset = bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            for (int length = 1; length <= 5; length++) {
                int[] digits = new int[length];
                do {
                    for (int odd = 0; odd <= 1; odd++) {
                        byte[] bytes = new byte[2 * length + odd];
                        for (int k = 0; k < length; k++) {
                            char u = units[digits[k]];
                            bytes[2 * k] = (byte) (bigEndian ? u >> 8 : u);
                            bytes[2 * k + 1] = (byte) (bigEndian ? u : u >> 8);
                        }
                        if (odd == 1) {
                            bytes[bytes.length - 1] = 0x41;
                        }
                        String got = ConformingDecoder.decode(bytes, charset);
                        if (!got.equals(whatwgUtf16(bytes, bigEndian))) {
                            assertEquals(whatwgUtf16(bytes, bigEndian), got, charset + " " + HEX.formatHex(bytes));
                        }
                        checked++;
                    }
                } while (next(digits, units.length));
            }
        }
        assertEquals(2 * 2 * (7 + 49 + 343 + 2401 + 16_807), checked);
        assertEquals("\uFFFD", new String(HEX.parseHex("00 D8 41 00"), StandardCharsets.UTF_16LE),
                "the JDK swallows the unit after an unpaired leading surrogate, as this test was written");
    }

    @Test
    void otherCharsetsAreTheJdksOwnDecoders() {
        for (Charset c : new Charset[] {StandardCharsets.UTF_16, Charset.forName("UTF-32LE"),
            StandardCharsets.ISO_8859_1, Charset.forName("Shift_JIS"), Charset.forName("windows-1252")}) {
            CharsetDecoder d = ConformingDecoder.of(c);
            assertFalse(d instanceof ConformingDecoder, c.name());
            assertEquals(c, d.charset());
        }
        assertInstanceOf(ConformingDecoder.class, ConformingDecoder.of(Charset.forName("utf8")));
        assertInstanceOf(ConformingDecoder.class, ConformingDecoder.of(StandardCharsets.UTF_16BE));
        byte[] odd = {'a', 0, 0, 0, (byte) 0xD8};
        Charset utf32 = Charset.forName("UTF-32LE");
        assertEquals(new String(odd, utf32), ConformingDecoder.decode(odd, utf32));
    }

    /** Decodes with small input windows and a two-char output buffer, as a careful caller would. */
    private static String decodeInSmallSteps(byte[] bytes, Charset charset, int window) {
        CharsetDecoder d = ConformingDecoder.of(charset).onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer in = ByteBuffer.allocate(bytes.length + 8);
        CharBuffer out = CharBuffer.allocate(2);
        StringBuilder got = new StringBuilder();
        int fed = 0;
        in.flip();
        while (true) {
            in.compact();
            int n = Math.min(window, bytes.length - fed);
            in.put(bytes, fed, n);
            fed += n;
            in.flip();
            boolean end = fed == bytes.length;
            CoderResult r;
            do {
                r = d.decode(in, out, end);
                drain(out, got);
            } while (r.isOverflow());
            if (end) {
                while (d.flush(out).isOverflow()) {
                    drain(out, got);
                }
                drain(out, got);
                return got.toString();
            }
        }
    }

    private static void drain(CharBuffer out, StringBuilder got) {
        out.flip();
        got.append(out);
        out.clear();
    }

    /** Text in {@code charset} with bytes cut out, flipped and inserted. */
    private static byte[] noisyText(Random r, Charset charset) {
        byte[] text = "腾讯发布混元大模型，融资5亿元；臺灣積體電路 AI 𠀋 OK".getBytes(charset);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int from = r.nextInt(text.length);
        int to = Math.min(text.length, from + 4 + r.nextInt(24));
        for (int i = from; i < to; i++) {
            int roll = r.nextInt(10);
            if (roll == 0) {
                continue; // a lost byte
            }
            out.write(roll == 1 ? r.nextInt(256) : text[i]);
            if (roll == 2) {
                out.write(0x80 | r.nextInt(0x80));
            }
        }
        return out.toByteArray();
    }

    private static InputStream chunked(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    private static String decodeStrict(CharsetDecoder d, byte[] bytes) {
        try {
            d.reset();
            return d.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void count(String s, String chars, int[] seen) {
        if (s != null) {
            for (int i = 0; i < s.length(); i++) {
                int k = chars.indexOf(s.charAt(i));
                if (k >= 0) {
                    seen[k]++;
                }
            }
        }
    }

    private static boolean next(int[] digits, int base) {
        for (int k = digits.length - 1; k >= 0; k--) {
            if (++digits[k] < base) {
                return true;
            }
            digits[k] = 0;
        }
        return false;
    }
}
