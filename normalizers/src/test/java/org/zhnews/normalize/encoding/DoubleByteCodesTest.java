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

/** The table gives, for every character it holds, exactly the bytes the JDK's encoder writes. */
class DoubleByteCodesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GBK, 128, 21000", "Big5, 161, 13000"})
    void everyCodeIsTheEncodersOwn(String charset, int firstHighTrail, int atLeast) {
        DoubleByteCodes table = DoubleByteCodes.of(charset, firstHighTrail, "GB18030");
        CharsetEncoder encoder = Charset.forName(charset).newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int held = 0;
        for (int ch = 0x80; ch <= Character.MAX_VALUE; ch++) {
            final int c = ch;
            int code = table.code((char) c);
            if (code == 0) {
                continue;
            }
            held++;
            encoder.reset();
            ByteBuffer out = ByteBuffer.allocate(8);
            assertTrue(!encoder.encode(CharBuffer.wrap(new char[] {(char) c}), out, true).isError(),
                    () -> "encodable: " + Integer.toHexString(c));
            encoder.flush(out);
            assertEquals(2, out.position(), () -> "two bytes: " + Integer.toHexString(c));
            assertEquals(code, (out.get(0) & 0xFF) << 8 | (out.get(1) & 0xFF), () -> "bytes of " + Integer.toHexString(c));
        }
        assertTrue(held >= atLeast, charset + " holds " + held);
        assertEquals(0, table.code('a'), "ASCII is not in the table");
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
