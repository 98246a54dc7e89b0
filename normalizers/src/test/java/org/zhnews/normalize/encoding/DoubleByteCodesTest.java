package org.zhnews.normalize.encoding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The table gives, for every character, exactly the two bytes the JDK's encoder writes, or when
 * it cannot encode the character, the two bytes its fallback writes; it marks the characters
 * neither encodes.
 */
class DoubleByteCodesTest {

    @ParameterizedTest(name = "{0} then {2}")
    @CsvSource({"GBK, 128, , 21000", "GBK, 128, GB18030, 21000", "Big5, 161, Big5-HKSCS, 17000"})
    void everyCodeIsTheEncodersOwn(String charset, int firstHighTrail, String fallback, int atLeast) {
        DoubleByteCodes table = DoubleByteCodes.of(charset, firstHighTrail, fallback);
        int held = 0;
        for (int ch = 0x80; ch <= Character.MAX_VALUE; ch++) {
            final int c = ch;
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            byte[] bytes = encoded(charset, (char) c);
            if (bytes == null && fallback != null) {
                bytes = encoded(fallback, (char) c);
            }
            int expected = bytes != null && bytes.length == 2 ? (bytes[0] & 0xFF) << 8 | (bytes[1] & 0xFF) : 0;
            int code = table.code((char) c);
            if (fallback != null || code != 0) { // with no fallback a character may be left to the JDK
                assertEquals(expected, code, () -> "bytes of " + Integer.toHexString(c));
            }
            assertTrue(fallback != null || !table.unencodable((char) c), "no fallback marks nothing");
            held += expected != 0 ? 1 : 0;
        }
        assertTrue(held >= atLeast, charset + " holds " + held);
        assertEquals(0, table.code('a'), "ASCII is not in the table");
    }

    /** The bytes {@code charset}'s own encoder writes for {@code c}, or null when it cannot encode it. */
    private static byte[] encoded(String charset, char c) {
        CharsetEncoder encoder = Charset.forName(charset).newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer out = ByteBuffer.allocate(8);
        if (encoder.encode(CharBuffer.wrap(new char[] {c}), out, true).isError() || encoder.flush(out).isError()) {
            return null;
        }
        byte[] bytes = new byte[out.position()];
        out.flip().get(bytes);
        return bytes;
    }

    /** A character is marked unencodable exactly when neither the charset nor its fallback can encode it. */
    @ParameterizedTest(name = "{0} then {2}")
    @CsvSource({"GBK, 128, GB18030, 0", "Big5, 161, Big5-HKSCS, 30000"})
    void unencodableIsWhatNeitherEncoderTakes(String charset, int firstHighTrail, String fallback, int atLeast) {
        DoubleByteCodes table = DoubleByteCodes.of(charset, firstHighTrail, fallback);
        CharsetEncoder primary = Charset.forName(charset).newEncoder();
        CharsetEncoder secondary = Charset.forName(fallback).newEncoder();
        int marked = 0;
        for (int ch = 0x80; ch <= Character.MAX_VALUE; ch++) {
            char c = (char) ch;
            if (Character.isSurrogate(c)) {
                continue;
            }
            boolean expected = table.code(c) == 0 && !primary.canEncode(c) && !secondary.canEncode(c);
            assertEquals(expected, table.unencodable(c), () -> "unencodable " + Integer.toHexString(c));
            marked += expected ? 1 : 0;
        }
        assertTrue(marked >= atLeast, charset + " marks " + marked);
        assertTrue(table.unencodable('\u8FD9') == charset.startsWith("Big5"), "这 is simplified only");
    }
}
