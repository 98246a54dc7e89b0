package org.zhnews.normalize.encoding;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.zhnews.core.Normalization;
import org.zhnews.core.Normalizer;
import org.zhnews.core.Warning;
import org.zhnews.core.WarningCode;
import org.zhnews.core.offset.Rewriter;
import org.zhnews.text.chars.CharClass;

/**
 * Removes invisible characters that carry no text and applies NFC.
 *
 * <ul>
 *   <li>Removed, with one summarising {@code control_characters_removed} warning (count, whole
 *       document): U+FEFF inside text, zero-width U+200B..U+200D, U+2060, U+180E, C0 controls
 *       other than tab, LF and CR, DEL, C1 controls U+0080..U+009F, unpaired surrogates,
 *       noncharacters U+FFFE/U+FFFF. The soft hyphen U+00AD is removed too: in Chinese text it is
 *       only ever an invisible break hint, never content. U+200C/U+200D joiners are kept when
 *       next to emoji or non-Han scripts that need them (ZWJ sequences such as 👨‍💻).</li>
 *   <li>Removed with a {@code bidi_control_removed} warning per run: U+202A..U+202E and
 *       U+2066..U+2069 (they can disguise text).</li>
 *   <li>Kept and reported: U+FFFD runs ({@code replacement_character}) and runs of {@code ?}
 *       where the context shows a lost Han character ({@code suspicious_question_marks}, the
 *       usual trace of a lossy conversion; see {@link QuestionMarks}: {@code 据??报道} is
 *       reported, {@code 你会来吗?} and {@code Really??} are not). Data is never silently
 *       dropped.</li>
 *   <li>NFC (ICU4J): only the runs that change are rewritten, each as one replace.</li>
 * </ul>
 *
 * <p>Warning ranges are in the input. Immutable and thread-safe; never throws.
 */
public final class ControlCharacterCleaner implements Normalizer {

    private final Normalizer2 nfc = Normalizer2.getNFCInstance();
    private final QuestionMarks questionMarks = QuestionMarks.standard();
    /**
     * The BMP characters every check below passes over to a plain keep (no control, bidi
     * control, joiner, U+FFFD, {@code ?} or surrogate; NFC-inert), worked out once from those
     * same checks: runs of them are kept at once.
     */
    private final long[] plain = new long[0x10000 / Long.SIZE];
    /** The BMP characters NFC has a boundary before ({@link Normalizer2#hasBoundaryBefore}). */
    private final long[] boundaryBefore = new long[0x10000 / Long.SIZE];

