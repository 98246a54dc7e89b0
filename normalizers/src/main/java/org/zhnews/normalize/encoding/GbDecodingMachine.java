package org.zhnews.normalize.encoding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;

/**
 * Strict GB18030 (1, 2 and 4 byte forms), over the mojibake {@code text} (to see the byte after a
 * lost one). Not thread-safe.
 */
final class GbDecodingMachine extends DecodingMachine {
    private final String text;
    private final CharsetDecoder gbDecoder;
    private final byte[] pending = new byte[4];
    private int count;

    GbDecodingMachine(ChinesePlausibility model, String text, CharsetDecoder gbDecoder) {
        super(model);
        this.text = text;
        this.gbDecoder = gbDecoder;
    }

    @Override
    boolean feed(int b, StringBuilder out) {
        switch (count) {
            case 0:
                if (b < 0x80) {
                    emit(b, out);
                    return true;
                }
                if (b == 0x80 || b == 0xFF) {
                    return false;
                }
                pending[count++] = (byte) b;
                return true;
            case 1:
                if (b >= 0x30 && b <= 0x39) {
                    pending[count++] = (byte) b;
                    return true;
                }
                if (b >= 0x40 && b <= 0x7E || b >= 0x80 && b <= 0xFE) {
                    pending[count++] = (byte) b;
                    return decodePending(out);
                }
                return false;
            case 2:
                if (b >= 0x81 && b <= 0xFE) {
                    pending[count++] = (byte) b;
                    return true;
                }
                return false;
            default:
                if (b >= 0x30 && b <= 0x39) {
                    pending[count++] = (byte) b;
                    return decodePending(out);
                }
                return false;
        }
    }

    /**
     * Handles a one-byte gap at {@code at}: emits U+FFFD for the pair it belongs to and
     * returns how many source chars that pair spans from {@code at}, or -1.
     */
    int lostPair(StringBuilder out, int at, int len) {
        if (count == 1) {
            count = 0;
            emit(0xFFFD, out);
            return 1;
        }
        if (count != 0 || at + len >= text.length()) {
            return -1;
        }
        char next = text.charAt(at + len);
        if (next < 0x40 || next == 0x7F) {
            return -1;
        }
        emit(0xFFFD, out);
        return 2;
    }

    int pendingCount() {
        return count;
    }

    int pendingLead() {
        return pending[0] & 0xFF;
    }

    static String decodeStrict(CharsetDecoder decoder, byte[] bytes) {
        try {
            decoder.reset();
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private boolean decodePending(StringBuilder out) {
        String s = decodeStrict(gbDecoder, java.util.Arrays.copyOf(pending, count));
        count = 0;
        if (s == null || s.isEmpty()) {
            return false;
        }
        emit(s.codePointAt(0), out);
        return true;
    }

    @Override
    boolean clean() {
        return count == 0;
    }
}
