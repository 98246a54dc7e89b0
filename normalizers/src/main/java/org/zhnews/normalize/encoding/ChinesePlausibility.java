package org.zhnews.normalize.encoding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A unigram model of Chinese news text: {@link #logLikelihood} tells how plausible a string is
 * as Chinese (simplified or traditional) mixed with ASCII. Han characters score by their
 * frequency (resource {@code han-frequency.tsv}, derived from HanLP's core dictionary); ASCII and
 * CJK punctuation score as common; other scripts as rare; private-use, unassigned, control and
 * replacement characters as nearly impossible. Scores are natural logarithms, so a decoding of
 * the same bytes with a higher sum is the more plausible one.
 *
 * <p>Immutable and thread-safe; {@link #standard()} loads the table once and shares it.
 */
final class ChinesePlausibility {

    private static final String RESOURCE = "han-frequency.tsv";
    /** Share of Han characters among all characters of Chinese news text (roughly). */
    private static final double HAN_SHARE = 0.6;
    static final double UNKNOWN_HAN = -16.5;
    static final double RARE_HAN = -19;
    static final double IMPOSSIBLE = -25;

    private final float[] hanScores;

    private ChinesePlausibility(float[] hanScores) {
        this.hanScores = hanScores;
    }

    /** The model built from the bundled frequency table, loaded on first use. */
    public static ChinesePlausibility standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ChinesePlausibility INSTANCE = load();
    }

    private static ChinesePlausibility load() {
        float[] scores = new float[0x10000];
        long total = 0;
        int[] cps = new int[0x10000];
        long[] freqs = new long[0x10000];
        int n = 0;
        try (InputStream in = ChinesePlausibility.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                int cp = line.codePointAt(0);
                if (tab < 0 || cp > 0xFFFF) {
                    continue;
                }
                long f = Long.parseLong(line.substring(tab + 1).trim());
                cps[n] = cp;
                freqs[n++] = f;
                total += f;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < n; i++) {
            double s = Math.log(HAN_SHARE * (freqs[i] + 0.5) / total);
            scores[cps[i]] = (float) Math.max(UNKNOWN_HAN + 0.5, s);
        }
        return new ChinesePlausibility(scores);
    }

    /** Sum of {@link #score} over the code points of {@code text}. */
    public double logLikelihood(CharSequence text) {
        return logLikelihood(text, 0, text.length());
    }

    /** Sum of {@link #score} over the code points of {@code text[start, end)}. */
    public double logLikelihood(CharSequence text, int start, int end) {
        double sum = 0;
        int i = start;
        while (i < end) {
            int cp = Character.codePointAt(text, i);
            if (i + Character.charCount(cp) > end) {
                cp = text.charAt(i);
            }
            sum += score(cp);
            i += Character.charCount(cp);
        }
        return sum;
    }

    /** True for a Han character listed in the frequency table (a character in common use). */
    public boolean isCommonHan(int cp) {
        return cp < 0x10000 && hanScores[cp] != 0;
    }

    /**
     * True for what Chinese text is made of besides ASCII: common Han characters, CJK and
     * full-width punctuation, general punctuation such as quotes and dashes.
     */
    public boolean isChineseLike(int cp) {
        return isCommonHan(cp) || isCjkPunctuation(cp);
    }

    static boolean isCjkPunctuation(int cp) {
        return cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF20
                || cp >= 0xFF3B && cp <= 0xFF40 || cp >= 0xFF5B && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x2010 && cp <= 0x2027 || cp == 0x00B7
                || cp >= 0xFE30 && cp <= 0xFE4F;
    }

    /** The log-probability of one code point in Chinese news text. */
    public double score(int cp) {
        if (cp < 0x80) {
            if (cp == ' ' || cp == '\n' || cp == '\r' || cp == '\t') {
                return -3.5;
            }
            if (cp < 0x20 || cp == 0x7F) {
                return IMPOSSIBLE;
            }
            return Character.isLetterOrDigit(cp) ? -5 : -5.5;
        }
        if (cp < 0x10000 && hanScores[cp] != 0) {
            return hanScores[cp];
        }
        if (cp == 0xFFFD) {
            return -20;
        }
        if (isCjkPunctuation(cp)) {
            return -6;
        }
        int type = Character.getType(cp);
        switch (type) {
            case Character.UNASSIGNED:
            case Character.PRIVATE_USE:
            case Character.SURROGATE:
            case Character.CONTROL:
            case Character.FORMAT:
                return IMPOSSIBLE;
            default:
                break;
        }
        if ((cp & 0xFFFE) == 0xFFFE || cp >= 0xFDD0 && cp <= 0xFDEF) {
            return IMPOSSIBLE;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN) {
            return cp >= 0x4E00 && cp <= 0x9FFF ? UNKNOWN_HAN : RARE_HAN;
        }
        if (cp >= 0xFF61 && cp <= 0xFF9F) {
            return -16; // half-width katakana
        }
        if (cp <= 0xFF) {
            return Character.isLetter(cp) ? -9 : -11;
        }
        if (cp >= 0x2100 && cp <= 0x27BF || cp >= 0x3200 && cp <= 0x33FF) {
            return -10; // letterlike, number forms, arrows, math, box drawing, enclosed, dingbats
        }
        switch (script) {
            case LATIN:
            case GREEK:
            case CYRILLIC:
            case HIRAGANA:
            case KATAKANA:
                return -11;
            case HANGUL:
            case BOPOMOFO:
                return -12;
            default:
                return Character.isSupplementaryCodePoint(cp) ? -13 : -14;
        }
    }
}
