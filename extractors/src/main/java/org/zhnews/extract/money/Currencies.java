package org.zhnews.extract.money;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.fold.CharFold;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;
import org.zhnews.text.match.PrefixTrie;

/**
 * The currency words, codes and symbols of {@code currencies.tsv}: what may stand before a figure
 * ({@code ¥}, {@code US$}, {@code RMB}, {@code 人民币}) and after it ({@code 美元}, {@code 港幣},
 * {@code 元}). A code of {@link #LOCAL_YUAN} marks the bare yuan, whose currency depends on the
 * document. Immutable and thread-safe; {@link #defaults()} is loaded once.
 *
 * <p>Internal: public only for the metric extractor, which reads figures and currencies as the
 * money extractor does; not part of the API, may change without notice.
 */
public final class Currencies {

    /** The code of the bare yuan ({@code 元}): its currency depends on the article (see LocalYuan). */
    public static final String LOCAL_YUAN = "*";

    /**
     * The code of the bare dollar sign ({@code $48}): HKD in a Hong Kong article, SGD in a
     * Singapore one, else USD (see LocalYuan).
     */
    public static final String LOCAL_DOLLAR = "$";

    /**
     * True for a code whose currency depends on the article: {@link #LOCAL_YUAN} or
     * {@link #LOCAL_DOLLAR}.
     *
     * @param code a code of this table
     * @return whether the article decides its currency
     */
    public static boolean isLocal(String code) {
        return LOCAL_YUAN.equals(code) || LOCAL_DOLLAR.equals(code);
    }

    private static final String NOT_AFTER_YUAN = "宇素年化件老旦首帅帥凶气氣数數宵";

    private static final CharFold FOLD = CharFold.keepingCase();

    private final PrefixTrie<String> prefixes;
    private final PrefixTrie<String> suffixes;

    private Currencies(Map<String, String> prefixes, Map<String, String> suffixes) {
        this.prefixes = PrefixTrie.bothWays(prefixes, FOLD);
        this.suffixes = PrefixTrie.bothWays(suffixes, FOLD);
    }

    /**
     * The built-in table.
     *
     * @return the shared table loaded from {@code currencies.tsv}
     */
    public static Currencies defaults() {
        return Holder.DEFAULTS;
    }

    /** A currency word found next to a figure: where it stands and its ISO code (or {@link #LOCAL_YUAN}). */
    public record Found(int start, int end, String code) {
    }

    /**
     * The currency word right before {@code figureStart} (one space allowed between), such as
     * {@code US$} in {@code US$30}. Latin codes must not be glued to a letter before them.
     *
     * @param text        the text
     * @param figureStart where the figure starts
     * @return the currency word with its range and code, or empty
     */
    public Optional<Found> before(CharSequence text, int figureStart) {
        int end = figureStart;
        if (end > 0 && isSpaceChar(text.charAt(end - 1))) {
            end--;
        }
        Optional<PrefixTrie.Hit<String>> hit = prefixes.longestEndingAt(text, end);
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        PrefixTrie.Hit<String> h = hit.get();
        if (CharClass.isLatinLetter(text.charAt(h.start())) && h.start() > 0
                && CharClass.isLatinLetter(text.charAt(h.start() - 1))) {
            return Optional.empty();
        }
        return Optional.of(new Found(h.start(), h.end(), h.value()));
    }

    /**
     * The currency word right after {@code figureEnd} (one space allowed between), such as
     * {@code 美元} in {@code 30亿美元}. A bare 元 starting a word like 元宇宙 is no currency, and
     * Latin codes must not run on into a longer word.
     *
     * @param text      the text
     * @param figureEnd where the figure ends
     * @return the currency word with its range and code, or empty
     */
    public Optional<Found> after(CharSequence text, int figureEnd) {
        int start = figureEnd;
        if (start < text.length() && isSpaceChar(text.charAt(start))) {
            start++;
        }
        Optional<PrefixTrie.Hit<String>> hit = suffixes.longestAt(text, start);
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        PrefixTrie.Hit<String> h = hit.get();
        int n = text.length();
        if (CharClass.isLatinLetter(text.charAt(h.end() - 1)) && h.end() < n
                && (CharClass.isLatinLetter(text.charAt(h.end()))
                || Character.isDigit(text.charAt(h.end())))) {
            return Optional.empty();
        }
        if (h.value().equals(LOCAL_YUAN) && h.end() - h.start() == 1 && h.end() < n
                && (NOT_AFTER_YUAN.indexOf(text.charAt(h.end())) >= 0 || startsWithFolded(text, h.end(), "复始"))) {
            return Optional.empty(); // 元宵节, 一元复始: words, not yuan
        }
        return Optional.of(new Found(h.start(), h.end(), h.value()));
    }

    private static boolean startsWithFolded(CharSequence text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (FOLD.fold(text.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The longest currency word of either position ending right at {@code end}: {@code 人民币} in
     * {@code （人民币，下同）}, {@code 美元} in {@code 美元，下同}.
     */
    Optional<Found> endingAt(CharSequence text, int end) {
        Optional<PrefixTrie.Hit<String>> a = prefixes.longestEndingAt(text, end);
        Optional<PrefixTrie.Hit<String>> b = suffixes.longestEndingAt(text, end);
        Optional<PrefixTrie.Hit<String>> h = a.isEmpty() || b.isPresent() && b.get().length() > a.get().length() ? b : a;
        return h.map(x -> new Found(x.start(), x.end(), x.value()));
    }

    /** The longest currency word that may stand before a figure, starting right at {@code start}. */
    Optional<Found> prefixAt(CharSequence text, int start) {
        return prefixes.longestAt(text, start).map(h -> new Found(h.start(), h.end(), h.value()));
    }

    /** The longest currency word that may stand after a figure, starting right at {@code start}. */
    Optional<Found> suffixAt(CharSequence text, int start) {
        return suffixes.longestAt(text, start).map(h -> new Found(h.start(), h.end(), h.value()));
    }

    /** True if a Latin prefix code (RMB, USD) is {@code text[start, end)}. */
    boolean isPrefixCode(CharSequence text, int start, int end) {
        Optional<PrefixTrie.Hit<String>> h = prefixes.longestAt(text, start);
        return h.isPresent() && h.get().end() == end;
    }

    /**
     * True for a space, an ideographic space or a no-break space.
     *
     * @param c a char
     * @return whether {@code c} is one
     */
    public static boolean isSpaceChar(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }

    private static final class Holder {
        static final Currencies DEFAULTS = load();

        private static Currencies load() {
            Map<String, String> pre = new HashMap<>();
            Map<String, String> suf = new HashMap<>();
            for (LexiconRow row : Lexicon.resource(Currencies.class, "currencies.tsv",
                    Columns.of("surface", "code", "position"))) {
                String pos = row.get(2);
                if (pos.equals("prefix") || pos.equals("both")) {
                    pre.put(row.get(0), row.get(1));
                }
                if (pos.equals("suffix") || pos.equals("both")) {
                    suf.put(row.get(0), row.get(1));
                }
            }
            return new Currencies(pre, suf);
        }
    }
}
