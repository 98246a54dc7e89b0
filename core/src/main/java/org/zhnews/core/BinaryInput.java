package org.zhnews.core;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Tells bytes that are not text (an executable, an image, an archive renamed {@code .txt}) from
 * text, after a {@link ByteDecoder} chose its charset: the bytes are binary when at least
 * {@value #MIN_JUNK_SHARE} of the chars of that decoding, and at least {@value #MIN_JUNK_CHARS},
 * are chars no text holds: C0 controls other than tab, line feed, form feed, carriage return and
 * escape; DEL and the C1 controls; unpaired surrogates; private-use, unassigned and
 * non-characters; and the U+FFFD that stand for bytes the charset could not decode. A charset
 * that explains the bytes (UTF-16 explains the NUL bytes of ASCII text) gives a decoding with
 * almost none of them; any charset applied to binary data gives one with plenty.
 *
 * <p>A binary input is still decoded, nothing dropped: as UTF-8 when it is valid UTF-8, else one
 * char per byte (ISO-8859-1, so its offsets are byte offsets); a UTF-8 byte-order
 * mark is excluded as usual. Its warnings are then one
 * {@link WarningCode#BINARY_INPUT} instead of one per undecodable run. Stateless and
 * thread-safe.
 */
public final class BinaryInput {

    /** The share of junk chars from which a decoding is binary data. */
    public static final double MIN_JUNK_SHARE = 0.10;
    /** Fewer junk chars than this never make an input binary (a short text with a stray control). */
    public static final int MIN_JUNK_CHARS = 8;

    private BinaryInput() {
    }

    /**
     * {@code decoded} itself when it is text; for binary data, the bytes decoded as described in
     * the class documentation with a single {@code binary_input} warning.
     *
     * @param bytes   the input
     * @param decoded what the decoder made of it
     * @return {@code decoded} when the bytes are text, else the binary reading (UTF-8 or
     *     ISO-8859-1) with one {@link WarningCode#BINARY_INPUT} warning and no other
     * @throws NullPointerException if an argument is null
     */
    public static DecodedText screen(byte[] bytes, DecodedText decoded) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(decoded, "decoded");
        String text = decoded.text();
        int junk = junkChars(text, decoded.warnings());
        if (junk < MIN_JUNK_CHARS || junk < MIN_JUNK_SHARE * text.length()) {
            return decoded;
        }
        int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        DecodedText utf8 = Utf8Decoder.decode(bytes, bom, StandardCharsets.UTF_8);
        DecodedText shown = utf8.warnings().isEmpty() ? utf8 : Utf8Decoder.decode(bytes, 0, StandardCharsets.ISO_8859_1);
        String message = String.format(Locale.ROOT, "the bytes look like binary data, not text: read as %s, the "
                + "charset that fits them best, %d%% of %,d chars are controls, undecodable bytes or unassigned "
                + "code points; shown as %s", decoded.charset().name(),
                Math.round(100.0 * junk / text.length()), text.length(),
                shown.charset() == StandardCharsets.UTF_8 ? "UTF-8" : "one char per byte (ISO-8859-1)");
        return new DecodedText(shown.text(), shown.charset(), List.of(Warning.of(WarningCode.BINARY_INPUT, message)));
    }

    /** The chars of {@code text} no text holds, counting each U+FFFD inside a malformed-input range. */
    static int junkChars(String text, List<Warning> warnings) {
        int junk = 0;
        for (Warning w : warnings) {
            if (w.code() == WarningCode.MALFORMED_INPUT && w.range().isPresent()) {
                junk += w.range().get().length();
            }
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp != 0xFFFD && isJunk(cp)) {
                junk++;
            }
            i += Character.charCount(cp);
        }
        return junk;
    }

    private static boolean isJunk(int cp) {
        if (cp < 0x20) {
            return cp != '\t' && cp != '\n' && cp != '\f' && cp != '\r' && cp != 0x1B;
        }
        if (cp < 0x7F) {
            return false;
        }
        if (cp <= 0x9F || cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }
}
