package org.zhnews.extract.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.ExtractionContext;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.chars.NumeralChars;
import org.zhnews.text.number.ChineseNumber;
import org.zhnews.text.number.NumberForm;
import org.zhnews.text.number.NumberMatch;
import org.zhnews.text.number.NumberScanner;

/**
 * The figures of a text as the money and metric extractors read them: {@link NumberScanner}'s
 * matches, plus two forms it leaves alone: an Arabic figure and its big unit parted by a space
 * ({@code 500 億}, as Taiwan sites space digits), and a figure glued to a currency code before it
 * ({@code RMB100}, which the scanner skips as a Latin name). A lone unit character ({@code 万} in
 * {@code 万达}) is dropped. Linear time, stateless.
 *
 * <p>Internal: public only for the metric extractor, which reads figures and currencies as the
 * money extractor does; not part of the API, may change without notice.
 */
public final class Figures {

    private static final int WINDOW = 48;

    /** The key of a document's figures among its shared values: one scan per currency table. */
    private record SharedKey(Currencies currencies) {
    }

    private Figures() {
    }

    /**
     * The figures of the document of {@code context}: scanned once per document and currency
     * table, then shared by every extractor that asks (money and metrics).
     *
     * @param context    the document
     * @param currencies the currency codes a glued figure may follow
     * @return an unmodifiable list of the figures, in text order, without overlaps
     */
    public static List<NumberMatch> of(ExtractionContext context, Currencies currencies) {
        return context.shared(new SharedKey(currencies), ctx -> List.copyOf(scan(ctx.text(), currencies)));
    }

    /**
     * The figures of {@code text}, in text order, without overlaps.
     *
     * @param text       the text
     * @param currencies the currency codes a glued figure may follow
     * @return a new list of the figures
     */
    public static List<NumberMatch> scan(CharSequence text, Currencies currencies) {
        List<NumberMatch> found = new ArrayList<>(NumberScanner.scan(text));
        addGluedToCodes(text, currencies, found);
        found.sort(Comparator.comparingInt(NumberMatch::start));
        List<NumberMatch> out = new ArrayList<>(found.size());
        int covered = 0;
        int[] urls = urls(text);
        int u = 0;
        for (NumberMatch m : found) {
            if (m.start() < covered) {
                continue;
            }
            while (u < urls.length && urls[u + 1] <= m.start()) {
                u += 2;
            }
            if (u < urls.length && urls[u] <= m.start()) {
                continue; // inside a web address
            }
            if (m.end() - m.start() == 1 && isLoneUnit(text.charAt(m.start()))) {
                continue;
            }
            NumberMatch x = spacedUnit(text, m);
            out.add(x);
            covered = x.end();
        }
        return out;
    }

    /** Start/end pairs of the web addresses (http:// or https:// to the next space or CJK character). */
    private static int[] urls(CharSequence text) {
        String t = text.toString();
        List<Integer> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int s = t.indexOf("http", from);
            if (s < 0) {
                break;
            }
            int e = s + 4;
            if (t.startsWith("s://", e)) {
                e += 4;
            } else if (t.startsWith("://", e)) {
                e += 3;
            } else {
                from = e;
                continue;
            }
            while (e < t.length() && t.charAt(e) > ' ' && t.charAt(e) < 0x2E80) {
                e++;
            }
            out.add(s);
            out.add(e);
            from = e;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A unit from 百 up: standing alone it is a word (百度, 万达), not an amount; 十 alone is ten. */
    private static boolean isLoneUnit(char c) {
        return NumeralChars.unitPower(c) >= 2;
    }

    /** 500 億: the figure takes the unit run after one space. */
    private static NumberMatch spacedUnit(CharSequence text, NumberMatch m) {
        int e = m.end();
        int n = text.length();
        if (m.form() != NumberForm.EXACT || m.fraction() != NumberMatch.Fraction.NONE || e + 1 >= n
                || !Currencies.isSpaceChar(text.charAt(e)) || !CharClass.isArabicDigit(text.charAt(e - 1))
                || !NumeralChars.isBigUnit(text.charAt(e + 1))) {
            return m;
        }
        int k = e + 1;
        while (k < n && k - e < 4 && NumeralChars.isBigUnit(text.charAt(k))) {
            k++;
        }
        Optional<BigDecimal> unit = ChineseNumber.parse(text.subSequence(e + 1, k));
        if (unit.isEmpty() || m.value().isEmpty()) {
            return m;
        }
        return new NumberMatch(m.start(), k, Optional.of(plain(m.value().get().multiply(unit.get()))),
                Optional.empty(), Optional.empty(), NumberForm.EXACT, NumberMatch.Fraction.NONE);
    }

    /** RMB100, USD30亿: a figure right after a Latin currency code. */
    private static void addGluedToCodes(CharSequence text, Currencies currencies, List<NumberMatch> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!CharClass.isLatinLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && CharClass.isLatinLetter(text.charAt(j))) {
                j++;
            }
            if (j < n && CharClass.isArabicDigit(text.charAt(j)) && currencies.isPrefixCode(text, i, j)) {
                int end = Math.min(n, j + WINDOW);
                List<NumberMatch> inner = NumberScanner.scan(text.subSequence(j, end));
                if (!inner.isEmpty() && inner.get(0).start() == 0) {
                    NumberMatch m = inner.get(0);
                    out.add(new NumberMatch(j, j + m.end(), m.value(), m.min(), m.max(), m.form(), m.fraction()));
                }
            }
            i = j;
        }
    }

    /**
     * A value without trailing zeros in its fraction and without exponent notation.
     *
     * @param v a value
     * @return the same value, scale 0 or more and no trailing fraction zeros
     */
    public static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
