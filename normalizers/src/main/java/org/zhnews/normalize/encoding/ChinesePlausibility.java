package org.zhnews.normalize.encoding;

import org.zhnews.text.chars.CharClass;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;

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
    /** The Han characters of the table, one bit each: {@link #isCommonHan} without the scores. */
    private final long[] commonHan = new long[0x10000 / Long.SIZE];
    /**
     * {@link #score} of every BMP code point, worked out once (every score is a float of the
     * table or a constant a float holds exactly): the repairer asks for it per character.
     */
    private final float[] bmpScores = new float[0x10000];

    private ChinesePlausibility(float[] hanScores) {
        this.hanScores = hanScores;
        for (int cp = 0; cp < 0x10000; cp++) {
            if (hanScores[cp] != 0) {
                commonHan[cp >>> 6] |= 1L << cp;
            }
            bmpScores[cp] = (float) scoreOf(cp);
        }
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
        for (LexiconRow row : Lexicon.resource(ChinesePlausibility.class, RESOURCE,
                Columns.of("character", "frequency"))) {
            int cp = row.get(0).codePointAt(0);
            if (cp > 0xFFFF) {
                continue;
            }
            long f;
            try {
                f = Long.parseLong(row.get(1));
            } catch (NumberFormatException e) {
                throw row.error("bad frequency " + row.get(1));
            }
            cps[n] = cp;
            freqs[n++] = f;
            total += f;
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
        return cp < 0x10000 && (commonHan[cp >>> 6] & (1L << cp)) != 0;
    }

    /**
     * True for what Chinese text is made of besides ASCII: common Han characters, CJK and
     * full-width punctuation, general punctuation such as quotes and dashes.
     */
    public boolean isChineseLike(int cp) {
        return isCommonHan(cp) || CharClass.isCjkPunctuationBlock(cp);
    }

    /** The log-probability of one code point in Chinese news text. */
    public double score(int cp) {
        return cp >= 0 && cp < 0x10000 ? bmpScores[cp] : scoreOf(cp);
    }

    /** {@link #score}, worked out. */
    private double scoreOf(int cp) {
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
        if (CharClass.isCjkPunctuationBlock(cp)) {
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
        if (CharClass.isHan(cp)) {
            return CharClass.isBasicHanIdeograph(cp) ? UNKNOWN_HAN : RARE_HAN;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
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
