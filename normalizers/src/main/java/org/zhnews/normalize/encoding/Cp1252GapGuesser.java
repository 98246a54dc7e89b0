package org.zhnews.normalize.encoding;

import java.nio.charset.CharsetDecoder;

/**
 * Guesses, for {@link RepairFinder}, which of windows-1252's five undefined bytes a U+FFFD in
 * Latin mojibake stood for: the one whose decoded character is clearly the most plausible
 * Chinese, or none. Per call; not thread-safe.
 */
final class Cp1252GapGuesser {

    private static final int[] CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D};
    /** How much more plausible a guessed undefined windows-1252 byte must be than the next. */
    private static final double GUESS_MARGIN = 3;

    private final String text;
    private final ChinesePlausibility model;
    private final CharsetDecoder gbDecoder;
    private final byte[] probe = new byte[16];

    Cp1252GapGuesser(String text, ChinesePlausibility model, CharsetDecoder gbDecoder) {
        this.text = text;
        this.model = model;
        this.gbDecoder = gbDecoder;
    }

    /**
     * For a U+FFFD in windows-1252 mojibake at {@code at}: the undefined byte (0x81, 0x8D,
     * 0x8F, 0x90, 0x9D) that completes the surrounding UTF-8 sequence into a common
     * character, when exactly one does; otherwise -1.
     */
    int guessCp1252(WrongReading.UnitEncoder enc, int at) {
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
    int guessCp1252Gb(WrongReading.UnitEncoder enc, int at, GbDecodingMachine m) {
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
            String s = GbDecodingMachine.decodeStrict(gbDecoder, pair);
            scores[k] = s != null && !s.isEmpty() && model.isChineseLike(s.codePointAt(0))
                    ? model.score(s.codePointAt(0)) : Double.NEGATIVE_INFINITY;
        }
        return pick(scores);
    }
}
