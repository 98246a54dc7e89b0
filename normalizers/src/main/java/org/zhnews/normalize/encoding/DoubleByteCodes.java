package org.zhnews.normalize.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * The two bytes a double-byte charset (GBK, Big5) encodes each BMP character to, so that
 * re-encoding mojibake is an array read instead of a JDK encoder call per character: read once
 * from the charset's own decoder and checked against its encoder (in bulk calls), then, for the
 * characters that leaves out, the two bytes the charset's encoder, or when it cannot encode the
 * character its fallback's, writes (one character at a time, once). A character encoded with other
 * than two bytes (GB18030's four) reads as 0 and is left to the JDK encoder, unless neither
 * encoder can encode it at all ({@link #unencodable(char)}: most simplified characters for Big5).
 * Immutable and thread-safe.
 */
final class DoubleByteCodes {

    private final char[] codes;
    /** One bit per BMP character that neither the charset nor its fallback encodes. */
    private final long[] unencodable;

    private DoubleByteCodes(char[] codes, long[] unencodable) {
        this.codes = codes;
        this.unencodable = unencodable;
    }

    /**
     * The table of {@code charset}: lead bytes 0x81..0xFE, trail bytes 0x40..0x7E and
     * {@code firstHighTrail}..0xFE (0x80 for GBK, 0xA1 for Big5), each lead byte's pairs decoded in
     * one call and all their characters encoded back in one call (a pair whose character encodes to other
     * bytes is left out); then, when {@code fallback} is given, the characters left out are encoded one by
     * one (about 20 ms on a cold JVM for Big5). With no fallback the characters left out stay with the
     * JDK encoders: right for GBK, whose fallback GB18030 encodes every character, mostly in four bytes.
     */
    static DoubleByteCodes of(String charset, int firstHighTrail, String fallback) {
        Charset cs = Charset.forName(charset);
        int perLead = (0x7E - 0x40 + 1) + (0xFE - firstHighTrail + 1);
        int count = (0xFE - 0x81 + 1) * perLead;
        byte[] pairs = new byte[2 * count];
        StringBuilder decoded = new StringBuilder(count);
        int k = 0;
        for (int lead = 0x81; lead <= 0xFE; lead++) {
            int rowStart = k;
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                if (trail <= 0x7E || trail >= firstHighTrail) {
                    pairs[k++] = (byte) lead;
                    pairs[k++] = (byte) trail;
                }
            }
            String row = decodeAll(cs, Arrays.copyOfRange(pairs, rowStart, k));
            // a lead byte the charset does not have is read apart from its trail: no char of the row is kept
            decoded.append(row.length() == perLead ? row : "\uFFFD".repeat(perLead));
        }
        char[] codes = new char[Character.MAX_VALUE + 1];
        StringBuilder chars = new StringBuilder(count);
        int[] pairOf = new int[count];
        boolean[] seen = new boolean[Character.MAX_VALUE + 1];
        for (int i = 0; i < count; i++) {
            char c = decoded.charAt(i);
            if (c >= 0x80 && c != '\uFFFD' && !Character.isSurrogate(c) && !seen[c]) {
                seen[c] = true;
                pairOf[chars.length()] = i;
                chars.append(c);
            }
        }
        byte[] encoded = encodeAll(cs, chars);
        if (encoded.length == 2 * chars.length()) { // else some character encodes to other than two bytes
            for (int j = 0; j < chars.length(); j++) {
                int p = pairOf[j];
                if (encoded[2 * j] == pairs[2 * p] && encoded[2 * j + 1] == pairs[2 * p + 1]) {
                    codes[chars.charAt(j)] = (char) ((pairs[2 * p] & 0xFF) << 8 | (pairs[2 * p + 1] & 0xFF));
                }
            }
        }
        long[] unencodable = fallback == null ? new long[(Character.MAX_VALUE + 1) / Long.SIZE]
                : addSingleEncodings(codes, cs, Charset.forName(fallback));
        return new DoubleByteCodes(codes, unencodable);
    }

    /**
     * Fills in the non-ASCII BMP characters left out so far (surrogates aside) that the charset
     * encodes to two bytes, or that only the fallback encodes, to two bytes, as the JDK encoders
     * would on demand; returns those neither encodes. One encoder pass per charset over the
     * characters left, one character per call so that each one's bytes are known.
     */
    private static long[] addSingleEncodings(char[] codes, Charset charset, Charset fallback) {
        StringBuilder rest = new StringBuilder();
        for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
            if (codes[c] == 0 && !Character.isSurrogate((char) c)) {
                rest.append((char) c);
            }
        }
        StringBuilder notPrimary = new StringBuilder();
        encodeEach(charset, rest, codes, notPrimary);
        StringBuilder neither = new StringBuilder();
        encodeEach(fallback, notPrimary, codes, neither);
        long[] none = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
        for (int i = 0; i < neither.length(); i++) {
            char c = neither.charAt(i);
            none[c >>> 6] |= 1L << c;
        }
        return none;
    }

    /** Encodes each char of {@code chars} alone: two bytes go into {@code codes}, a char the charset cannot encode into {@code unmappable}. */
    private static void encodeEach(Charset cs, CharSequence chars, char[] codes, StringBuilder unmappable) {
        CharsetEncoder enc = reporting(cs);
        CharBuffer in = CharBuffer.wrap(chars);
        ByteBuffer out = ByteBuffer.allocate(16);
        for (int i = 0; i < chars.length(); i++) {
            in.limit(i + 1);
            out.clear();
            if (enc.encode(in, out, false).isError()) {
                unmappable.append(chars.charAt(i));
                in.position(i + 1);
            } else if (out.position() == 2) {
                codes[chars.charAt(i)] = (char) ((out.get(0) & 0xFF) << 8 | (out.get(1) & 0xFF));
            }
        }
    }

    private static CharsetEncoder reporting(Charset cs) {
        return cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Whether neither the charset nor its fallback encodes {@code c} (a non-ASCII BMP char). */
    boolean unencodable(char c) {
        return (unencodable[c >>> 6] & (1L << c)) != 0;
    }

    /** The bytes of {@code c} as {@code lead << 8 | trail}, or 0 when the table does not hold it. */
    int code(char c) {
        return codes[c];
    }

    private static String decodeAll(Charset cs, byte[] bytes) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return ""; // REPLACE never reports
        }
    }

    private static byte[] encodeAll(Charset cs, CharSequence chars) {
        try {
            ByteBuffer out = cs.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).encode(CharBuffer.wrap(chars));
            byte[] bytes = new byte[out.remaining()];
            out.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            return new byte[0]; // REPLACE never reports
        }
    }
}
