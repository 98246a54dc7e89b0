package org.zhnews.extract.company;

/**
 * A Latin name in brackets right after a Chinese one ({@code 亚航（AirAsia）},
 * {@code 某某投资机构（MDV）}): the bracket group a list item or a slot item carries, which ends
 * neither the list nor the item's name. Stateless.
 */
final class LatinBrackets {

    private static final int MAX_INSIDE = 40;
    /** Techs and financial measures written in brackets after a Chinese term, never a name there. */
    private static final java.util.Set<String> ACRONYMS_OF_TECH = java.util.Set.of("AI", "AIGC", "AGI", "LLM", "GPU", "CPU",
            "NPU", "EV", "IoT", "SaaS", "API", "IPO", "ESG", "ETF", "OS", "App", "APP", "VR", "AR", "XR", "ADAS",
            "GMV", "ARR", "MAU", "DAU", "EPS", "ROE", "NIM", "EBITDA", "CAGR");

    private LatinBrackets() {
    }

    /**
     * The end (after the closing bracket) of a bracket group at {@code at} holding a Latin name
     * (a capital first, then letters, digits, spaces, {@code & . ' -}; not {@code （AI）}), or -1.
     */
    static int groupEnd(String text, int at) {
        if (at + 2 >= text.length() || text.charAt(at) != '（' && text.charAt(at) != '(') {
            return -1;
        }
        char first = text.charAt(at + 1);
        if (!(first >= 'A' && first <= 'Z')) {
            return -1; // （2024）, （01024）: a year or a code
        }
        for (int p = at + 1; p < text.length() && p - at <= MAX_INSIDE; p++) {
            char c = text.charAt(p);
            if (c == '）' || c == ')') {
                return text.charAt(p - 1) == ' ' || p - at < 3 || ACRONYMS_OF_TECH.contains(text.substring(at + 1, p)) ? -1 : p + 1;
            }
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || " &.'-".indexOf(c) >= 0)) {
                return -1;
            }
        }
        return -1;
    }

    /** The start of a bracket group ending at {@code end} (its closing bracket at {@code end - 1}), or -1. */
    static int groupStart(String text, int from, int end) {
        if (end - 1 <= from || text.charAt(end - 1) != '）' && text.charAt(end - 1) != ')') {
            return -1;
        }
        for (int p = end - 2; p >= from && end - p <= MAX_INSIDE + 1; p--) {
            char c = text.charAt(p);
            if (c == '（' || c == '(') {
                return groupEnd(text, p) == end ? p : -1;
            }
        }
        return -1;
    }

    /**
     * Where the Latin bracket group ending right before {@code end} opens ({@code （Yechen Digital）}
     * before a verb), or {@code end} when none ends there.
     */
    static int groupStartBefore(String text, int end) {
        if (end < 1 || text.charAt(end - 1) != '）' && text.charAt(end - 1) != ')') {
            return end;
        }
        for (int p = end - 2; p >= 0 && end - p <= MAX_INSIDE; p--) {
            char c = text.charAt(p);
            if (c == '（' || c == '(') {
                return groupEnd(text, p) == end ? p : end;
            }
        }
        return end;
    }

    /** How many words the Latin bracket group at {@code at} holds ({@code （Yechen Digital）}: 2), 0 when none stands there. */
    static int wordsIn(String text, int at) {
        int end = groupEnd(text, at);
        return end < 0 ? 0 : text.substring(at + 1, end - 1).strip().split(" +").length;
    }

    /** Whether {@code latin} is a tech term or a financial measure written in brackets ({@code GMV}, {@code AI}), never a name. */
    static boolean isTermAcronym(String latin) {
        return ACRONYMS_OF_TECH.contains(latin);
    }
}
