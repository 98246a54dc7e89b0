package org.zhnews.text.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;

/**
 * Where a standard decoder resumes after the JDK's decoder stopped, per charset: how many bytes
 * the error covers, whether more input must decide, or a sequence the standard decodes and the
 * JDK does not. The rules are the WHATWG Encoding Standard's decoders
 * (https://encoding.spec.whatwg.org/, sections "UTF-8 decoder", "shared UTF-16 decoder",
 * "gb18030 decoder" and "Big5 decoder"; copyright WHATWG, CC BY 4.0, its code portions
 * BSD-3-Clause: the code points below are facts taken from it, no text or table is copied); for
 * UTF-8 they are the Unicode Standard's maximal subparts.
 */
enum Resync {

    /** UTF-8: one error per maximal subpart. */
    UTF_8 {
        @Override
        CoderResult resolve(ByteBuffer in, CharBuffer out) {
            int p = in.position();
            int b0 = in.get(p) & 0xFF;
            int need;
            int lower = 0x80;
            int upper = 0xBF;
            if (b0 < 0x80) {
                return emit(in, out, 1, b0);
            } else if (b0 >= 0xC2 && b0 <= 0xDF) {
                need = 1;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                need = 2;
                lower = b0 == 0xE0 ? 0xA0 : lower;
                upper = b0 == 0xED ? 0x9F : upper;
            } else if (b0 >= 0xF0 && b0 <= 0xF4) {
                need = 3;
                lower = b0 == 0xF0 ? 0x90 : lower;
                upper = b0 == 0xF4 ? 0x8F : upper;
            } else {
                return CoderResult.malformedForLength(1);
            }
            int cp = b0 & (0x3F >> need);
            for (int i = 1; i <= need; i++) {
                if (p + i >= in.limit()) {
                    return CoderResult.UNDERFLOW;
                }
                int b = in.get(p + i) & 0xFF;
                if (b < lower || b > upper) {
                    return CoderResult.malformedForLength(i);
                }
                lower = 0x80;
                upper = 0xBF;
                cp = cp << 6 | b & 0x3F;
            }
            return emit(in, out, need + 1, cp);
        }
    },

    /** GB18030 (and the WHATWG GBK, which shares its decoder). */
    GB18030 {
        @Override
        CoderResult resolve(ByteBuffer in, CharBuffer out) {
            int p = in.position();
            int b0 = in.get(p) & 0xFF;
            if (b0 < 0x80) {
                return emit(in, out, 1, b0);
            }
            if (b0 == 0x80) {
                return emit(in, out, 1, 0x20AC);
            }
            if (b0 == 0xFF) {
                return CoderResult.malformedForLength(1);
            }
            if (p + 1 >= in.limit()) {
                return CoderResult.UNDERFLOW;
            }
            int b1 = in.get(p + 1) & 0xFF;
            if (!isDigit(b1)) {
                // two-byte form: every pair with a trail byte in range is mapped, so this one is
                // out of range; an ASCII trail byte is not part of the error
                return CoderResult.malformedForLength(b1 < 0x80 ? 1 : 2);
            }
            if (p + 2 >= in.limit()) {
                return CoderResult.UNDERFLOW;
            }
            if (!isLead(in.get(p + 2) & 0xFF)) {
                return CoderResult.malformedForLength(1);
            }
            if (p + 3 >= in.limit()) {
                return CoderResult.UNDERFLOW;
            }
            // a four-byte form: broken (the lead alone is the error, the rest is read again), or
            // complete with a pointer the ranges do not map (all four bytes)
            return CoderResult.malformedForLength(isDigit(in.get(p + 3) & 0xFF) ? 4 : 1);
        }

        @Override
        void remap(CharBuffer out, int from) {
            for (int i = from; i < out.position(); i++) {
                char c = out.get(i);
                if (c >= PUA_FIRST && c <= PUA_LAST) {
                    int k = PUA.indexOf(c);
                    if (k >= 0) {
                        out.put(i, STANDARD.charAt(k));
                    }
                }
            }
        }
    },

    /** UTF-16LE: an unpaired leading surrogate is an error of its two bytes, what follows it is read again. */
    UTF_16LE {
        @Override
        CoderResult resolve(ByteBuffer in, CharBuffer out) {
            return utf16(in, out, false);
        }
    },

    /** UTF-16BE, as UTF-16LE. */
    UTF_16BE {
        @Override
        CoderResult resolve(ByteBuffer in, CharBuffer out) {
            return utf16(in, out, true);
        }
    },

