package org.zhnews.normalize.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * The two bytes a double-byte charset (GBK, Big5) encodes each BMP character to, read once
 * from the charset's own decoder and checked against its encoder, so that re-encoding mojibake
 * is an array read instead of a JDK encoder call per character. A character the table does not
 * hold (one encoded with four bytes, one whose bytes the encoder would choose differently) reads
 * as 0 and is left to the JDK encoder. Immutable and thread-safe.
 */
final class DoubleByteCodes {

    private final char[] codes;

    private DoubleByteCodes(char[] codes) {
        this.codes = codes;
    }

    /** The table of {@code charset}: lead bytes 0x81..0xFE, trail bytes 0x40..0xFE. */
    static DoubleByteCodes of(String charset) {
        Charset cs = Charset.forName(charset);
        CharsetEncoder encoder = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] codes = new char[Character.MAX_VALUE + 1];
        byte[] pair = new byte[2];
        char[] one = new char[1];
        ByteBuffer out = ByteBuffer.allocate(8);
        CharBuffer chars = CharBuffer.allocate(4);
        for (int lead = 0x81; lead <= 0xFE; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                pair[0] = (byte) lead;
                pair[1] = (byte) trail;
                int c = decodeOne(decoder, pair, chars);
                if (c < 0) {
                    continue;
                }
                one[0] = (char) c;
                if (codes[c] == 0 && encodesTo(encoder, one, out, lead, trail)) {
                    codes[c] = (char) (lead << 8 | trail);
                }
            }
        }
        return new DoubleByteCodes(codes);
    }

    /** The bytes of {@code c} as {@code lead << 8 | trail}, or 0 when the table does not hold it. */
    int code(char c) {
        return codes[c];
    }

    /** The one BMP char (no surrogate, no U+FFFD) {@code pair} decodes to, or -1. */
    private static int decodeOne(CharsetDecoder decoder, byte[] pair, CharBuffer chars) {
        decoder.reset();
        chars.clear();
        if (decoder.decode(ByteBuffer.wrap(pair), chars, true).isError() || decoder.flush(chars).isError()
                || chars.position() != 1) {
            return -1;
        }
        char c = chars.get(0);
        return c == '\uFFFD' || Character.isSurrogate(c) ? -1 : c;
    }

    private static boolean encodesTo(CharsetEncoder encoder, char[] one, ByteBuffer out, int lead, int trail) {
        encoder.reset();
        out.clear();
        if (encoder.encode(CharBuffer.wrap(one), out, true).isError() || encoder.flush(out).isError()) {
            return false;
        }
        return out.position() == 2 && (out.get(0) & 0xFF) == lead && (out.get(1) & 0xFF) == trail;
    }
}
