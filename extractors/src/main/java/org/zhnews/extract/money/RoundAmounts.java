package org.zhnews.extract.money;

import java.util.List;
import org.zhnews.extract.event.RoundWords;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;

/**
 * A figure written without a currency that is still money because a financing follows it
 * (resource {@code funding-nouns.tsv}): {@code 完成2.1亿A轮融资}, {@code 获5000万天使轮投资},
 * {@code 获3亿融资}. Only figures ending in 万 or 亿 qualify (a headline drops 元, not the unit);
 * the currency is the article's. Immutable and thread-safe.
 */
final class RoundAmounts {

    /** Most chars a round's words take after the figure ({@code Pre-A+轮}, {@code 新一轮}). */
    private static final int MAX_ROUND = 10;

    /** A financing noun and the chars that, right after it, make it another word. */
    private record Noun(String word, String notAfter) {
    }

    private final List<Noun> nouns;

    private RoundAmounts(List<Noun> nouns) {
        this.nouns = nouns;
    }

    /** The built-in nouns. */
    static RoundAmounts standard() {
        return new RoundAmounts(Lexicon.resource(RoundAmounts.class, "funding-nouns.tsv", Columns.of("word", "not_after"))
                .stream().map(row -> new Noun(row.get(0), String.join("", row.list(1)))).toList());
    }

    /**
     * Whether the figure of {@code text} ending at {@code end} (its last char 万 or 亿) is followed
     * by a round, if any, and a financing noun.
     */
    boolean fundsFollow(String text, int end) {
        char unit = text.charAt(end - 1);
        if (unit != '万' && unit != '亿') {
            return false;
        }
        int at = end;
        while (at < text.length() && Currencies.isSpaceChar(text.charAt(at))) {
            at++;
        }
        List<RoundWords.Found> rounds = RoundWords.find(text, at, Math.min(text.length(), at + MAX_ROUND));
        if (!rounds.isEmpty() && rounds.get(0).start() == at) {
            at = rounds.get(0).end();
        }
        for (Noun noun : nouns) {
            if (text.startsWith(noun.word(), at)) {
                int next = at + noun.word().length();
                return next >= text.length() || noun.notAfter().indexOf(text.charAt(next)) < 0;
            }
        }
        return false;
    }
}