    /** Big5, Big5-HKSCS: the WHATWG Big5 decoder. */
    BIG5 {
        @Override
        CoderResult resolve(ByteBuffer in, CharBuffer out) {
            int p = in.position();
            int b0 = in.get(p) & 0xFF;
            if (b0 < 0x80) {
                return emit(in, out, 1, b0);
            }
            if (b0 == 0x80 || b0 == 0xFF) {
                return CoderResult.malformedForLength(1);
            }
            if (p + 1 >= in.limit()) {
                return CoderResult.UNDERFLOW;
            }
            int b1 = in.get(p + 1) & 0xFF;
            int pointer = b1 >= 0x40 && b1 <= 0x7E ? (b0 - 0x81) * 157 + b1 - 0x40
                    : b1 >= 0xA1 && b1 <= 0xFE ? (b0 - 0x81) * 157 + b1 - 0x62 : -1;
            int pair = pointer < 0 ? -1 : PAIR_POINTERS.indexOf((char) pointer);
            if (pair >= 0) {
                if (out.remaining() < 2) {
                    return CoderResult.OVERFLOW;
                }
                out.put(PAIR_CHARS.charAt(2 * pair)).put(PAIR_CHARS.charAt(2 * pair + 1));
                in.position(p + 2);
                return null;
            }
            return CoderResult.malformedForLength(b1 < 0x80 ? 1 : 2);
        }
    };

    /**
     * The JDK's GB18030 (2022 mapping, or the 2000 one with {@code -Djdk.charset.GB18030=2000})
     * decodes {@code A3 A0} and the 18 codes of the WHATWG gb18030 encoder's side table to these
     * Private Use code points, and no other byte sequence to them; the WHATWG decoder gives the
     * chars of {@link #STANDARD} at the same index (U+3000 for {@code A3 A0}).
     */
    private static final String PUA = "\uE5E5\uE78D\uE78E\uE78F\uE790\uE791\uE792\uE793\uE794\uE795\uE796"
            + "\uE81E\uE826\uE82B\uE82C\uE832\uE843\uE854\uE864";
    private static final String STANDARD = "\u3000\uFE10\uFE12\uFE11\uFE13\uFE14\uFE15\uFE16\uFE17\uFE18\uFE19"
            + "\u9FB4\u9FB5\u9FB6\u9FB7\u9FB8\u9FB9\u9FBA\u9FBB";
    private static final char PUA_FIRST = '\uE5E5';
    private static final char PUA_LAST = '\uE864';
    /** The Big5 pointers the WHATWG decoder turns into two code points, and those code points. */
    private static final String PAIR_POINTERS = "\u046D\u046F\u048C\u048E";
    private static final String PAIR_CHARS = "\u00CA\u0304\u00CA\u030C\u00EA\u0304\u00EA\u030C";

    /**
     * Called where the JDK's decoder stopped at {@code in.position()}: on an error, or at the end
     * of the buffer with bytes left.
     *
     * @return {@link CoderResult#malformedForLength} for an error of that many bytes (the
     *     position unchanged); {@link CoderResult#UNDERFLOW} when the bytes left are the start of
     *     a sequence and only more input decides; {@link CoderResult#OVERFLOW} when a sequence
     *     decoded here does not fit; {@code null} after decoding one here (the position past it)
     */
    abstract CoderResult resolve(ByteBuffer in, CharBuffer out);

    /** Replaces, in what the JDK's decoder wrote from {@code from}, chars the standard maps otherwise. */
    void remap(CharBuffer out, int from) {
    }

    /** The rule for {@code charset}, or null when the JDK's decoder is kept as it is. */
    static Resync of(Charset charset) {
        return switch (charset.name()) {
            case "UTF-8" -> UTF_8;
            case "GB18030" -> GB18030;
            case "Big5", "Big5-HKSCS" -> BIG5;
            case "UTF-16LE" -> UTF_16LE;
            case "UTF-16BE" -> UTF_16BE;
            default -> null;
        };
    }

    private static CoderResult emit(ByteBuffer in, CharBuffer out, int length, int cp) {
        if (out.remaining() < Character.charCount(cp)) {
            return CoderResult.OVERFLOW;
        }
        out.put(Character.toChars(cp));
        in.position(in.position() + length);
        return null;
    }

    /** The shared UTF-16 decoder: the JDK swallows the code unit after an unpaired leading surrogate. */
    private static CoderResult utf16(ByteBuffer in, CharBuffer out, boolean bigEndian) {
        int p = in.position();
        if (p + 1 >= in.limit()) {
            return CoderResult.UNDERFLOW;
        }
        char unit = unit(in, p, bigEndian);
        if (Character.isLowSurrogate(unit)) {
            return CoderResult.malformedForLength(2);
        }
        if (!Character.isHighSurrogate(unit)) {
            return emit(in, out, 2, unit);
        }
        if (p + 3 >= in.limit()) {
            return CoderResult.UNDERFLOW;
        }
        char next = unit(in, p + 2, bigEndian);
        return Character.isLowSurrogate(next) ? emit(in, out, 4, Character.toCodePoint(unit, next))
                : CoderResult.malformedForLength(2);
    }

    private static char unit(ByteBuffer in, int at, boolean bigEndian) {
        int a = in.get(at) & 0xFF;
        int b = in.get(at + 1) & 0xFF;
        return (char) (bigEndian ? a << 8 | b : b << 8 | a);
    }

    private static boolean isDigit(int b) {
        return b >= 0x30 && b <= 0x39;
    }

    private static boolean isLead(int b) {
        return b >= 0x81 && b <= 0xFE;
    }
}
