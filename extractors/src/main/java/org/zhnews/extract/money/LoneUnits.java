package org.zhnews.extract.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhnews.text.chars.NumeralChars;
import org.zhnews.text.number.NumberForm;
import org.zhnews.text.number.NumberMatch;

/**
 * Amounts written as a unit alone between a qualifier and a currency word: {@code 近亿元} (nearly
 * 1e8), {@code 超万元}, {@code 不到百元}. Standing alone a unit is a word ({@code 万达},
 * {@code 百度}), so {@link Figures} leaves it out; between a qualifier and a currency it is the
 * round figure itself. Linear time, stateless.
 */
final class LoneUnits {

    private LoneUnits() {
    }

    /** {@code figures} (in text order, without overlaps) with the lone-unit amounts of {@code text} added in order. */
    static List<NumberMatch> add(CharSequence text, List<NumberMatch> figures, QualifierWords qualifiers,
                                 Currencies currencies) {
        List<NumberMatch> out = null;
        int next = 0;
        int n = text.length();
        for (int i = 1; i < n - 1; i++) {
            int power = NumeralChars.unitPower(text.charAt(i));
            if (power < 2 || isNumeral(text.charAt(i - 1)) || isNumeral(text.charAt(i + 1))) {
                continue;
            }
            while (next < figures.size() && figures.get(next).end() <= i) {
                next++;
            }
            if (next < figures.size() && figures.get(next).start() <= i
                    || qualifiers.before(text, i).isEmpty() || currencies.after(text, i + 1).isEmpty()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(figures);
            }
            out.add(new NumberMatch(i, i + 1, Optional.of(BigDecimal.TEN.pow(power)), Optional.empty(), Optional.empty(),
                    NumberForm.EXACT, NumberMatch.Fraction.NONE));
        }
        if (out == null) {
            return figures;
        }
        out.sort(java.util.Comparator.comparingInt(NumberMatch::start));
        return out;
    }

    private static boolean isNumeral(char c) {
        return NumeralChars.digit(c) >= 0 || NumeralChars.isUnit(c) || c == '.' || c == '多' || c == '余' || c == '餘';
    }
}
