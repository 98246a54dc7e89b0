package org.zhnews.extract.money;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.zhnews.core.offset.TextRange;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.fold.CharFold;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;
import org.zhnews.text.match.PrefixTrie;

/**
 * The sub-unit words of {@code subunits.tsv} that make a figure without a currency word an
 * amount: {@code 32港仙} (0.32 HKD), {@code 5美分}, {@code 2分钱} (0.02 of the local yuan), and a
 * bare {@code 分} as a local cent ({@link SubUnits#LOCAL_CENT}: money only in the regions that
 * write cents so) where the sentence speaks of share prices or dividends, or a price move stands
 * right before it ({@code cent-cues.tsv}: 每股派息5分, 起10分). Immutable and thread-safe; {@link #defaults()} is loaded once.
 */
final class SubUnitWords {

    /** Characters after a cue-bound 分 that make it a word, not a cent: 分钟, 分之, 分析, 分别. */
    private static final String NOT_AFTER_FEN = "钟鐘之析别別布享配散批档檔支数數行部类類段红紅公号號子";
    /** Characters before a figure that make a 分 after it a minute: 10时30分, 3点15分. */
    private static final String CLOCK = "时時点點";
    /** How far from the figure a cue is sought, within its sentence (keeps the search linear). */
    private static final int CUE_REACH = 120;

    /** A sub-unit word after a figure: where it ends, its currency, and what one is worth. */
    record Found(int end, String code, BigDecimal factor) {
    }

    private record Word(String code, BigDecimal factor, boolean needsCue) {
    }

    private final PrefixTrie<Word> words;
    /** The cue words: true for those that must stand right before the figure. */
    private final PrefixTrie<Boolean> cues;

    private SubUnitWords(PrefixTrie<Word> words, PrefixTrie<Boolean> cues) {
        this.words = words;
        this.cues = cues;
    }

    /** The built-in tables. */
    static SubUnitWords defaults() {
        return Holder.DEFAULTS;
    }

    /**
     * The sub-unit word right after the figure {@code [start, end)}, if it makes one; a word that
     * needs a cue counts only with a cue right before the figure or in its sentence (which
     * {@code sentenceOf} gives for an offset, asked only then), at most 120 characters away. The
     * figure must end in an Arabic digit for the local sub-units ({@code 一分钱} is an idiom,
     * {@code 三分} a score).
     */
    Optional<Found> after(CharSequence text, int start, int end, IntFunction<TextRange> sentenceOf) {
        Optional<PrefixTrie.Hit<Word>> hit = words.longestAt(text, end);
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        Word w = hit.get().value();
        int wordEnd = hit.get().end();
        boolean local = w.code().equals(Currencies.LOCAL_YUAN) || w.code().equals(SubUnits.LOCAL_CENT);
        if (local && !CharClass.isArabicDigit(text.charAt(end - 1))) {
            return Optional.empty();
        }
        if (w.needsCue() && (wordEnd < text.length() && NOT_AFTER_FEN.indexOf(text.charAt(wordEnd)) >= 0
                || start > 0 && CLOCK.indexOf(text.charAt(start - 1)) >= 0
                || !cueBefore(text, start) && !hasCue(text, start, end, sentenceOf.apply(start)))) {
            return Optional.empty();
        }
        return Optional.of(new Found(wordEnd, w.code(), w.factor()));
    }

    /** A sentence-wide cue in {@code sentence}, at most 120 characters from the figure {@code [start, end)}. */
    private boolean hasCue(CharSequence text, int start, int end, TextRange sentence) {
        int from = Math.max(sentence.start(), start - CUE_REACH);
        int to = Math.min(sentence.end(), end + CUE_REACH);
        for (int i = from; i < to; i++) {
            Optional<PrefixTrie.Hit<Boolean>> h = cues.longestAt(text, i);
            if (h.isPresent() && !h.get().value() && h.get().end() <= to) {
                return true;
            }
        }
        return false;
    }

    /** A cue that must stand right before the figure at {@code start}, a 了 allowed between: 涨2分, 跌了3分. */
    private boolean cueBefore(CharSequence text, int start) {
        int k = start > 0 && text.charAt(start - 1) == '了' ? start - 1 : start;
        return cues.longestEndingAt(text, k).filter(PrefixTrie.Hit::value).isPresent();
    }

    private static final class Holder {
        static final SubUnitWords DEFAULTS = load();

        private static SubUnitWords load() {
            Map<String, Word> w = new HashMap<>();
            for (LexiconRow row : Lexicon.resource(SubUnitWords.class, "subunits.tsv",
                    Columns.of("surface", "code", "factor", "needs"))) {
                String needs = row.get(3);
                if (!needs.equals("none") && !needs.equals("cue")) {
                    throw row.error("needs must be none or cue: " + needs);
                }
                String code = row.get(1).equals("cent") ? SubUnits.LOCAL_CENT : row.get(1);
                try {
                    w.put(row.get(0), new Word(code, new BigDecimal(row.get(2)), needs.equals("cue")));
                } catch (NumberFormatException e) {
                    throw row.error("bad factor: " + row.get(2));
                }
            }
            Map<String, Boolean> c = new HashMap<>();
            for (LexiconRow row : Lexicon.resource(SubUnitWords.class, "cent-cues.tsv", Columns.of("word", "where"))) {
                String where = row.get(1);
                if (!where.equals("sentence") && !where.equals("before")) {
                    throw row.error("where must be sentence or before: " + where);
                }
                c.put(row.get(0), where.equals("before"));
            }
            CharFold fold = CharFold.keepingCase();
            return new SubUnitWords(PrefixTrie.bothWays(w, fold), PrefixTrie.bothWays(c, fold));
        }
    }
}
