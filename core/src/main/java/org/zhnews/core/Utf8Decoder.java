package org.zhnews.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.zhnews.text.decode.ConformingDecoder;

/**
 * The decoder core uses when no other is configured: a byte-order mark selects UTF-8, UTF-16
 * or UTF-32; otherwise the bytes are read as UTF-8. Malformed sequences become U+FFFD, one per
 * maximal subpart (the Unicode Standard's "U+FFFD substitution of maximal subparts", as Python,
 * ICU and browsers decode: {@code ED A0 80} is three U+FFFD), and are reported as {@code
 * malformed_input} warnings (one per run of U+FFFD); bytes that are not text at all get one
 * {@code binary_input} warning instead ({@link BinaryInput}). It does not guess other charsets;
 * the encoding normalizer does. Stateless and thread-safe.
 */
public final class Utf8Decoder implements ByteDecoder {

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    @Override
    public DecodedText decode(byte[] bytes) {
        Bom bom = Bom.sniff(bytes);
        return BinaryInput.screen(bytes, decode(bytes, bom.length, bom.charset));
    }

    /**
     * Decodes {@code bytes} from {@code offset} in {@code charset}, replacing malformed input
     * with U+FFFD and reporting each replaced run. UTF-8, UTF-16LE/BE, GB18030 and Big5(-HKSCS)
     * are cut into errors as the standards say ({@link ConformingDecoder}: one U+FFFD per maximal
     * subpart in UTF-8, the WHATWG decoders' errors in the others), so the text and its
     * offsets are those other languages' standard decoders give; other charsets are the JDK's.
     *
     * @param bytes   the bytes
     * @param offset  the first byte to decode (past a byte-order mark), at most {@code
     *     bytes.length}
     * @param charset the charset to decode with
     * @return the text with one {@code malformed_input} warning per run of U+FFFD, ranges in the
     *     text
     */
    public static DecodedText decode(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = ConformingDecoder.of(charset)
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (bytes.length - offset) * 2 + 16));
        List<Warning> warnings = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                if (out.position() != runEnd) {
                    addRun(warnings, charset, runStart, runEnd);
                    runStart = out.position();
                }
                in.position(in.position() + r.length());
                out.put('\uFFFD');
                runEnd = out.position();
                continue;
            }
            if (r.isOverflow()) {
                throw new IllegalStateException("output buffer too small");
            }
            break;
        }
        addRun(warnings, charset, runStart, runEnd);
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return new DecodedText(text, charset, warnings);
    }

    /** Reports one run of replaced bytes, if there is one. */
    private static void addRun(List<Warning> warnings, Charset charset, int start, int end) {
        if (start >= 0) {
            warnings.add(Warning.at(WarningCode.MALFORMED_INPUT,
                    "bytes not valid in " + charset.name() + " replaced by U+FFFD", start, end));
        }
    }

    /** A byte-order mark and the charset it announces. */
    enum Bom {
        UTF32BE(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, UTF_32BE),
        UTF32LE(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, UTF_32LE),
        UTF8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
        UTF16BE(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
        UTF16LE(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
        NONE(new byte[0], StandardCharsets.UTF_8);

        final byte[] mark;
        final int length;
        final Charset charset;

        Bom(byte[] mark, Charset charset) {
            this.mark = mark;
            this.length = mark.length;
            this.charset = charset;
        }

        static Bom sniff(byte[] bytes) {
            for (Bom b : values()) {
                if (b != NONE && startsWith(bytes, b.mark)) {
                    return b;
                }
            }
            return NONE;
        }

        private static boolean startsWith(byte[] bytes, byte[] prefix) {
            if (bytes.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (bytes[i] != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
