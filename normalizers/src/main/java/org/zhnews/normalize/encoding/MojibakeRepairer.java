package org.zhnews.normalize.encoding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.zhnews.core.Normalization;
import org.zhnews.core.Normalizer;
import org.zhnews.core.Warning;
import org.zhnews.core.offset.Rewriter;
import org.zhnews.text.chars.CharClass;

/**
 * Repairs mojibake: Chinese text whose bytes were decoded with the wrong charset. Four routes
 * are tried from every non-ASCII character: UTF-8 read as GBK/GB18030 ({@code 涓枃}), UTF-8
 * read as Big5, UTF-8 read as ISO-8859-1 or windows-1252 ({@code ä¸­æ–‡}), and GBK read as
 * ISO-8859-1/windows-1252 ({@code ÖÐÎÄ}). A route re-encodes the characters with the wrong
 * charset (windows-1252 "sloppily": C1 controls stand for the bytes 0x80..0x9F) and decodes the
 * bytes with the right one; the longest-gaining prefix that decodes without error is taken when
 * it contains Han characters, its non-ASCII characters are nearly all ordinary Chinese, and its
 * {@link ChinesePlausibility} score beats the mojibake by {@link Builder#minGain}. Genuine text
 * is left alone: precision comes before recall.
 *
 * <p>Bytes the wrong decoder could not read (shown as U+FFFD in the mojibake) are lost: the
 * characters they belonged to stay U+FFFD in the repair and the warning counts them. For
 * windows-1252, whose five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) Java decodes as
 * U+FFFD, the character stays U+FFFD unless {@link Builder#guessUndefinedCp1252} allows a
 * frequency-based guess (counted in the warning).
 *
 * <p>Each repair is one {@code mojibake_repaired} warning over the repaired range (input
 * coordinates), e.g. "UTF-8 read as GBK". ASCII inside a repaired range is kept (not replaced),
 * so offsets stay as fine as the bytes allow. Immutable and thread-safe; never throws.
 */
