package org.zhnews.extract.money;

import java.math.BigDecimal;
import java.util.Optional;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.chars.NumeralChars;

/**
 * Reads the jiao and fen written after a yuan amount: {@code 1角1分}, {@code 六角七分},
 * {@code 三毛}, {@code 零四分}. A 分 counts only after a 角 or 毛, or when no word follows it
 * (so {@code 3元5分钟} keeps its minutes). Stateless.
 */
final class SubUnits {

    /** The value in yuan and where the sub-units end. */
    record Reading(BigDecimal value, int end) {
    }

    private SubUnits() {
    }

    static Optional<Reading> read(CharSequence text, int at) {
        int n = text.length();
        int k = at;
        BigDecimal v = BigDecimal.ZERO;
        boolean jiao = false;
        if (k + 1 < n && NumeralChars.digit(text.charAt(k)) >= 0 && "角毛".indexOf(text.charAt(k + 1)) >= 0) {
            v = v.add(BigDecimal.valueOf(NumeralChars.digit(text.charAt(k))).movePointLeft(1));
            k += 2;
            jiao = true;
        } else if (k < n && text.charAt(k) == '零') {
            k++;
        }
        if (k + 1 < n && NumeralChars.digit(text.charAt(k)) >= 0 && text.charAt(k + 1) == '分'
                && (jiao || k + 2 >= n || !CharClass.isHan(text.charAt(k + 2)) || text.charAt(k + 2) == '钱' || text.charAt(k + 2) == '錢')) {
            v = v.add(BigDecimal.valueOf(NumeralChars.digit(text.charAt(k))).movePointLeft(2));
            k += 2;
        }
        if (v.signum() == 0) {
            return Optional.empty();
        }
        if (k < n && (text.charAt(k) == '钱' || text.charAt(k) == '錢')) {
            k++;
        }
        return Optional.of(new Reading(v, k));
    }
}
