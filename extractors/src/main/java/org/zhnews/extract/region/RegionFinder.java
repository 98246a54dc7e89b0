package org.zhnews.extract.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhnews.core.Script;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.ArticleRegion;
import org.zhnews.core.structure.Region;
import org.zhnews.core.offset.TextRange;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.chars.NumeralChars;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;
import org.zhnews.text.match.DictionaryMatcher;
import org.zhnews.text.match.Match;

/**
 * Decides the region of an article from the evidence in its original text: the cues of
 * {@code region-cues.tsv} (datelines such as {@code 台北報導}, outlets such as {@code 中央社},
 * local currency words beside a figure, market words, tickers such as {@code 0700.HK}, era years
 * such as {@code 民國113年}, regional wording), four-digit codes in brackets (see
 * {@link TickerCues}) and the document's script (simplified text speaks for the mainland with
 * weight 3; traditional text for Taiwan and Hong Kong with weight 1 each). Each cue counts
 * once; the text's form (wording, variants, script) adds at most 3 to a region, so a named
 * outlet, dateline, local currency or market outweighs it; a region is decided with a score of
 * at least 3 that beats every other region's, else the region is unknown.
 *
 * <p>It reads the original input, not the analysis text, because the script normalizer turns
 * Taiwan and Hong Kong wording into mainland wording. Time is linear in the text's length.
 * Immutable and thread-safe: share one instance ({@link #standard()} is loaded once per JVM).
 */
public final class RegionFinder {

    private static final Columns COLUMNS = Columns.of("cue", "region", "weight", "kind", "source").requiring(4);
    private static final RegionCue SIMPLIFIED = new RegionCue("simplified", Region.CN, 3, RegionCue.Kind.SCRIPT);
    private static final RegionCue TRADITIONAL_TW = new RegionCue("traditional", Region.TW, 1, RegionCue.Kind.SCRIPT);
    private static final RegionCue TRADITIONAL_HK = new RegionCue("traditional", Region.HK, 1, RegionCue.Kind.SCRIPT);

    private final DictionaryMatcher<RegionCue> cues;

    private RegionFinder(DictionaryMatcher<RegionCue> cues) {
        this.cues = cues;
    }

    /**
     * The finder with the bundled cue table, loaded on first use.
     *
     * @return the shared finder
     * @throws org.zhnews.text.lexicon.LexiconException if the bundled table is malformed
     */
    public static RegionFinder standard() {
        return Standard.INSTANCE;
    }

    /**
     * The region of the whole of {@code original}, written in {@code script}.
     *
     * @param original the original text
     * @param script   the script detected for it
     * @return the region with its evidence, or empty when the evidence decides none
     */
    public Optional<ArticleRegion> find(String original, Script script) {
        return find(original, 0, original.length(), script);
    }

    /**
     * The region of the article standing at {@code original[start, end)}, in a document written
     * in {@code script}; empty when the evidence decides no region.
     *
     * @param original the document's original text
     * @param start    first char of the article in it
     * @param end      one past its last char
     * @param script   the script detected for the document
     * @return the region with its evidence, or empty
     * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= original.length()}
     */
    public Optional<ArticleRegion> find(String original, int start, int end, Script script) {
        Objects.requireNonNull(script, "script");
        String text = original.substring(start, end);
        boolean traditional = script == Script.TRADITIONAL || script == Script.MIXED;
        RegionTally tally = new RegionTally();
        for (Match<RegionCue> m : DictionaryMatcher.longestLeftmost(cues.findAll(text))) {
            for (RegionCue cue : m.values()) {
                if (counts(cue, text, m.start(), m.end(), traditional)) {
                    tally.add(cue, text.substring(m.start(), m.end()));
                }
                int dateline = cue.kind() == RegionCue.Kind.PLACE ? datelineEnd(text, m.end()) : -1;
                if (dateline > 0) { // （怡保5日讯）: a place's own dateline decides like 吉隆坡讯
                    tally.add(new RegionCue(cue.surface() + "讯", cue.region(), 4, RegionCue.Kind.DATELINE),
                            text.substring(m.start(), dateline));
                }
            }
        }
        TickerCues.find(text, tally);
        if (script == Script.SIMPLIFIED) {
            tally.add(SIMPLIFIED, SIMPLIFIED.surface());
        } else if (script == Script.TRADITIONAL) {
            tally.add(TRADITIONAL_TW, TRADITIONAL_TW.surface());
            tally.add(TRADITIONAL_HK, TRADITIONAL_HK.surface());
        }
        return tally.decide();
    }