public final class MojibakeRepairer implements Normalizer {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int LONG_SCAN = 64;
    private static final int[] CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D};
    /** How much more plausible a guessed undefined windows-1252 byte must be than the next. */
    private static final double GUESS_MARGIN = 3;
    /** Mean score a repair's Han characters must reach: real text uses common characters. */
    private static final double GB_MIN_HAN_MEAN = -10.5;
    private static final double UTF8_MIN_HAN_MEAN = -12;

    /** A wrong reading and the charset that should have been used. */
    private enum Route {
        UTF8_AS_GBK(WrongReading.GBK, false, "UTF-8 read as GBK"),
        UTF8_AS_BIG5(WrongReading.BIG5, false, "UTF-8 read as Big5"),
        UTF8_AS_LATIN(WrongReading.LATIN, false, "UTF-8 read as "),
        GBK_AS_LATIN(WrongReading.LATIN, true, "GBK read as ");

        final WrongReading reading;
        final boolean gbTarget;
        final String label;

        Route(WrongReading reading, boolean gbTarget, String label) {
            this.reading = reading;
            this.gbTarget = gbTarget;
            this.label = label;
        }
    }

    private final double minGain;
    private final boolean guessUndefined;
    private final ChinesePlausibility model;

    private MojibakeRepairer(Builder b) {
        this.minGain = b.minGain;
        this.guessUndefined = b.guessUndefined;
        this.model = ChinesePlausibility.standard();
    }

    /** A repairer with default settings. */
    public MojibakeRepairer() {
        this(builder());
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Normalization normalize(String text) {
        boolean nonAscii = false;
        for (int i = 0; i < text.length() && !nonAscii; i++) {
            nonAscii = text.charAt(i) >= 0x80;
        }
        if (!nonAscii) {
            return Normalization.unchanged(text);
        }
        Call call = new Call(text);
        Rewriter rw = new Rewriter(text);
        List<Warning> warnings = new ArrayList<>();
        int i = 0;
        int lastEnd = 0;
        while (i < text.length()) {
            if (text.charAt(i) < 0x80) {
                i++;
                continue;
            }
            // GBK is not self-synchronising: its route starts only where a character must begin
            call.gbStartOk = i == lastEnd || text.charAt(i - 1) < 0x40
                    || text.charAt(i - 1) < 0x80 && (i < 2 || text.charAt(i - 2) < 0x80);
            Repair best = null;
            for (Route route : Route.values()) {
                if (route == Route.GBK_AS_LATIN && best != null && best.route == Route.UTF8_AS_LATIN) {
                    break; // valid UTF-8 is far stronger evidence than valid GBK
                }
                Repair r = call.attempt(route, i);
                if (r != null && (best == null || r.density() > best.density())) {
                    best = r;
                }
            }
            if (best == null) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            rw.keep(best.start - rw.position());
            apply(rw, best);
            warnings.add(Warning.at("mojibake_repaired", best.message(), best.start, best.end));
            i = best.end;
            lastEnd = i;
        }
        rw.keepRest();
        if (warnings.isEmpty()) {
            return Normalization.unchanged(text);
        }
        return new Normalization(rw.text(), rw.offsetMap(), warnings, Optional.empty());
    }

    private static void apply(Rewriter rw, Repair r) {
        int textCursor = r.start;
        int outCursor = 0;
        for (int k = 0; k < r.anchorCount; k++) {
            int t = r.anchorText[k];
            int o = r.anchorOut[k];
            if (t >= r.end || o >= r.output.length()) {
                break;
            }
            if (t > textCursor || o > outCursor) {
                rw.replace(t - textCursor, r.output.substring(outCursor, o));
            }
            rw.keep(1);
            textCursor = t + 1;
            outCursor = o + 1;
        }
        if (r.end > textCursor || r.output.length() > outCursor) {
            rw.replace(r.end - textCursor, r.output.substring(outCursor));
        }
    }

    /** A repair found at {@code start}: the mojibake [start, end) becomes {@code output}. */
    private static final class Repair {
        int start;
        int end;
        String output;
        double gain;
        int[] anchorText;
        int[] anchorOut;
        int anchorCount;
        Route route;
        String wrongName;
        int lost;
        int guessed;

        double density() {
            return gain / (end - start);
        }

        String message() {
            StringBuilder sb = new StringBuilder(route.label);
            if (route.reading == WrongReading.LATIN) {
                sb.append(wrongName);
            }
            sb.append(" repaired");
            if (lost > 0) {
                sb.append(String.format(Locale.ROOT, "; %d character%s lost by the wrong decoding kept as U+FFFD",
                        lost, lost == 1 ? "" : "s"));
            }
            if (guessed > 0) {
                sb.append(String.format(Locale.ROOT, "; %d undefined windows-1252 byte%s restored by plausibility",
                        guessed, guessed == 1 ? "" : "s"));
            }
            return sb.toString();
        }
    }

    /** Per-call state: encoders, decoder, scan limits. Not thread-safe. */
    private final class Call {
        private final String text;
        private final WrongReading.UnitEncoder[] encoders = new WrongReading.UnitEncoder[WrongReading.values().length];
        private final CharsetDecoder gbDecoder = GB18030.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final int[] skipUntil = new int[Route.values().length];
        private final byte[] unit = new byte[8];
        private final byte[] probe = new byte[16];
        boolean gbStartOk;

        Call(String text) {
            this.text = text;
        }

        private WrongReading.UnitEncoder encoder(WrongReading r) {
            if (encoders[r.ordinal()] == null) {
                encoders[r.ordinal()] = r.encoder();
            }
            return encoders[r.ordinal()];
        }

        Repair attempt(Route route, int start) {
            if (start < skipUntil[route.ordinal()] || route.gbTarget && !gbStartOk) {
                return null;
            }
            WrongReading.UnitEncoder enc = encoder(route.reading);
            int len0 = Character.charCount(text.codePointAt(start));
            int n0 = enc.encode(text, start, len0, unit, 0);
            if (n0 == WrongReading.NONE) {
                return null;
            }
            if (n0 == WrongReading.GAP && (!route.gbTarget || route.reading != WrongReading.LATIN)
                    && route.reading == WrongReading.LATIN) {
                return null;
            }
            int b0 = unit[0] & 0xFF;
            if (n0 != WrongReading.GAP
                    && (route.gbTarget ? b0 < 0x81 || b0 == 0xFF : b0 < 0xC2 || b0 > 0xF4)) {
                return null;
            }
            if (!route.gbTarget && n0 >= 2 && (unit[1] & 0xC0) != 0x80) {
                return null; // no UTF-8 continuation after the lead: the machine would stop here
            }
            Machine m = route.gbTarget ? new GbMachine() : new Utf8Machine();
            StringBuilder out = new StringBuilder();
            double inScore = 0;
            double bestGain = Double.NEGATIVE_INFINITY;
            int bestEnd = -1;
            int bestOutLen = 0;
            int bestNonAscii = 0;
            int bestHan = 0;
            int bestChineseLike = 0;
            double bestHanScore = 0;
            int bestLost = 0;
            int bestGuessed = 0;
            boolean cp1252Specific = false;
            boolean bestCp1252 = false;
            boolean bestPending = false;
            int[] anchorText = new int[8];
            int[] anchorOut = new int[8];
            int anchors = 0;
            int guessed = 0;
            int symbols = 0;
            int bestSymbols = 0;
            int p = start;
            while (p < text.length()) {
                int cp = text.codePointAt(p);
                int len = Character.charCount(cp);
                int n = enc.encode(text, p, len, unit, 0);
                if (n == WrongReading.NONE) {
                    break;
                }
                if (n == WrongReading.GAP && route.gbTarget) {
                    GbMachine gb = (GbMachine) m;
                    int guess = guessUndefined ? guessCp1252Gb(enc, p, gb) : -1;
                    if (guess >= 0) {
                        unit[0] = (byte) guess;
                        n = 1;
                        guessed++;
                    } else {
                        // one undefined byte: a lead (the next byte is its trail) or a trail
                        int skip = gb.lostPair(out, p, len);
                        if (skip < 0) {
                            break;
                        }
                        for (int k = 0; k < skip; k++) {
                            inScore += model.score(text.codePointAt(p));
                            p += Character.charCount(text.codePointAt(p));
                        }
                        continue;
                    }
                }
                if (n == WrongReading.GAP) {
                    int guess = guessUndefined && route.reading == WrongReading.LATIN ? guessCp1252(enc, p) : -1;
                    if (guess >= 0) {
                        unit[0] = (byte) guess;
                        n = 1;
                        guessed++;
                    } else if (!((Utf8Machine) m).gap()) {
                        break;
                    } else {
                        inScore += model.score(cp);
                        p += len;
                        if (m.endable() && m.nonAscii() > 0) {
                            double gain = m.outScore() + model.score(0xFFFD) - inScore;
                            if (gain > bestGain) {
                                bestGain = gain;
                                bestEnd = p;
                                bestOutLen = out.length() + 1;
                                bestNonAscii = m.nonAscii();
                                bestHan = m.han();
                                bestChineseLike = m.chineseLike();
                                bestHanScore = m.hanScore();
                                bestLost = m.lost() + 1;
                                bestGuessed = guessed;
                                bestCp1252 = cp1252Specific;
                                bestPending = true;
                            }
                        }
                        continue;
                    }
                }
                boolean ascii = n == 1 && unit[0] >= 0;
                if (ascii && m.clean()) {
                    m.flushLost(out, model);
                    if (anchors == anchorText.length) {
                        anchorText = java.util.Arrays.copyOf(anchorText, anchors * 2);
                        anchorOut = java.util.Arrays.copyOf(anchorOut, anchors * 2);
                    }
                    anchorText[anchors] = p;
                    anchorOut[anchors++] = out.length();
                }
                boolean ok = true;
                for (int k = 0; k < n && ok; k++) {
                    ok = m.feed(unit[k] & 0xFF, out);
                }
                if (!ok || m.bad() > 0) {
                    break;
                }
                if (route.reading == WrongReading.LATIN && cp > 0xFF) {
                    cp1252Specific = true;
                }
                if (cp >= 0x80 && !Character.isLetter(cp)) {
                    symbols++;
                }
                inScore += model.score(cp);
                p += len;
                if (m.endable() && !ascii) {
                    int outLen = out.length() + (m.pendingLost() ? 1 : 0);
                    double outScore = m.outScore() + (m.pendingLost() ? model.score(0xFFFD) : 0);
                    double gain = outScore - inScore;
                    if (gain >= bestGain) {
                        bestGain = gain;
                        bestEnd = p;
                        bestOutLen = outLen;
                        bestNonAscii = m.nonAscii();
                        bestHan = m.han();
                        bestChineseLike = m.chineseLike();
                        bestHanScore = m.hanScore();
                        bestLost = m.lost() + (m.pendingLost() ? 1 : 0);
                        bestGuessed = guessed;
                        bestCp1252 = cp1252Specific;
                        bestPending = m.pendingLost();
                        bestSymbols = symbols;
                    }
                }
            }
            if (p - start > LONG_SCAN) {
                skipUntil[route.ordinal()] = p;
            }
            if (bestEnd < 0 || bestGain < minGain || bestHan < (route.gbTarget ? 2 : 1)
                    || bestNonAscii < (route.gbTarget ? 2 : 1)
                    || bestHanScore / Math.max(1, bestHan) < (route.gbTarget ? GB_MIN_HAN_MEAN : UTF8_MIN_HAN_MEAN)
                    // accented capitals (ÀÉÎÕ) also read as GBK: with no Latin-1 symbol in the
                    // span, demand a longer and very common result
                    || route.gbTarget && bestSymbols == 0
                        && (bestHan < 4 || bestHanScore / bestHan < GB_MIN_HAN_MEAN + 1.5)) {
                return null;
            }
            Repair r = new Repair();
            r.start = start;
            r.end = bestEnd;
            r.output = bestPending ? out.substring(0, bestOutLen - 1) + '\uFFFD' : out.substring(0, bestOutLen);
            r.gain = bestGain;
            r.anchorText = anchorText;
            r.anchorOut = anchorOut;
            r.anchorCount = anchors;
            r.route = route;
            r.lost = bestLost;
            r.guessed = bestGuessed;
            r.wrongName = bestCp1252 ? "windows-1252" : "ISO-8859-1";
            return r;
        }

        /**
         * For a U+FFFD in windows-1252 mojibake at {@code at}: the undefined byte (0x81, 0x8D,
         * 0x8F, 0x90, 0x9D) that completes the surrounding UTF-8 sequence into a common
         * character, when exactly one does; otherwise -1.
         */
        private int guessCp1252(WrongReading.UnitEncoder enc, int at) {
            // up to 3 units before and after, 1 byte each for the Latin reading
            int before = 0;
            int q = at;
            while (before < 3 && q > 0) {
                q--;
                int n = enc.encode(text, q, 1, probe, 0);
                if (n != 1 || Character.isSurrogate(text.charAt(q))) {
                    q++;
                    break;
                }
                before++;
            }
            int from = at - before;
            int count = 0;
            for (int k = from; k < at; k++) {
                enc.encode(text, k, 1, probe, count++);
            }
            int gapIndex = count++;
            for (int k = at + 1; k < text.length() && k <= at + 3; k++) {
                if (Character.isSurrogate(text.charAt(k)) || enc.encode(text, k, 1, probe, count) != 1) {
                    break;
                }
                count++;
            }
            int lead = -1;
            for (int k = gapIndex - 1; k >= 0 && k >= gapIndex - 3; k--) {
                int b = probe[k] & 0xFF;
                if (b >= 0xC2 && b <= 0xF4) {
                    lead = k;
                    break;
                }
                if (b < 0x80 || b > 0xBF) {
                    break;
                }
            }
            if (lead < 0) {
                return -1;
            }
            int b = probe[lead] & 0xFF;
            int seqLen = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            if (lead + seqLen <= gapIndex || lead + seqLen > count) {
                return -1;
            }
            double[] scores = new double[CP1252_UNDEFINED.length];
            for (int k = 0; k < CP1252_UNDEFINED.length; k++) {
                probe[gapIndex] = (byte) CP1252_UNDEFINED[k];
                String s = new String(probe, lead, seqLen, java.nio.charset.StandardCharsets.UTF_8);
                scores[k] = s.indexOf('\uFFFD') < 0 && model.isChineseLike(s.codePointAt(0))
                        ? model.score(s.codePointAt(0)) : Double.NEGATIVE_INFINITY;
            }
            return pick(scores);
        }

        /** The undefined byte whose score clearly beats the others', or -1. */
        private int pick(double[] scores) {
            int best = -1;
            double second = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < scores.length; k++) {
                if (best < 0 || scores[k] > scores[best]) {
                    if (best >= 0) {
                        second = Math.max(second, scores[best]);
                    }
                    best = k;
                } else {
                    second = Math.max(second, scores[k]);
                }
            }
            if (best < 0 || scores[best] == Double.NEGATIVE_INFINITY || scores[best] - second < GUESS_MARGIN) {
                return -1;
            }
            return CP1252_UNDEFINED[best];
        }

        /** Like {@link #guessCp1252} for a GBK pair: the gap is the lead or the trail byte. */
        private int guessCp1252Gb(WrongReading.UnitEncoder enc, int at, GbMachine m) {
            int lead;
            int trail;
            boolean gapIsLead = m.pendingCount() == 0;
            if (gapIsLead) {
                if (at + 1 >= text.length() || enc.encode(text, at + 1, 1, probe, 0) != 1) {
                    return -1;
                }
                lead = -1;
                trail = probe[0] & 0xFF;
            } else if (m.pendingCount() == 1) {
                lead = m.pendingLead();
                trail = -1;
            } else {
                return -1;
            }
            double[] scores = new double[CP1252_UNDEFINED.length];
            for (int k = 0; k < CP1252_UNDEFINED.length; k++) {
                int v = CP1252_UNDEFINED[k];
                byte[] pair = {(byte) (gapIsLead ? v : lead), (byte) (gapIsLead ? trail : v)};
                String s = GbMachine.decodeStrict(gbDecoder, pair);
                scores[k] = s != null && !s.isEmpty() && model.isChineseLike(s.codePointAt(0))
                        ? model.score(s.codePointAt(0)) : Double.NEGATIVE_INFINITY;
            }
            return pick(scores);
        }

        /** A target-charset decoder fed byte by byte. */
        abstract class Machine {
            double outScore;
            int nonAscii;
            int han;
            int chineseLike;
            int bad;
            int lost;
            double hanScore;

            abstract boolean feed(int b, StringBuilder out);

            abstract boolean clean();

            abstract boolean endable();

            boolean pendingLost() {
                return false;
            }

            void flushLost(StringBuilder out, ChinesePlausibility model) { }

            void emit(int cp, StringBuilder out) {
                out.appendCodePoint(cp);
                outScore += model.score(cp);
                if (cp == 0xFFFD) {
                    lost++;
                } else if (cp >= 0x80) {
                    nonAscii++;
                    double sc = model.score(cp);
                    boolean isHan = model.isCommonHan(cp) || CharClass.isHan(cp);
                    if (isHan) {
                        han++;
                        hanScore += sc;
                    }
                    if (model.isChineseLike(cp)) {
                        chineseLike++;
                    } else if (sc < -13.5 && !isHan) {
                        bad++;
                    }
                }
            }

            double outScore() {
                return outScore;
            }

            int nonAscii() {
                return nonAscii;
            }

            int han() {
                return han;
            }

            int chineseLike() {
                return chineseLike;
            }

            int lost() {
                return lost;
            }

            int bad() {
                return bad;
            }

            double hanScore() {
                return hanScore;
            }
        }

        /** Strict UTF-8 with gaps: a gap loses the character it falls in and resynchronises. */
        final class Utf8Machine extends Machine {
            private int need;
            private int lead;
            private int seen;
            private int cp;
            private boolean skip;

            boolean gap() {
                need = 0;
                skip = true;
                return true;
            }

            @Override
            boolean pendingLost() {
                return skip;
            }

            @Override
            void flushLost(StringBuilder out, ChinesePlausibility model) {
                if (skip) {
                    skip = false;
                    emit(0xFFFD, out);
                }
            }

            @Override
            boolean feed(int b, StringBuilder out) {
                if (skip) {
                    if (b >= 0x80 && b <= 0xBF) {
                        return true;
                    }
                    flushLost(out, model);
                }
                if (need > 0) {
                    if (b < 0x80 || b > 0xBF) {
                        return false;
                    }
                    if (seen == 1 && (lead == 0xE0 && b < 0xA0 || lead == 0xED && b > 0x9F
                            || lead == 0xF0 && b < 0x90 || lead == 0xF4 && b > 0x8F)) {
                        return false;
                    }
                    cp = cp << 6 | b & 0x3F;
                    seen++;
                    if (--need == 0) {
                        emit(cp, out);
                    }
                    return true;
                }
                if (b < 0x80) {
                    emit(b, out);
                    return true;
                }
                lead = b;
                seen = 1;
                if (b >= 0xC2 && b <= 0xDF) {
                    need = 1;
                    cp = b & 0x1F;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    need = 2;
                    cp = b & 0x0F;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    need = 3;
                    cp = b & 0x07;
                } else {
                    return false;
                }
                return true;
            }

            @Override
            boolean clean() {
                return need == 0;
            }

            @Override
            boolean endable() {
                return need == 0;
            }
        }

        /** Strict GB18030 (1, 2 and 4 byte forms). */
        final class GbMachine extends Machine {
            private final byte[] pending = new byte[4];
            private int count;

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

            @Override
            boolean endable() {
                return count == 0;
            }
        }
    }

    /** Configures a {@link MojibakeRepairer}. */
    public static final class Builder {
        private double minGain = 10;
        private boolean guessUndefined;

        private Builder() { }

        /**
         * How much more plausible (natural log) the repair must be than the mojibake; higher
         * repairs less. Default 10.
         */
        public Builder minGain(double value) {
            this.minGain = value;
            return this;
        }

        /**
         * Whether a U+FFFD standing for one of windows-1252's five undefined bytes may be
         * restored to the byte whose character is clearly the most frequent (a guess, right
         * about 9 times in 10 on the seeds). Default false: such characters stay U+FFFD.
         */
        public Builder guessUndefinedCp1252(boolean value) {
            this.guessUndefined = value;
            return this;
        }

        public MojibakeRepairer build() {
            return new MojibakeRepairer(this);
        }
    }
}
