package org.zhnews.text.number;

import java.math.BigDecimal;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.chars.NumeralChars;

/**
 * The numeral classes of {@link NumeralChars} as the number grammar computes with them: unit
 * values as {@link BigDecimal} constants. Stateless.
 */
final class Numerals {

    static final BigDecimal TEN = BigDecimal.TEN;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    static final BigDecimal ZHAO = BigDecimal.valueOf(1_000_000_000_000L);

    /** Unit value by power of ten (null where no unit has that power). */
    private static final BigDecimal[] UNITS = {
        null, TEN, HUNDRED, THOUSAND, WAN, null, null, null, YI, null, null, null, ZHAO};

    private Numerals() {
    }

    /** The value 0..9 of a digit (ASCII, full-width, Chinese, financial), or -1. */
    static int digit(char c) {
        return NumeralChars.digit(c);
    }

    /** True for an ASCII or full-width Arabic digit. */
    static boolean isArabic(char c) {
        return CharClass.isArabicDigit(c);
    }

    /** The value of a unit below 万 (十, 百, 千 and their financial forms), or null. */
    static BigDecimal smallUnit(char c) {
        return NumeralChars.isSmallUnit(c) ? UNITS[NumeralChars.unitPower(c)] : null;
    }

    /** The value of a unit from 万 up (万, 亿, 兆), or null. 兆 is read as 10^12. */
    static BigDecimal bigUnit(char c) {
        return NumeralChars.isBigUnit(c) ? UNITS[NumeralChars.unitPower(c)] : null;
    }

    /** The value of a one-character tens word (廿 20, 卅 30, 卌 40), or null. */
    static BigDecimal tens(char c) {
        int t = NumeralChars.tens(c);
        return t == 0 ? null : BigDecimal.valueOf(t);
    }

    /** True for a financial numeral (壹, 肆, 拾...): alone it is usually part of a word (收拾, 入伍). */
    static boolean isFinancial(char c) {
        return NumeralChars.isFinancial(c);
    }

    static boolean isUnit(char c) {
        return NumeralChars.isUnit(c);
    }

    /** True for a character that may start a number: a digit in any form or a unit. */
    static boolean startsNumber(char c) {
        return digit(c) >= 0 || isUnit(c);
    }
}
