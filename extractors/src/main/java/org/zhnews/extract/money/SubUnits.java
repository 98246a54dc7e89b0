package org.zhnews.extract.money;

import java.math.BigDecimal;
import java.util.Optional;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.chars.NumeralChars;

/**
 * Reads the jiao and fen written after a yuan amount: {@code 1角1分}, {@code 六角七分},
 * {@code 三毛}, {@code 零四分}. A 分 counts only after a 角 or 毛, or when no word follows it
 * (so {@code 3元5分钟} keeps its minutes). Also the cents written 仙 in Malaysia and Singapore:
 * {@code 50仙}, {@code 1令吉50仙}. Stateless.
 */
final class SubUnits {

    /** The code of a bare sen or cent ({@code 50仙}), whose currency depends on the region. */
    static final String LOCAL_CENT = "*仙";
    /** What one cent is worth in its currency. */
    static final BigDecimal CENT = new BigDecimal("0.01");
    /** The currencies whose cents are written 仙 after them: {@code 1令吉50仙}, {@code 2元5仙}. */
    static final java.util.Set<String> TAKES_CENTS = java.util.Set.of("MYR", "SGD", Currencies.LOCAL_YUAN);
    /** Characters after 仙 that make it a word, not a cent: 仙人, 仙境, 仙女. */
    private static final String NOT_AFTER_CENT = "人女境侠俠丹草鹤鶴子界山";

    /** The value in yuan and where the sub-units end. */
    record Reading(BigDecimal value, int end) {
    }

    private SubUnits() {
    }

    /** Whether a cents word {@code 仙} stands at {@code at} (and starts no word like 仙人). */
    static boolean isCentsWord(CharSequence text, int at) {
        return at < text.length() && text.charAt(at) == '仙'
                && (at + 1 >= text.length() || NOT_AFTER_CENT.indexOf(text.charAt(at + 1)) < 0);
    }

    /** One or two Arabic digits and 仙 at {@code at} ({@code 50仙}): their value in whole units. */
    static Optional<Reading> cents(CharSequence text, int at) {
        int k = at;
        while (k < text.length() && k - at < 2 && CharClass.isArabicDigit(text.charAt(k))) {
            k++;
        }
        if (k == at || !isCentsWord(text, k)) {
            return Optional.empty();
        }
        int value = 0;
        for (int i = at; i < k; i++) {
            value = value * 10 + Character.digit(text.charAt(i), 10);
        }
        return Optional.of(new Reading(BigDecimal.valueOf(value).movePointLeft(2), k + 1));
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

    /** Numeral characters a spoken jiao digit must not run into: a longer figure or a unit follows. */
    private static final String FIGURE_GOES_ON = "十百千万亿萬億拾佰仟点點.%个個块塊毛角分成倍";

    /** Han characters that may follow a spoken jiao: 钱, particles and adverbs (两块五的, 三块五左右). */
    private static final String SPOKEN_AFTER = "钱錢的了吧啊呢就都也还還左上";

    /**
     * The spoken jiao after 块 ({@code 三块五} is 3.5 yuan, {@code 两块八一斤}): one digit 1-9 at
     * {@code at} that is followed by no Han character but 钱, a particle or an adverb (a 一 may follow when a word comes after
     * it: {@code 五一串}); its value in yuan.
     */
    static Optional<Reading> spokenJiao(CharSequence text, int at) {
        int n = text.length();
        int d = at < n ? NumeralChars.digit(text.charAt(at)) : -1;
        if (d < 1 || d > 9) {
            return Optional.empty();
        }
        int k = at + 1;
        if (k < n && text.charAt(k) == '一' && k + 1 < n && CharClass.isHan(text.charAt(k + 1))
                && NumeralChars.digit(text.charAt(k + 1)) < 0 && FIGURE_GOES_ON.indexOf(text.charAt(k + 1)) < 0) {
            return Optional.of(new Reading(BigDecimal.valueOf(d).movePointLeft(1), k)); // 三块五一串
        }
        if (k < n && (CharClass.isHan(text.charAt(k)) ? SPOKEN_AFTER.indexOf(text.charAt(k)) < 0
                : CharClass.isArabicDigit(text.charAt(k)) || FIGURE_GOES_ON.indexOf(text.charAt(k)) >= 0)) {
            return Optional.empty(); // 三块五寸, 三块五六: a unit or another figure follows
        }
        return Optional.of(new Reading(BigDecimal.valueOf(d).movePointLeft(1), k));
    }
}
