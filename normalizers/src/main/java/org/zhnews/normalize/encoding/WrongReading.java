package org.zhnews.normalize.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A charset that text was wrongly decoded with, seen from the mojibake side: turns one
 * character of mojibake back into the byte(s) the wrong decoder read. U+FFFD stands for bytes
 * the wrong decoder could not read (a gap). Instances from {@link #encoder} are per call,
 * not thread-safe.
 */
enum WrongReading {
    /**
     * GBK or GB18030: Java's two decoders differ on a few codes (GBK A98D is U+E7EB, GB18030
     * reads U+2FF3), so the GBK encoder is tried first, then GB18030's.
     */
    GBK("GBK", "GBK"),
    /** Big5, with HKSCS additions. */
    BIG5("Big5", "Big5"),
    /** ISO-8859-1 or windows-1252, "sloppy": C1 controls stand for the bytes 0x80..0x9F. */
    LATIN("Latin-1/CP1252", null);

    static final int GAP = -2;
    static final int NONE = -1;

    final String label;
    private final String encoderCharset;

    WrongReading(String label, String encoderCharset) {
        this.label = label;
        this.encoderCharset = encoderCharset;
    }

    /** An encoder for one normalize call, reading {@code table} first (null for {@link #LATIN}). */
    UnitEncoder encoder(DoubleByteCodes table) {
        return new UnitEncoder(this, table);
    }

    /** The table of this reading's double-byte charset, or null for {@link #LATIN}. */
    DoubleByteCodes table() {
        return encoderCharset == null ? null : this == BIG5
                ? DoubleByteCodes.of(encoderCharset, 0xA1, fallbackCharset())
                : DoubleByteCodes.of(encoderCharset, 0x80, null); // GB18030 encodes all: nothing to mark
    }

    /**
     * The tables of every double-byte reading (a read-only map without {@link #LATIN}), built once
     * per JVM on first use and shared: they are immutable and depend on no setting.
     */
    static Map<WrongReading, DoubleByteCodes> tables() {
        return Tables.SHARED;
    }

    private static final class Tables {
        static final Map<WrongReading, DoubleByteCodes> SHARED = build();
    }

    /** The tables of every double-byte reading, built anew. */
    private static Map<WrongReading, DoubleByteCodes> build() {
        Map<WrongReading, DoubleByteCodes> t = new EnumMap<>(WrongReading.class);
        for (WrongReading r : values()) {
            DoubleByteCodes table = r.table();
            if (table != null) {
                t.put(r, table);
            }
        }
        return Collections.unmodifiableMap(t);
    }

    /** The charset tried when {@link #encoderCharset} cannot encode a character. */
    private String fallbackCharset() {
        return this == BIG5 ? "Big5-HKSCS" : "GB18030";
    }

    /** Encodes single characters of mojibake back to bytes. Not thread-safe. */
    static final class UnitEncoder {
        private static final String CP1252_HIGH =
                "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
                + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";
        /** The highest char of {@link #CP1252_HIGH} (U+2122). */
        private static final char CP1252_LAST = (char) CP1252_HIGH.chars().max().orElseThrow();
        private final WrongReading reading;
        private final DoubleByteCodes table;
        private CharsetEncoder primary;
        private CharsetEncoder secondary;
        private final ByteBuffer out = ByteBuffer.allocate(8);
        /**
         * A direct-mapped memo of single-char results for this call (a text repeats its
         * characters; the JDK encoder is the costly part): key {@code c + 1}, value the byte count
         * plus 8 in the low byte and up to three bytes above it.
         */
        private int[] memoKey;
        private int[] memoValue;
        private static final int MEMO_SIZE = 1024;

        UnitEncoder(WrongReading reading, DoubleByteCodes table) {
            this.reading = reading;
            this.table = table;
        }

        private static CharsetEncoder newEncoder(String name) {
            return Charset.forName(name).newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        /**
         * Writes the bytes of {@code text[at, at+len)} (one code point) into {@code dest} from
         * {@code pos}; returns the byte count, {@link #GAP} for U+FFFD, {@link #NONE} when the
         * character cannot come from this wrong reading.
         */
        int encode(CharSequence text, int at, int len, byte[] dest, int pos) {
            char c = text.charAt(at);
            if (len == 1 && c < 0x80) {
                dest[pos] = (byte) c;
                return 1;
            }
            if (len == 1 && c == '\uFFFD') {
                return GAP;
            }
            if (reading == LATIN) {
                if (len != 1) {
                    return NONE;
                }
                if (c <= 0xFF) {
                    dest[pos] = (byte) c;
                    return 1;
                }
                if (c > CP1252_LAST) {
                    return NONE; // above every windows-1252 character: all CJK text
                }
                int i = CP1252_HIGH.indexOf(c);
                if (i < 0) {
                    return NONE;
                }
                dest[pos] = (byte) (0x80 + i);
                return 1;
            }
            int code = len == 1 ? table.code(c) : 0;
            if (code != 0) {
                dest[pos] = (byte) (code >>> 8);
                dest[pos + 1] = (byte) code;
                return 2;
            }
            if (len == 1 && table.unencodable(c)) {
                return NONE;
            }
            int slot = c & (MEMO_SIZE - 1);
            if (memoKey == null) { // only characters the table does not hold come here: rare
                memoKey = new int[MEMO_SIZE];
                memoValue = new int[MEMO_SIZE];
            }
            if (len == 1 && memoKey[slot] == c + 1) {
                int v = memoValue[slot];
                int n = (v & 0xFF) - 8;
                for (int k = 0; k < n; k++) {
                    dest[pos + k] = (byte) (v >>> (8 + 8 * k));
                }
                return n;
            }
            if (primary == null) { // characters the table does not hold are rare: the JDK's encoders on demand
                primary = newEncoder(reading.encoderCharset);
                secondary = newEncoder(reading.fallbackCharset());
            }
            int n = encodeWith(primary, text, at, len, dest, pos);
            if (n == NONE && secondary != null) {
                n = encodeWith(secondary, text, at, len, dest, pos);
            }
            n = n >= 2 ? n : NONE;
            if (len == 1 && n <= 3) {
                int v = n + 8;
                for (int k = 0; k < n; k++) {
                    v |= (dest[pos + k] & 0xFF) << (8 + 8 * k);
                }
                memoKey[slot] = c + 1;
                memoValue[slot] = v;
            }
            return n;
        }

        private int encodeWith(CharsetEncoder enc, CharSequence text, int at, int len, byte[] dest, int pos) {
            enc.reset();
            out.clear();
            CoderResult r = enc.encode(CharBuffer.wrap(text, at, at + len), out, true);
            if (r.isError() || r.isOverflow()) {
                return NONE;
            }
            r = enc.flush(out);
            if (r.isError() || r.isOverflow()) {
                return NONE;
            }
            out.flip();
            int n = out.remaining();
            out.get(dest, pos, n);
            return n;
        }
    }
}
