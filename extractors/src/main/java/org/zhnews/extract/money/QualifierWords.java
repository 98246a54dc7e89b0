package org.zhnews.extract.money;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.zhnews.core.mention.Qualifier;
import org.zhnews.text.fold.CharFold;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;
import org.zhnews.text.match.PrefixTrie;

/**
 * The words of {@code qualifiers.tsv} that say how a figure relates to the true value:
 * {@code 约}, {@code 超过}, {@code 不到} before it, {@code 左右}, {@code 以上} after it. Words
 * that look like qualifiers but are not ({@code 高达}, {@code 多达}, {@code 最近}) are listed to
 * block their shorter parts. Immutable and thread-safe.
 *
 * <p>Internal: public only for the metric extractor, which reads figures and currencies as the
 * money extractor does; not part of the API, may change without notice.
 */
public final class QualifierWords {

    private static final String FILLERS = "了为為";

    private final PrefixTrie<Optional<Qualifier>> before;
    private final PrefixTrie<Optional<Qualifier>> after;

    private QualifierWords(Map<String, Optional<Qualifier>> before, Map<String, Optional<Qualifier>> after) {
        this.before = PrefixTrie.bothWays(before, CharFold.keepingCase());
        this.after = PrefixTrie.bothWays(after, CharFold.keepingCase());
    }

    /**
     * The built-in word list.
     *
     * @return the shared list loaded from {@code qualifiers.tsv}
     */
    public static QualifierWords defaults() {
        return Holder.DEFAULTS;
    }

    /** A qualifier word found next to a figure. */
    public record Found(int start, int end, Qualifier qualifier) {
    }

    /**
     * The qualifier word ending right before {@code start}; one space or one filler
     * ({@code 了}, {@code 为}) may stand between: {@code 突破了3亿}.
     *
     * @param text  the text
     * @param start where the figure starts
     * @return the qualifier word with its range, or empty (also for a listed word that is no
     *     qualifier)
     */
    public Optional<Found> before(CharSequence text, int start) {
        int end = start;
        if (end > 0 && Currencies.isSpaceChar(text.charAt(end - 1))) {
            end--;
        }
        Optional<PrefixTrie.Hit<Optional<Qualifier>>> h = before.longestEndingAt(text, end);
        if (h.isEmpty() && end > 0 && FILLERS.indexOf(text.charAt(end - 1)) >= 0) {
            h = before.longestEndingAt(text, end - 1);
        }
        return h.flatMap(x -> x.value().map(q -> new Found(x.start(), x.end(), q)));
    }

    /**
     * The qualifier word starting right at {@code end} (one space allowed): {@code 左右}.
     *
     * @param text the text
     * @param end  where the figure ends
     * @return the qualifier word with its range, or empty (also for a listed word that is no
     *     qualifier)
     */
    public Optional<Found> after(CharSequence text, int end) {
        int start = end;
        if (start < text.length() && Currencies.isSpaceChar(text.charAt(start))) {
            start++;
        }
        if (start + 3 <= text.length() && text.charAt(start + 1) == '含'
                && (text.charAt(start) == '(' && text.charAt(start + 2) == ')'
                || text.charAt(start) == '（' && text.charAt(start + 2) == '）')) {
            start += 3; // 50万元(含)以上
        }
        return after.longestAt(text, start).flatMap(x -> x.value().map(q -> new Found(x.start(), x.end(), q)));
    }

    private static final class Holder {
        static final QualifierWords DEFAULTS = load();

        private static QualifierWords load() {
            Map<String, Optional<Qualifier>> b = new HashMap<>();
            Map<String, Optional<Qualifier>> a = new HashMap<>();
            for (LexiconRow row : Lexicon.resource(QualifierWords.class, "qualifiers.tsv",
                    Columns.of("surface", "position", "qualifier"))) {
                String q = row.get(2);
                Optional<Qualifier> value = q.equals("NONE") ? Optional.empty() : Optional.of(Qualifier.valueOf(q));
                (row.get(1).equals("after") ? a : b).put(row.get(0), value);
            }
            return new QualifierWords(b, a);
        }
    }
}