    /** A cleaner with ICU's NFC. */
    public ControlCharacterCleaner() {
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            if (nfc.hasBoundaryBefore(c)) {
                boundaryBefore[c >>> 6] |= 1L << c;
            }
            if (!isBidiControl(c) && c != 0x200C && c != 0x200D && !isRemovable("", 0, c) && c != 0xFFFD && c != '?'
                    && (c < 0x80 || nfc.isInert(c))) {
                plain[c >>> 6] |= 1L << c;
            }
        }
    }

    private static boolean has(long[] bits, char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }

    /**
     * How many characters from {@code i} are plain ({@link #plain}) with no NFC segment going on
     * after them: each would be kept alone by the loop of {@link #normalize}.
     */
    private int plainRun(String text, int i, int n) {
        int j = i;
        while (j < n && has(plain, text.charAt(j))) {
            if (j + 1 < n && text.charAt(j + 1) >= 0x300) {
                char next = text.charAt(j + 1);
                boolean boundary = Character.isSurrogate(next) ? nfc.hasBoundaryBefore(text.codePointAt(j + 1))
                        : has(boundaryBefore, next);
                if (!boundary) {
                    break;
                }
            }
            j++;
        }
        return j - i;
    }

    @Override
    public Normalization normalize(String text) {
        List<Warning> warnings = new ArrayList<>();
        Rewriter rw = new Rewriter(text);
        int removed = 0;
        Boolean asciiPunctuation = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int run = plainRun(text, i, n);
            if (run > 0) {
                rw.keep(run);
                i += run;
                continue;
            }
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (isBidiControl(cp)) {
                int start = i;
                while (i < n && isBidiControl(text.charAt(i))) {
                    i++;
                }
                rw.delete(i - start);
                warnings.add(Warning.at(WarningCode.BIDI_CONTROL_REMOVED,
                        (i - start) + " bidirectional control character(s) removed", start, i));
                continue;
            }
            if (isRemovable(text, i, cp)) {
                rw.delete(len);
                removed++;
                i += len;
                continue;
            }
            if (cp == 0xFFFD) {
                int start = i;
                while (i < n && text.charAt(i) == 0xFFFD) {
                    i++;
                }
                rw.keep(i - start);
                warnings.add(Warning.at(WarningCode.REPLACEMENT_CHARACTER,
                        (i - start) + " U+FFFD: characters lost before this text was read", start, i));
                continue;
            }
            if (cp == '?') {
                int start = i;
                while (i < n && text.charAt(i) == '?') {
                    i++;
                }
                rw.keep(i - start);
                if (asciiPunctuation == null) {
                    asciiPunctuation = QuestionMarks.writesAsciiPunctuation(text);
                }
                if (questionMarks.lost(text, start, i, asciiPunctuation)) {
                    warnings.add(Warning.at(WarningCode.SUSPICIOUS_QUESTION_MARKS,
                            "'?' where a Han character was expected: characters probably lost in a charset conversion",
                            start, i));
                }
                continue;
            }
            if (cp >= 0x80 && !nfc.isInert(cp) || i + len < n && text.charAt(i + len) >= 0x300
                    && !nfc.hasBoundaryBefore(text.codePointAt(i + len))) {
                // an NFC segment: this character and those up to the next boundary
                int end = i + len;
                while (end < n && !nfc.hasBoundaryBefore(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                String segment = text.substring(i, end);
                if (end > i + len && !containsRemovable(segment) && !nfc.isNormalized(segment)) {
                    rw.replace(end - i, nfc.normalize(segment));
                    i = end;
                    continue;
                }
                if (end == i + len && !nfc.isNormalized(segment)) {
                    rw.replace(len, nfc.normalize(segment));
                    i = end;
                    continue;
                }
            }
            rw.keep(len);
            i += len;
        }
        if (removed > 0) {
            warnings.add(Warning.of(WarningCode.CONTROL_CHARACTERS_REMOVED, String.format(Locale.ROOT,
                    "%d invisible or control character%s removed", removed, removed == 1 ? "" : "s")));
        }
        rw.keepRest();
        if (rw.text().equals(text)) {
            return new Normalization(text, org.zhnews.core.offset.OffsetMap.identity(n), warnings, Optional.empty());
        }
        return new Normalization(rw.text(), rw.offsetMap(), warnings, Optional.empty());
    }

    private boolean containsRemovable(String s) {
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            if (isRemovable(s, k, cp) || isBidiControl(cp) || cp == 0xFFFD) {
                return true;
            }
            k += Character.charCount(cp);
        }
        return false;
    }

    static boolean isBidiControl(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    private static boolean isRemovable(String text, int i, int cp) {
        if (cp < 0x20) {
            return cp != '\t' && cp != '\n' && cp != '\r';
        }
        if (cp < 0x7F) {
            return false;
        }
        if (cp == 0x7F || cp >= 0x80 && cp <= 0x9F || cp == 0xAD || cp == 0xFEFF || cp == 0x200B
                || cp == 0x2060 || cp == 0x180E || cp == 0xFFFE || cp == 0xFFFF) {
            return true;
        }
        if (cp == 0x200C || cp == 0x200D) {
            return !(joins(text, i - 1, true) && joins(text, i + 1, false));
        }
        return Character.isSurrogate((char) cp) && cp < 0x10000;
    }

    /** Whether the character around a joiner is one a joiner can legitimately join. */
    private static boolean joins(String text, int at, boolean before) {
        if (at < 0 || at >= text.length()) {
            return false;
        }
        int cp = before ? text.codePointBefore(at + 1) : text.codePointAt(at);
        if (cp < 0x80 || CharClass.isHan(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.OTHER_LETTER
                || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || cp == 0x200D || Character.isSupplementaryCodePoint(cp);
    }
}
