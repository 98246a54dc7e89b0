package org.zhnews.extract.money;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.zhnews.text.chars.NumeralChars;
import org.zhnews.text.match.PrefixTrie;
import org.zhnews.text.number.ChineseNumber;

/**
 * A unit of money as tables state it: a scale and a currency ({@code 新台币亿元}: 1e8 TWD,
 * {@code 百万令吉}: 1e6 MYR, {@code 万元}: 1e4 of the local yuan).
 *
 * @param scale what one written unit is worth in the currency
 * @param code  an ISO 4217 code, or {@link Currencies#LOCAL_YUAN} for a bare 元
 */
record MoneyUnit(BigDecimal scale, String code) {

    MoneyUnit {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(code, "code");
    }

    /** A unit declaration ({@code 单位：亿元}): the unit and where its words stand. */
    record Declared(MoneyUnit unit, int start, int end) {
    }

    /**
     * Reads units with the currency table and the words of {@code table-units.tsv}. Immutable and
     * thread-safe.
     */
    static final class Reader {

        private static final String DECLARES = "declares";
        private static final String NOT_MONEY = "not-money";
        /** What stands between a declaring word and its unit. */
        /** Characters that end the unit of a declaration. */
        private static final String UNIT_ENDS = "）)，,；;。、\t|｜ \u3000";
        /** The longest unit a declaration may state (新台币百万元 is 6). */
        private static final int MAX_UNIT = 12;

        private final Currencies currencies;
        private final PrefixTrie<String> words;

        private Reader(Currencies currencies, PrefixTrie<String> words) {
            this.currencies = currencies;
            this.words = words;
        }

        /** A reader with {@code currencies} and the built-in table words. */
        static Reader of(Currencies currencies) {
            return new Reader(currencies, Holder.WORDS);
        }

        /**
         * The unit that is exactly {@code text[start, end)} (spaces aside): an optional currency
         * word before, an optional scale ({@code 百万}, {@code 亿}), a currency word after
         * ({@code 新台币亿元}, {@code 亿美元}, {@code 千元}, {@code 人民币}), and perhaps what it is per
         * ({@code 元/股}); empty unless a currency is named.
         */
        Optional<MoneyUnit> parse(CharSequence text, int start, int end) {
            int k = start;
            int e = end;
            while (k < e && Currencies.isSpaceChar(text.charAt(k))) {
                k++;
            }
            while (e > k && Currencies.isSpaceChar(text.charAt(e - 1))) {
                e--;
            }
            String code = null;
            Optional<Currencies.Found> prefix = currencies.prefixAt(text, k);
            if (prefix.isPresent() && prefix.get().end() <= e) {
                code = prefix.get().code();
                k = prefix.get().end();
            }
            int scaleEnd = k;
            while (scaleEnd < e && NumeralChars.isUnit(text.charAt(scaleEnd))) {
                scaleEnd++;
            }
            BigDecimal scale = BigDecimal.ONE;
            if (scaleEnd > k) {
                Optional<BigDecimal> s = ChineseNumber.parse(text.subSequence(k, scaleEnd));
                if (s.isEmpty()) {
                    return Optional.empty();
                }
                scale = s.get();
                k = scaleEnd;
            }
            Optional<Currencies.Found> suffix = currencies.suffixAt(text, k);
            if (suffix.isPresent() && suffix.get().end() <= e) {
                if (code == null || !suffix.get().code().equals(Currencies.LOCAL_YUAN)) {
                    code = suffix.get().code();
                }
                k = suffix.get().end();
            }
            if (code != null && k < e && (text.charAt(k) == '/' || text.charAt(k) == '／') && e - k <= 3
                    && noDigits(text, k + 1, e)) {
                k = e; // 元/股, 美元/桶: a price per unit is money too
            }
            return code != null && k == e ? Optional.of(new MoneyUnit(scale, code)) : Optional.empty();
        }

        /**
         * The unit declared in the line {@code text[start, end)}: a declaring word, a colon or
         * {@code 为}, and a unit ({@code （单位：新台币亿元）}); a bare 元 takes the currency that a
         * second declaration of the line names ({@code 单位：元　币种：人民币}); empty when the line
         * declares none.
         */
        Optional<Declared> declaredIn(String text, int start, int end) {
            Declared first = null;
            String named = null;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c != '：' && c != ':' && c != '为' && c != '為') {
                    continue; // a declaration is anchored at its colon (or 为), rare in text
                }
                Optional<Declared> d = declarationBefore(text, start, i, end);
                if (d.isEmpty()) {
                    continue;
                }
                first = first == null ? d.get() : first;
                String code = d.get().unit().code();
                named = named == null && !code.equals(Currencies.LOCAL_YUAN) ? code : named;
            }
            if (first != null && named != null && first.unit().code().equals(Currencies.LOCAL_YUAN)) {
                first = new Declared(new MoneyUnit(first.unit().scale(), named), first.start(), first.end());
            }
            return Optional.ofNullable(first);
        }

        /**
         * The unit a title line states in brackets at its end, or alone: {@code 收益表（百万港元）},
         * {@code (人民币千元)}; for lines that are no table row.
         */
        Optional<Declared> titleUnit(String text, int start, int end) {
            int e = end;
            while (e > start && (Currencies.isSpaceChar(text.charAt(e - 1)) || text.charAt(e - 1) == '\r')) {
                e--;
            }
            if (e - start < 3 || text.charAt(e - 1) != '）' && text.charAt(e - 1) != ')') {
                return Optional.empty();
            }
            int open = e - 2;
            while (open >= start && e - open <= MAX_UNIT + 2 && text.charAt(open) != '（' && text.charAt(open) != '(') {
                open--;
            }
            if (open < start || text.charAt(open) != '（' && text.charAt(open) != '(') {
                return Optional.empty();
            }
            int from = open + 1;
            int to = e - 1;
            return parse(text, from, to).map(unit -> new Declared(unit, from, to));
        }

        /** The declaration whose colon (or 为) stands at {@code colon}: a declaring word before it, a unit after. */
        private Optional<Declared> declarationBefore(String text, int lineStart, int colon, int end) {
            int k = colon;
            while (k > lineStart && Currencies.isSpaceChar(text.charAt(k - 1))) {
                k--;
            }
            Optional<PrefixTrie.Hit<String>> w = words.longestEndingAt(text, k);
            if (w.isEmpty() || !w.get().value().equals(DECLARES) || w.get().start() < lineStart) {
                return Optional.empty();
            }
            int from = colon + 1;
            int to = from;
            while (to < end && to - from < MAX_UNIT && UNIT_ENDS.indexOf(text.charAt(to)) < 0) {
                to++;
            }
            int unitEnd = to;
            return parse(text, from, to).map(unit -> new Declared(unit, from, unitEnd));
        }

        private static boolean noDigits(CharSequence text, int start, int end) {
            for (int i = start; i < end; i++) {
                if (Character.isDigit(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the label {@code text[start, end)} holds a word saying its figures are no amounts. */
        boolean notMoneyLabel(String text, int start, int end) {
            for (int i = start; i < end; i++) {
                Optional<PrefixTrie.Hit<String>> w = words.longestAt(text, i);
                if (w.isPresent() && w.get().value().equals(NOT_MONEY) && w.get().end() <= end) {
                    return true;
                }
            }
            return false;
        }

        private static final class Holder {
            static final PrefixTrie<String> WORDS = WordKinds.load(MoneyUnit.class, "table-units.tsv",
                    java.util.Set.of(DECLARES, NOT_MONEY));
        }
    }
}
