package org.zhnews.extract.lexicon;

import org.zhnews.core.ExtractionContext;
import org.zhnews.core.offset.TextRange;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cue words that decide whether a context-only company name ({@code 苹果}, {@code 360},
 * {@code 字节}) names the company where it stands: resource {@code context-cues.tsv}. A
 * negative cue always wins over a positive one. Cues stand right before or after the name, or
 * (side {@code sentence}) anywhere in its sentence, the document's sentence
 * ({@link ExtractionContext#sentenceWindow}); side {@code period} cues stand after a reporting
 * period right after the name ({@code 寒武纪三季度营收}, {@code 创意十月营收}). Immutable and
 * thread-safe.
 */
final class ContextCues {

    static final String ANY = "*";
    static final String DIGITS = "#digits";

    private enum Side { LEFT, RIGHT, SENTENCE, PERIOD }

    /**
     * A reporting period written right after a name: a quarter (三季度, 第三季, Q3), a month
     * (十月, 10月份), a half or the first quarters (上半年, 前三季度), a year (2025年, 全年, 今年).
     */
    private static final Pattern PERIOD = Pattern.compile(
            "\\s*(?:(?:20\\d\\d|今|去|本|全)年(?:度)?)?(?:第?[一二三四1-4]季度?|Q[1-4]|前[一二三]季度?"
                    + "|[上下]半年(?:度)?|(?:十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])月份?|全年|年度)?\\s*");

    private record Key(String surface, boolean positive, Side side) {
    }

    private final Map<Key, List<String>> cues = new HashMap<>();

    private ContextCues() {
    }

    static ContextCues standard() {
        ContextCues c = new ContextCues();
        for (LexiconRow row : Lexicon.resource(ContextCues.class, "context-cues.tsv",
                Columns.of("surface", "polarity", "side", "words"))) {
            Key key = new Key(row.get(0), row.get(1).equals("+"),
                    Side.valueOf(row.get(2).toUpperCase(Locale.ROOT)));
            c.cues.computeIfAbsent(key, k -> new ArrayList<>()).addAll(row.list(3));
        }
        return c;
    }

    /** Whether a negative cue stands next to {@code [start, end)}, which holds {@code surface}. */
    boolean negative(ExtractionContext ctx, int start, int end, String surface) {
        return applies(ctx, start, end, surface, false);
    }

    /**
     * Whether a negative cue listed for this very surface stands next to it ({@code 亚马逊雨林},
     * {@code 高通量}): such rows apply even to names that are not context-only.
     */
    boolean negativeForSurface(String text, int start, int end, String surface) {
        return CueWords.after(text, end, cues.get(new Key(surface, false, Side.RIGHT)))
                || CueWords.before(text, start, cues.get(new Key(surface, false, Side.LEFT)));
    }

    /** Whether a positive cue stands next to {@code [start, end)}, which holds {@code surface}. */
    boolean positive(ExtractionContext ctx, int start, int end, String surface) {
        return applies(ctx, start, end, surface, true);
    }

    private boolean applies(ExtractionContext ctx, int start, int end, String surface, boolean positive) {
        String text = ctx.text();
        for (String s : classes(surface)) {
            if (CueWords.after(text, end, cues.get(new Key(s, positive, Side.RIGHT)))
                    || CueWords.before(text, start, cues.get(new Key(s, positive, Side.LEFT)))
                    || inSentence(ctx, start, end, cues.get(new Key(s, positive, Side.SENTENCE)))
                    || afterPeriod(text, end, cues.get(new Key(s, positive, Side.PERIOD)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code words} follows a non-empty reporting period that starts at {@code end}. */
    private static boolean afterPeriod(String text, int end, List<String> words) {
        if (words == null || end >= text.length()) {
            return false;
        }
        Matcher m = PERIOD.matcher(text).region(end, text.length());
        return m.lookingAt() && m.end() > end && !text.substring(end, m.end()).isBlank()
                && CueWords.after(text, m.end(), words);
    }

    private static List<String> classes(String surface) {
        List<String> out = new ArrayList<>(3);
        out.add(ANY);
        if (!surface.isEmpty() && surface.chars().allMatch(Character::isDigit)) {
            out.add(DIGITS);
        }
        out.add(surface);
        return out;
    }

    /** Whether one of {@code words} occurs in the sentence around {@code [start, end)}. */
    private static boolean inSentence(ExtractionContext ctx, int start, int end, List<String> words) {
        if (words == null) {
            return false;
        }
        TextRange window = ctx.sentenceWindow(start, end);
        String sentence = ctx.text().substring(window.start(), window.end());
        for (String w : words) {
            if (sentence.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
