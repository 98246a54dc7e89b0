package org.zhnews.text.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;

/**
 * A {@link CharsetDecoder} that cuts malformed input where the standards do, so that a decoding
 * with replacement has as many U+FFFD, at the same places, as other standard decoders give
 * (Python, ICU and browsers for UTF-8 and UTF-16; browsers and other WHATWG decoders for GB18030
 * and Big5):
 *
 * <ul>
 *   <li>UTF-8: one U+FFFD per maximal subpart, the longest prefix of a well-formed sequence
 *   (the Unicode Standard, chapter 3, "U+FFFD substitution of maximal subparts"; the WHATWG
 *   Encoding Standard's UTF-8 decoder). {@code ED A0 80} (an encoded surrogate) is three
 *   U+FFFD, not the JDK's one; {@code E1 80 41} is one U+FFFD and {@code A}; a noncharacter such
 *   as {@code EF BF BF} is U+FFFF, not an error.
 *   <li>UTF-16LE and UTF-16BE: the WHATWG shared UTF-16 decoder. An unpaired leading surrogate
 *   is one U+FFFD for its two bytes and the code unit after it is read again ({@code 00 D8 41 00}
 *   is U+FFFD {@code A}; the JDK gives one U+FFFD for all four bytes).
 *   <li>GB18030: the WHATWG gb18030 decoder. A lead byte followed by an ASCII byte that does
 *   not complete it is one U+FFFD and that ASCII byte (the JDK swallows 0x3A..0x3F and DEL); a
 *   four-byte form broken after its second or third byte is one U+FFFD for the lead, its later
 *   bytes read again ({@code 81 30 41} is U+FFFD, {@code 0}, {@code A}; the JDK gives one
 *   U+FFFD); the single byte 0x80 is U+20AC; {@code A3 A0} is U+3000, not U+E5E5; the 18
 *   four-byte codes that GB18030-2022 (and the JDK) map to the Private Use Area, U+E78D..U+E796
 *   and U+E81E..U+E864, decode to the characters WHATWG keeps for them, U+FE10..U+FE19 and
 *   U+9FB4..U+9FBB (as their two-byte codes do).
 *   <li>Big5 and Big5-HKSCS: the WHATWG Big5 decoder's error handling: 0x80 and 0xFF alone
 *   are one U+FFFD each, a lead with an ASCII byte it cannot pair with is one U+FFFD and that
 *   byte, a lead with a non-ASCII byte is one U+FFFD for both (the JDK's Big5-HKSCS swallows
 *   the byte after 0x80, 0xFF or a lead, ASCII or not); the four pairs WHATWG decodes to
 *   two code points ({@code 88 62} to U+00CA U+0304 and so on) do so. Other pairs keep the
 *   JDK's tables, which are not the WHATWG index (Big5 with the HKSCS additions): the JDK's
 *   Big5-HKSCS maps 20 pairs otherwise ({@code A1 45} is U+2022, not U+2027) and lacks 120,
 *   its Big5 maps 263 otherwise and lacks 4,882 (mostly the HKSCS pairs); a pair a table lacks
 *   is an error, cut as the WHATWG decoder cuts errors.
 * </ul>
 *
 * <p>The JDK's decoder still decodes every sequence it can; this one decides only where the
 * JDK stops (and, for GB18030, replaces the 19 Private Use code points above). Other charsets
 * are the JDK's decoders, unchanged ({@link #of}). Like every
 * {@link CharsetDecoder}, an instance is for one thread; its malformed-input and
 * unmappable-character actions are set as usual (by default {@link CodingErrorAction#REPORT}).
 * A streaming reader ({@code new InputStreamReader(in, decoder)}) gives the same text as the
 * decoding of the whole array wherever its buffers cut a sequence.
 */
public final class ConformingDecoder extends CharsetDecoder {

    private final CharsetDecoder inner;
    private final Resync resync;

    private ConformingDecoder(Charset charset, Resync resync) {
        this(charset.newDecoder(), resync);
    }

    private ConformingDecoder(CharsetDecoder inner, Resync resync) {
        super(inner.charset(), inner.averageCharsPerByte(), Math.max(1f, inner.maxCharsPerByte()));
        this.inner = inner.onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.resync = resync;
    }

    /**
     * A decoder for {@code charset} that follows the standards where they say how malformed
     * input is replaced: a {@code ConformingDecoder} for UTF-8, UTF-16LE, UTF-16BE, GB18030,
     * Big5 and Big5-HKSCS, the charset's own decoder for any other (UTF-16 with its byte-order
     * mark, UTF-32, single-byte charsets, Shift_JIS...).
     *
     * @param charset the charset
     * @return a new decoder, its error actions {@link CodingErrorAction#REPORT}
     * @throws NullPointerException if {@code charset} is null
     */
    public static CharsetDecoder of(Charset charset) {
        Objects.requireNonNull(charset, "charset");
        Resync r = Resync.of(charset);
        return r == null ? charset.newDecoder() : new ConformingDecoder(charset, r);
    }

    /**
     * {@code bytes} decoded with {@code charset}, malformed input replaced by U+FFFD as
     * {@link #of} decodes it.
     *
     * @param bytes   the bytes
     * @param charset the charset
     * @return the text
     * @throws NullPointerException if an argument is null
     */
    public static String decode(byte[] bytes, Charset charset) {
        Objects.requireNonNull(bytes, "bytes");
        try {
            return of(charset).onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("replacement cannot fail", e);
        }
    }

    @Override
    protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
        while (true) {
            int from = out.position();
            CoderResult r = inner.decode(in, out, false);
            resync.remap(out, from);
            if (r.isOverflow() || r.isUnderflow() && !in.hasRemaining()) {
                return r;
            }
            CoderResult s = resync.resolve(in, out);
            if (s != null) {
                return s;
            }
        }
    }

    @Override
    protected void implReset() {
        inner.reset();
    }
}
