package org.zhnews.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhnews.core.event.Round;

/**
 * Funding rounds as written ({@code Pre-A轮}, {@code B+轮}, {@code 天使轮}, {@code 新一轮},
 * {@code C2轮}, {@code Series B}) and their normalised {@link Round}, in the analysis text
 * (simplified script). Stateless and thread-safe. Internal: public only for the money
 * extractor, which reads an amount written without a currency before a round
 * ({@code 完成2亿A轮融资}).
 */
public final class RoundWords {

    /**
     * A round: its place in the text ({@code [start, end)}) and its value.
     *
     * @param start where the round's words start
     * @param end   where they end (exclusive)
     * @param round the round
     */
    public record Found(int start, int end, Round round) {
    }

    private static final Pattern ROUND = Pattern.compile(
            "(?i)(?<![A-Za-z0-9])(pre-?ipo|pre-?[a-f]\\+{0,2}|[a-f][1-9]?\\+{0,2}|天使\\+?|种子|战略|新一|首|最新一)\\s*(轮|系列)"
                    + "|(?i)series\\s+([a-f])\\b|(战略)(?:投资|融资)");

    private RoundWords() {
    }

    /**
     * Every round written in {@code text[from, to)}, in text order.
     *
     * @param text the analysis text
     * @param from where to start looking
     * @param to   where to stop (exclusive)
     * @return the rounds, empty when none
     */
    public static List<Found> find(String text, int from, int to) {
        if (!mayHoldRound(text, from, to)) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        Matcher m = ROUND.matcher(text).region(from, to);
        while (m.find()) {
            String w = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4);
            out.add(new Found(m.start(), m.end(), round(w)));
        }
        return out;
    }

    /**
     * Whether {@code text[from, to)} holds a word every round needs (轮, 系列, {@code series}
     * in any case, 战略投资, 战略融资): most sentences hold none, and the pattern is then not run.
     */
    static boolean mayHoldRound(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '轮'
                    || c == '系' && text.startsWith("系列", i)
                    || (c == 's' || c == 'S') && i + 6 <= to && text.regionMatches(true, i, "series", 0, 6)
                    || c == '战' && (text.startsWith("战略投资", i) || text.startsWith("战略融资", i))) {
                return true;
            }
        }
        return false;
    }

    static Round round(String written) {
        String w = written.toLowerCase(Locale.ROOT).replace("-", "").replaceAll("[1-9]", "");
        switch (w) {
            case "天使", "天使+":
                return Round.ANGEL;
            case "种子":
                return Round.SEED;
            case "战略":
                return Round.STRATEGIC;
            case "新一", "首", "最新一":
                return Round.UNKNOWN;
            case "preipo":
                return Round.PRE_IPO;
            default:
                break;
        }
        boolean pre = w.startsWith("pre");
        String letter = pre ? w.substring(3) : w;
        boolean plus = letter.endsWith("+");
        letter = letter.replace("+", "");
        String name = (pre ? "pre-" : "") + letter + (plus && !pre ? "+" : "");
        return Round.ofJsonName(name).orElse(Round.UNKNOWN);
    }
}
