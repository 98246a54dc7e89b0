package org.zhnews.text.chars;

/**
 * The characters numbers are written with in Chinese text and their values: Arabic digits in
 * either width, Chinese digits ({@code 〇零一二…九}, {@code 两}, old forms {@code 弌弍弎}),
 * financial forms ({@code 壹贰叁肆伍陆柒捌玖拾佰仟} and their traditional forms), units
 * ({@code 十百千万亿兆}) and the tens words {@code 廿卅卌}. Traditional forms ({@code 兩萬億})
 * count like their simplified ones. Stateless and thread-safe.
 */
public final class NumeralChars {

    private static final String FINANCIAL = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟";

    /**
     * Per char: its digit value plus one in the low four bits (0: no digit), its unit's power of
     * ten in the high four bits (0: no unit). Filled once from the switches below, never written
     * again: the scanners ask of every character, and an array read beats a lookup switch.
     */
    private static final byte[] VALUES = values();

    private NumeralChars() {
    }

    private static byte[] values() {
        byte[] v = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int d = digitOf((char) c);
            int u = unitPowerOf((char) c);
            v[c] = (byte) ((d + 1) | u << 4);
        }
        return v;
    }

    /**
     * The value 0..9 of a digit in any form (Arabic, full-width, Chinese, financial), or -1.
     *
     * @param c a char
     * @return the digit's value, or -1 for a char that is no digit
     */
    public static int digit(char c) {
        return (VALUES[c] & 0x0F) - 1;
    }

    private static int digitOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return switch (c) {
            case '零', '〇', '○' -> 0;
            case '一', '壹', '弌' -> 1;
            case '二', '贰', '貳', '两', '兩', '倆', '弍' -> 2;
            case '三', '叁', '參', '弎' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆', '陸' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    /**
     * The power of ten of a unit ({@code 十} 1, {@code 百} 2, {@code 千} 3, {@code 万} 4,
     * {@code 亿} 8, {@code 兆} 12, with financial and traditional forms), or 0 for no unit.
     * {@code 兆} is read as 10^12, as Taiwan writes money.
     *
     * @param c a char
     * @return 1, 2, 3, 4, 8 or 12, or 0
     */
    public static int unitPower(char c) {
        return (VALUES[c] & 0xF0) >>> 4;
    }

    private static int unitPowerOf(char c) {
        return switch (c) {
            case '十', '拾' -> 1;
            case '百', '佰' -> 2;
            case '千', '仟' -> 3;
            case '万', '萬' -> 4;
            case '亿', '億' -> 8;
            case '兆' -> 12;
            default -> 0;
        };
    }

    /**
     * A unit ({@code 十百千万亿兆}, financial and traditional forms).
     *
     * @param c a char
     * @return whether {@code c} is one
     */
    public static boolean isUnit(char c) {
        return unitPower(c) != 0;
    }

    /**
     * Whether {@code text[from, to)} holds units only, no digit ({@code 百万}, {@code 千}): a bare
     * unit, such as the denominator of a rate ({@code 每百万4元}, {@code 按百万tokens计}).
     *
     * @param text the text
     * @param from first index
     * @param to   index after the last
     * @return whether every char of the range is a unit (true for an empty range)
     */
    public static boolean allUnits(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isUnit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A unit below 万 ({@code 十百千}, financial forms).
     *
     * @param c a char
     * @return whether {@code c} is one
     */
    public static boolean isSmallUnit(char c) {
        int p = unitPower(c);
        return p >= 1 && p <= 3;
    }

    /**
     * A unit from 万 up ({@code 万亿兆}, traditional forms).
     *
     * @param c a char
     * @return whether {@code c} is one
     */
    public static boolean isBigUnit(char c) {
        return unitPower(c) >= 4;
    }

    /**
     * The value of a one-character tens word: {@code 廿} 20, {@code 卅} 30, {@code 卌} 40; else 0.
     *
     * @param c a char
     * @return 20, 30 or 40, or 0
     */
    public static int tens(char c) {
        return switch (c) {
            case '廿' -> 20;
            case '卅' -> 30;
            case '卌' -> 40;
            default -> 0;
        };
    }

    /**
     * A financial numeral ({@code 壹…玖拾佰仟}): alone it is usually part of a word (收拾, 入伍, 大陆).
     *
     * @param c a char
     * @return whether {@code c} is one
     */
    public static boolean isFinancial(char c) {
        return FINANCIAL.indexOf(c) >= 0;
    }

    /**
     * A Chinese digit in its everyday form: {@code 〇○零一二三四五六七八九两兩倆弌弍弎}.
     *
     * @param c a char
     * @return whether {@code c} is one
     */
    public static boolean isChineseDigit(char c) {
        return digit(c) >= 0 && !CharClass.isArabicDigit(c) && !isFinancial(c);
    }

    /**
     * A Chinese numeral in its everyday form: a {@linkplain #isChineseDigit Chinese digit} or a
     * unit other than the financial ones ({@code 十百千万亿兆萬億}).
     *
     * @param c a char
     * @return whether {@code c} is one
     */
    public static boolean isChineseNumeral(char c) {
        return isChineseDigit(c) || isUnit(c) && !isFinancial(c);
    }
}
