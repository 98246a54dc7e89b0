package org.zhnews.extract.company;

import org.zhnews.extract.company.OpenCues.Kind;
import org.zhnews.text.chars.CharClass;

/**
 * Where a list of names puts its items' edges ({@code 甲、乙以及丙}, {@code 甲与乙各持有…}), and
 * the Latin names a list item holds after a place or a line of business ({@code 印尼的Gojek},
 * {@code 瑞典电信Telia}). Stateless.
 */
final class ListItems {

    /** Longest Latin name looked at: four words. */
    private static final int MAX_LATIN_WORDS = 4;
    /** Longest run of Han characters before a Latin name in one item ({@code 瑞典电信}). */
    private static final int MAX_HAN_BEFORE = 6;

    /** Longest place before {@code 的} in an item ({@code 马来西亚的}). */
    private static final int MAX_PLACE = 4;

    private ListItems() {
    }

    /** Whether a list separator ends at {@code s}: {@code 、 和 及 与}, or {@code 以及}. */
    static boolean separatorBefore(String text, int s) {
        if (s <= 0) {
            return false;
        }
        char c = text.charAt(s - 1);
        return c == '、' || c == '和' || c == '及' || c == '与';
    }

    /**
     * Whether a list item may end at {@code e}: a separator, {@code 等}, {@code 的}, {@code 各}
     * ({@code 甲与乙各持有}), an adverb that opens the predicate ({@code 也}, {@code 亦}, {@code 则},
     * {@code 还}, {@code 将}, {@code 已}: {@code …Do Ventures也有份}), {@code 分别}, punctuation, a
     * character that stands in no name, or the text end.
     */
    /** Single characters after which a list item may end: separators, 等, 的, 均, 都, 各 and predicate adverbs. */
    private static final String ITEM_ENDS = "、和及与等的均都各也亦则还将已";

    static boolean end(String text, int e) {
        if (e >= text.length()) {
            return true;
        }
        char c = text.charAt(e);
        return ITEM_ENDS.indexOf(c) >= 0 || text.startsWith("以及", e) || text.startsWith("分别", e)
                || NameShape.endsClause(c) || !NameShape.isNameChar(c);
    }

    /** Whether {@code [s, e)} stands as a whole item of a list: a separator before it, an item end after it. */
    static boolean whole(String text, int s, int e) {
        return separatorBefore(text, s) && end(text, e) && !(e < text.length() && text.charAt(e) == '的');
    }

    /**
     * The Latin name {@code [start, end)} of the list item at {@code s}, or null: the item may
     * open with a place, with or without {@code 的} ({@code 印尼的}, {@code 美国Acrew Capital}), or with up to six Han characters ending in
     * a name ending or a descriptor ({@code 瑞典电信}, {@code 电商平台}); the name is one to four
     * capitalised words, holding a lower-case letter when it is one word ({@code Gojek}, not
     * {@code AI}), and the item ends after it.
     */
    static int[] latinName(String text, int s, OpenCues cues) {
        int p = s;
        int place = cues.at(Kind.PLACE, text, p);
        int of = p + 2;
        while (of < text.length() && of <= p + MAX_PLACE && text.charAt(of) != '的') {
            of++;
        }
        int country = Math.max(place, cues.at(Kind.GENERIC, text, p)); // a city, or a country (generic words)
        if (place > 0 && text.startsWith("的", p + place)) {
            p += place + 1;
        } else if (upperAfterWord(text, p, country)) {
            p += country; // 美国Acrew Capital: a place or a country right before the name
        } else if (of >= p + 2 && of <= p + MAX_PLACE && CharClass.allHan(text, p, of)) {
            p = of + 1; // 印尼的Gojek: a country before the name
        } else {
            int han = p;
            while (han < text.length() && han - p < MAX_HAN_BEFORE && CharClass.isHan(text.charAt(han))) {
                han++;
            }
            if (han > p && (han - p < 2 || cues.endingBefore(text, han) == 0 && cues.endingAt(Kind.DESCRIPTOR, text, han) == 0)) {
                return null;
            }
            p = han;
        }
        int end = latinRunEnd(text, p);
        return end > p && end(text, end) ? new int[] {p, end} : null;
    }

    /** Whether a word of {@code length} chars at {@code p} is followed by a capital Latin letter. */
    private static boolean upperAfterWord(String text, int p, int length) {
        return length > 0 && p + length < text.length() && text.charAt(p + length) >= 'A' && text.charAt(p + length) <= 'Z';
    }

    /** The end of a run of capitalised Latin words at {@code p} (one word needs a lower-case letter), or -1. */
    static int latinRunEnd(String text, int p) {
        int q = p;
        int words = 0;
        boolean lower = false;
        while (q < text.length() && words < MAX_LATIN_WORDS && text.charAt(q) >= 'A' && text.charAt(q) <= 'Z') {
            while (q < text.length() && (CharClass.isAsciiAlnum(text.charAt(q)) || "&'-".indexOf(text.charAt(q)) >= 0)) {
                lower |= text.charAt(q) >= 'a' && text.charAt(q) <= 'z';
                q++;
            }
            words++;
            if (q + 1 < text.length() && text.charAt(q) == ' ' && text.charAt(q + 1) >= 'A' && text.charAt(q + 1) <= 'Z') {
                q++;
            } else {
                break;
            }
        }
        if (words == 0 || words == 1 && !lower || q < text.length() && CharClass.isAsciiAlnum(text.charAt(q))) {
            return -1;
        }
        return q;
    }
}