    /**
     * The articles with the region each one's original text decides (an article whose region
     * is undecided, or already set, is kept as it is).
     *
     * @param articles the document's articles
     * @param original the document's original text, which the articles' original ranges index
     * @param script   the script detected for the document
     * @return a new list of the articles, in the same order
     */
    public List<Article> annotate(List<Article> articles, String original, Script script) {
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            TextRange r = a.originalRange();
            Optional<ArticleRegion> region = a.region().isPresent() ? Optional.empty()
                    : find(original, r.start(), r.end(), script);
            out.add(region.map(a::withRegion).orElse(a));
        }
        return out;
    }

    /**
     * Where a dateline that a place opens ends ({@code 怡保5日讯}, {@code 新山讯}, {@code 古晋12日電}:
     * a day of one or two digits and 日, then 讯 or 电, in either script), or -1.
     */
    private static int datelineEnd(String text, int at) {
        int p = at;
        while (p < text.length() && p - at < 2 && CharClass.isArabicDigit(text.charAt(p))) {
            p++;
        }
        if (p > at) {
            if (p >= text.length() || text.charAt(p) != '日') {
                return -1;
            }
            p++;
        }
        return p < text.length() && "讯訊电電".indexOf(text.charAt(p)) >= 0 ? p + 1 : -1;
    }

    /** Whether a cue found at {@code [start, end)} counts where it stands. */
    private static boolean counts(RegionCue cue, String text, int start, int end, boolean traditional) {
        return switch (cue.kind()) {
            case VARIANT -> traditional;
            case ERA -> end < text.length() && isNumeral(text.charAt(end));
            case TICKER -> start > 0 && CharClass.isAsciiAlnum(text.charAt(start - 1));
            case CURRENCY -> end - start >= 3 || besideFigure(text, start, end);
            default -> true;
        };
    }

    /**
     * 3億港元, 50令吉, 新台幣3,150億: a figure right before or after (one space allowed); short
     * currency words need one ({@code 新元} is also in {@code 创新元年}).
     */
    private static boolean besideFigure(String text, int start, int end) {
        int before = start - 1;
        if (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        if (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && isNumeral(text.charAt(before))
                || after < text.length() && (CharClass.isArabicDigit(text.charAt(after))
                || NumeralChars.isChineseDigit(text.charAt(after)));
    }

    private static boolean isNumeral(char c) {
        return CharClass.isArabicDigit(c) || NumeralChars.isChineseNumeral(c);
    }

    private static RegionFinder load() {
        DictionaryMatcher.Builder<RegionCue> b = DictionaryMatcher.builder();
        for (LexiconRow row : Lexicon.resource(RegionFinder.class, "region-cues.tsv", COLUMNS)) {
            RegionCue cue;
            try {
                cue = new RegionCue(row.get(0), Region.valueOf(row.get(1)), Integer.parseInt(row.get(2)),
                        RegionCue.Kind.parse(row.get(3)));
            } catch (IllegalArgumentException e) {
                throw row.error("bad cue: " + e.getMessage());
            }
            boolean exact = cue.kind() == RegionCue.Kind.VARIANT || cue.kind() == RegionCue.Kind.TICKER;
            b.add(cue.surface(), cue, exact);
        }
        return new RegionFinder(b.build());
    }

    private static final class Standard {
        static final RegionFinder INSTANCE = load();
    }
}
