package org.zhnews.normalize.encoding;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Map;
import org.zhnews.text.decode.ConformingDecoder;

/**
 * Finds, for one {@link MojibakeRepairer} call over {@code text}, the repair a route offers from a
 * position: its per-call state is the encoders, the GB18030 decoder and how far a long failed scan
 * reached. Not thread-safe.
 */
final class RepairFinder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int LONG_SCAN = 64;
    /** Mean score a repair's Han characters must reach: real text uses common characters. */
    private static final double GB_MIN_HAN_MEAN = -10.5;
    private static final double UTF8_MIN_HAN_MEAN = -12;

    private final String text;
    private final double minGain;
    private final boolean guessUndefined;
    private final ChinesePlausibility model;
    private final WrongReading.UnitEncoder[] encoders = new WrongReading.UnitEncoder[WrongReading.values().length];
    /** The GB18030 reading of recovered bytes: the WHATWG mapping, as byte input is decoded. */
    private final CharsetDecoder gbDecoder = ConformingDecoder.of(GB18030)
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final int[] skipUntil = new int[MojibakeRoute.values().length];
    private final byte[] unit = new byte[8];
    private final Cp1252GapGuesser guesser;
    boolean gbStartOk;

    private final Map<WrongReading, DoubleByteCodes> tables;

    RepairFinder(String text, ChinesePlausibility model, double minGain, boolean guessUndefined,
                 Map<WrongReading, DoubleByteCodes> tables) {
        this.text = text;
        this.tables = tables;
        this.model = model;
        this.minGain = minGain;
        this.guessUndefined = guessUndefined;
        this.guesser = new Cp1252GapGuesser(text, model, gbDecoder);
    }

    private WrongReading.UnitEncoder encoder(WrongReading r) {
        if (encoders[r.ordinal()] == null) {
            encoders[r.ordinal()] = r.encoder(tables.get(r));
        }
        return encoders[r.ordinal()];
    }

    MojibakeRepair attempt(MojibakeRoute route, int start) {
        if (start < skipUntil[route.ordinal()] || route.gbTarget && !gbStartOk) {
            return null;
        }
        WrongReading.UnitEncoder enc = encoder(route.reading);
        int len0 = Character.charCount(text.codePointAt(start));
        int n0 = enc.encode(text, start, len0, unit, 0);
        if (!RouteStarts.opens(route, n0, unit)) {
            return null;
        }
        DecodingMachine m = route.gbTarget ? new GbDecodingMachine(model, text, gbDecoder) : new Utf8DecodingMachine(model);
        StringBuilder out = new StringBuilder();
        double inScore = 0;
        double bestGain = Double.NEGATIVE_INFINITY;
        int bestEnd = -1;
        int bestOutLen = 0;
        int bestNonAscii = 0;
        int bestHan = 0;
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
                GbDecodingMachine gb = (GbDecodingMachine) m;
                int guess = guessUndefined ? guesser.guessCp1252Gb(enc, p, gb) : -1;
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
                int guess = guessUndefined && route.reading == WrongReading.LATIN ? guesser.guessCp1252(enc, p) : -1;
                if (guess >= 0) {
                    unit[0] = (byte) guess;
                    n = 1;
                    guessed++;
                } else if (!((Utf8DecodingMachine) m).gap()) {
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
        MojibakeRepair r = new MojibakeRepair();
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
}
