package org.zhnews.core.number;

import java.math.BigDecimal;

/** Character classes of numbers as Chinese news writes them. Stateless. */
final class Numerals {

    static final BigDecimal TEN = BigDecimal.TEN;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    static final BigDecimal ZHAO = BigDecimal.valueOf(1_000_000_000_000L);

    private Numerals() {
    }

    /** The value 0..9 of a digit (ASCII, full-width, Chinese, financial), or -1. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        switch (c) {
            case '零', '〇', '○':
                return 0;
            case '一', '壹', '弌':
                return 1;
            case '二', '贰', '貳', '两', '兩', '倆', '弍':
                return 2;
            case '三', '叁', '參', '弎':
                return 3;
            case '四', '肆':
                return 4;
            case '五', '伍':
                return 5;
            case '六', '陆', '陸':
                return 6;
            case '七', '柒':
                return 7;
            case '八', '捌':
                return 8;
            case '九', '玖':
                return 9;
            default:
                return -1;
        }
    }

    /** True for an ASCII or full-width Arabic digit. */
    static boolean isArabic(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** The value of a unit below 万 (十, 百, 千 and their financial forms), or null. */
    static BigDecimal smallUnit(char c) {
        switch (c) {
            case '十', '拾':
                return TEN;
            case '百', '佰':
                return HUNDRED;
            case '千', '仟':
                return THOUSAND;
            default:
                return null;
        }
    }

    /** The value of a unit from 万 up (万, 亿, 兆), or null. 兆 is read as 10^12. */
    static BigDecimal bigUnit(char c) {
        switch (c) {
            case '万', '萬':
                return WAN;
            case '亿', '億':
                return YI;
            case '兆':
                return ZHAO;
            default:
                return null;
        }
    }

    /** The value of a one-character tens word (廿 20, 卅 30, 卌 40), or null. */
    static BigDecimal tens(char c) {
        switch (c) {
            case '廿':
                return BigDecimal.valueOf(20);
            case '卅':
                return BigDecimal.valueOf(30);
            case '卌':
                return BigDecimal.valueOf(40);
            default:
                return null;
        }
    }

    /** True for a financial numeral (壹, 肆, 拾...): alone it is usually part of a word (收拾, 入伍). */
    static boolean isFinancial(char c) {
        return "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟".indexOf(c) >= 0;
    }

    static boolean isUnit(char c) {
        return smallUnit(c) != null || bigUnit(c) != null;
    }

    static boolean isDecimalPoint(char c) {
        return c == '.' || c == '．' || c == '点' || c == '點';
    }
}
