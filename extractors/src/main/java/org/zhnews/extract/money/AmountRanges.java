package org.zhnews.extract.money;

import java.util.Optional;
import org.zhnews.core.ExtractionContext;
import org.zhnews.text.match.PrefixTrie;
import org.zhnews.text.number.NumberForm;
import org.zhnews.text.number.NumberMatch;

/**
 * Decides whether two amounts joined by a range separator are one range: {@code 1万元-5万元},
 * {@code 新台币600元至1000元} (the bare 元 of the second end takes the currency of the first).
 * Both ends must be values of one quantity, so a verb of change right before the first amount
 * ({@code 下跌85元至2315元}, words in {@code ranges.tsv}) makes a change and the level it reaches,
 * two amounts, unless a forecast word earlier in the sentence ({@code 预计…增加2亿元至3亿元})
 * states the change as a range or a closing word follows ({@code 增加200元至500元不等}).
 * Immutable and thread-safe.
 */
final class AmountRanges {

    private static final String SEPARATORS = "-~～至到—–－";
    /** Currency words ending in one of these may lend their currency to a bare 元 after them. */
    private static final String YUAN_WORDS = "元圆圓";
    private static final String CHANGE = "change";
    private static final String FORECAST = "forecast";
    private static final String CLOSING = "closing";
    /** How far back in its sentence a forecast word is sought (keeps the search linear). */
    private static final int FORECAST_REACH = 120;

    private final PrefixTrie<String> words;
    private final QualifierWords qualifiers;

    private AmountRanges(PrefixTrie<String> words, QualifierWords qualifiers) {
        this.words = words;
        this.qualifiers = qualifiers;
    }

    /** The ranges with the built-in word list, reading qualifiers with {@code qualifiers}. */
    static AmountRanges of(QualifierWords qualifiers) {
        return new AmountRanges(Holder.WORDS, qualifiers);
    }

    /** The range that {@code a} and {@code b} make, or null when they are no range. */
    Candidate join(ExtractionContext context, Candidate a, Candidate b) {
        String text = context.text();
        String code = sharedCode(text, a, b);
        NumberMatch x = a.figure();
        NumberMatch y = b.figure();
        if (code == null || x.form() != NumberForm.EXACT || y.form() != NumberForm.EXACT
                || x.value().isEmpty() || y.value().isEmpty() || x.value().get().compareTo(y.value().get()) >= 0
                || !separatedByRangeMark(text, a.end(), b.start())) {
            return null;
        }
        if (afterChangeVerb(text, a.start()) && !forecastBefore(context, a.start()) && !closedAfter(text, b.end())) {
            return null; // 下跌85元至2315元: a change and a level
        }
        NumberMatch both = new NumberMatch(x.start(), y.end(), Optional.empty(), x.value(), y.value(), NumberForm.RANGE,
                NumberMatch.Fraction.NONE);
        return new Candidate(both, a.start(), b.end(), code, a.currencyAfter());
    }

    /** The currency of both ends: the same, or the first one's when the second is a bare 元. */
    private static String sharedCode(String text, Candidate a, Candidate b) {
        if (a.code().equals(b.code())) {
            return a.code();
        }
        boolean firstEndsInYuan = a.end() > a.start() && YUAN_WORDS.indexOf(text.charAt(a.end() - 1)) >= 0;
        if (b.code().equals(Currencies.LOCAL_YUAN) && firstEndsInYuan && !a.code().equals(SubUnits.LOCAL_CENT)) {
            return a.code(); // 新台币600元至1000元
        }
        return null;
    }

    /** One separator (or a doubled dash) between {@code p} and {@code q}, spaces aside. */
    private static boolean separatedByRangeMark(String text, int from, int to) {
        int p = from;
        int q = to;
        while (p < q && Currencies.isSpaceChar(text.charAt(p))) {
            p++;
        }
        while (q > p && Currencies.isSpaceChar(text.charAt(q - 1))) {
            q--;
        }
        return q - p >= 1 && q - p <= 2 && SEPARATORS.indexOf(text.charAt(p)) >= 0
                && (q - p == 1 || text.charAt(p + 1) == text.charAt(p));
    }

    /** A verb of change right before {@code at}, past one qualifier and a 了: 上涨约85元, 下跌了85元. */
    private boolean afterChangeVerb(String text, int at) {
        int k = at;
        while (k > 0 && Currencies.isSpaceChar(text.charAt(k - 1))) {
            k--;
        }
        Optional<QualifierWords.Found> q = qualifiers.before(text, k);
        if (q.isPresent()) {
            k = q.get().start();
        }
        if (k > 0 && text.charAt(k - 1) == '了') {
            k--;
        }
        return words.longestEndingAt(text, k).filter(h -> h.value().equals(CHANGE)).isPresent();
    }

    /** A word closing a range right after {@code end} (one space allowed): 不等, 之间. */
    private boolean closedAfter(String text, int end) {
        int k = end < text.length() && Currencies.isSpaceChar(text.charAt(end)) ? end + 1 : end;
        return words.longestAt(text, k).filter(h -> h.value().equals(CLOSING)).isPresent();
    }

    /** A forecast word in the sentence of {@code at}, before it and at most 120 characters away. */
    private boolean forecastBefore(ExtractionContext context, int at) {
        String text = context.text();
        int from = Math.max(context.sentenceAt(at).range().start(), at - FORECAST_REACH);
        for (int i = from; i < at; i++) {
            if (words.longestAt(text, i).filter(h -> h.value().equals(FORECAST) && h.end() <= at).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static final class Holder {
        static final PrefixTrie<String> WORDS = WordKinds.load(AmountRanges.class, "ranges.tsv",
                java.util.Set.of(CHANGE, FORECAST, CLOSING));
    }
}
