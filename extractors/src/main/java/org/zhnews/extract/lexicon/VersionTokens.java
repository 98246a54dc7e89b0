package org.zhnews.extract.lexicon;

import org.zhnews.text.chars.CharClass;

import java.math.BigDecimal;

/**
 * The Latin tokens of a model's version and variant, one by one ({@link VersionGrammar} reads
 * them in sequence): number and letter versions, sizes and their parameter counts, variant words
 * no list holds. Stateless.
 */
final class VersionTokens {

    /** Longest open variant word read after a hyphen, in chars. */
    static final int MAX_OPEN_WORD = 12;

    private VersionTokens() {
    }

    /** A size counted in billions or trillions ({@code 7B}, {@code A22B}, {@code 8x7B}, {@code 1T}). */
    static boolean isBillions(String size) {
        char unit = Character.toUpperCase(size.charAt(size.length() - 1));
        return unit == 'B' || unit == 'T';
    }

    /**
     * A variant word no list holds, read only after a hyphen: Latin letters only, two to
     * {@value #MAX_OPEN_WORD} of them, a capital first, then all small ({@code Zero}) or, up to
     * four letters, all capitals ({@code OSS}, {@code VLA}).
     */
    static boolean isOpenWord(String t) {
        int n = t.length();
        if (n < 2 || n > MAX_OPEN_WORD || !Character.isUpperCase(t.charAt(0)) || !CharClass.isAsciiLetter(t.charAt(0))) {
            return false;
        }
        boolean lower = true;
        boolean upper = true;
        for (int i = 1; i < n; i++) {
            char c = t.charAt(i);
            if (!CharClass.isAsciiLetter(c)) {
                return false;
            }
            lower &= Character.isLowerCase(c);
            upper &= Character.isUpperCase(c);
        }
        return lower || (upper && n <= 4);
    }

    /**
     * {@code 3}, {@code 2.5}, {@code 4.1}, {@code 4o}, {@code 4.5V}: at most three digits a part, a
     * trailing {@code o} or {@code V} (vision).
     */
    static boolean isNumberVersion(String t) {
        int end = t.endsWith("o") || t.endsWith("V") ? t.length() - 1 : t.length();
        return end > 0 && dottedNumber(t, 0, end, 3);
    }

    /**
     * {@code R1}, {@code V3}, {@code K2}, {@code X1}, {@code V2.5}: one letter, then a number; or
     * two such parts ({@code R1V3}); or two or three capitals, then a number ({@code VL2}).
     */
    static boolean isLetterVersion(String t) {
        if (t.length() < 2 || !CharClass.isAsciiLetter(t.charAt(0))) {
            return false;
        }
        if (dottedNumber(t, 1, t.length(), 3)) {
            return true;
        }
        int capitals = 0;
        while (capitals < t.length() && capitals < 4 && CharClass.isAsciiLetter(t.charAt(capitals))
                && Character.isUpperCase(t.charAt(capitals))) {
            capitals++;
        }
        if (capitals >= 2 && capitals <= 3 && dottedNumber(t, capitals, t.length(), 2)) {
            return true;
        }
        int second = 1;
        while (second < t.length() && !CharClass.isAsciiLetter(t.charAt(second))) {
            second++;
        }
        return second > 1 && second < t.length() - 1 && dottedNumber(t, 1, second, 3)
                && dottedNumber(t, second + 1, t.length(), 3);
    }

    /** {@code 7B}, {@code 1.5B}, {@code 70b}, {@code A22B}, {@code 8x7B}, {@code 500M}. */
    static boolean isSize(String t) {
        if (t.length() < 2) {
            return false;
        }
        char unit = Character.toUpperCase(t.charAt(t.length() - 1));
        if (unit != 'B' && unit != 'M' && unit != 'K' && unit != 'T') {
            return false;
        }
        String body = t.substring(0, t.length() - 1);
        if (body.startsWith("A") || body.startsWith("a")) {
            return unit == 'B' && dottedNumber(body, 1, body.length(), 4);
        }
        int x = Math.max(body.indexOf('x'), body.indexOf('X'));
        if (x > 0) {
            return allDigits(body, 0, x) && dottedNumber(body, x + 1, body.length(), 4);
        }
        return dottedNumber(body, 0, body.length(), 4);
    }

    static BigDecimal parameters(String size) {
        String body = size.substring(0, size.length() - 1);
        if (body.startsWith("A") || body.startsWith("a") || body.indexOf('x') >= 0 || body.indexOf('X') >= 0) {
            return null;
        }
        int exponent = switch (Character.toUpperCase(size.charAt(size.length() - 1))) {
            case 'T' -> 12;
            case 'B' -> 9;
            case 'M' -> 6;
            default -> 3;
        };
        return new BigDecimal(body).scaleByPowerOfTen(exponent).stripTrailingZeros();
    }

    /** Digits, single dots between digit runs, each run at most {@code maxRun} long. */
    static boolean dottedNumber(String t, int from, int to, int maxRun) {
        if (from >= to) {
            return false;
        }
        int run = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run > maxRun) {
                    return false;
                }
            } else if (c == '.' && run > 0 && i + 1 < to) {
                run = 0;
            } else {
                return false;
            }
        }
        return run > 0;
    }

    static boolean allDigits(String t, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** End of the Latin token at {@code from}: letters, digits, and dots between digits. */
    static int tokenEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (CharClass.isAsciiAlnum(c)) {
                i++;
            } else if (c == '.' && i > from && CharClass.isAsciiDigit(text.charAt(i - 1))
                    && i + 1 < text.length() && CharClass.isAsciiDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
