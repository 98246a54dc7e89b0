package org.zhnews.extract.company;

import org.zhnews.extract.company.OpenCues.Kind;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.match.PrefixTrie;
import org.zhnews.text.sentence.SentenceMarks;

/**
 * Where a name the knowledge base lacks starts and ends, without a segmenter, and whether a span
 * looks like a name: the edge is punctuation, a clause end or a word of kind {@code boundary}
 * ({@code 由}, {@code 获得}, {@code 的}); a name holds Han characters, Latin letters and digits,
 * starts with no digit, is not covered by generic words ({@code 产业}, {@code 国有}) and holds no
 * boundary word. Immutable and thread-safe; offsets are UTF-16 offsets into the text given.
 */
final class NameShape {

    /** Longest core (the name before its ending) looked back over. */
    static final int MAX_CORE = 10;
    /** Longest name item of a slot or a list. */
    static final int MAX_ITEM = 16;
    /** Common single-character surnames: a short item starting with one is read as a person. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶"
            + "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范石廖贾夏韦付白邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃戴莫孔汤";

    private final OpenCues cues;

    NameShape(OpenCues cues) {
        this.cues = cues;
    }

    /** Whether {@code c} may stand inside a name. */
    static boolean isNameChar(char c) {
        return CharClass.isHan(c) || CharClass.isAsciiAlnum(c) || c == '·';
    }

    /**
     * The start of the name that ends at {@code end}: walking left from {@code end} over name
     * characters until a boundary word or a descriptor ends ({@code 厂} after a core of two
     * characters), punctuation stands, or {@code floor} is reached;
     * -1 when no edge is found within {@code max} characters (no clear name).
     */
    int leftEdge(String text, int end, int floor, int max) {
        int p = end;
        while (p > floor) {
            int cut = isNameChar(text.charAt(p - 1)) ? cutAt(text, p) : -1;
            if (cut >= 0) {
                return Math.min(cut, end);
            }
            if (!isNameChar(text.charAt(p - 1))
                    || (p < end && cues.endingAt(Kind.DESCRIPTOR, text, p) >= 2)
                    || (end - p >= 2 && text.charAt(p - 1) == MAKER && p >= 2 && text.charAt(p - 2) != '大'
                    && NOT_AFTER_MAKER.indexOf(text.charAt(p)) < 0)) {
                return p;
            }
            p--;
            if (end - p > max) {
                return -1;
            }
        }
        return p;
    }

    /**
     * Where a name starts when a boundary word ends at {@code p}: at {@code p}, or after the
     * word a one-character boundary word opens ({@code 日} of {@code 日本SBI控股}: after
     * {@code 日本}); -1 when no boundary word ends there or it ends a place name
     * ({@code 都} of {@code 成都}) or a name word ({@code 都} of {@code 都市}, {@code 在} of {@code 在线}).
     */
    int cutAt(String text, int p) {
        int boundary = cues.endingAt(Kind.BOUNDARY, text, p);
        if (boundary == 0 || cues.endingAt(Kind.PLACE, text, p) > boundary || inNameWord(text, p - boundary, p)
                || secondCharacter(text, p, boundary)) {
            return -1;
        }
        int word = boundary == 1 ? cues.at(Kind.GENERIC, text, p - 1) : 0;
        return word > 1 ? p - 1 + word : p;
    }

    /**
     * Whether the boundary word ending at {@code p} is a lone {@code 和}, {@code 达}, {@code 元} or
     * {@code 同} that is the second character of a name ({@code 瑄和智能}, {@code 协和},
     * {@code 骞达智能}, {@code 北京珺和智能科技有限公司}): one name character before it, which no
     * other name character precedes but a boundary word, a descriptor or the place a legal name
     * opens with (so {@code 腾讯和智谱}, {@code 营收达} and {@code ，也和智谱} are still cut).
     */
    private boolean secondCharacter(String text, int p, int boundary) {
        if (boundary != 1 || SECOND_CHARACTERS.indexOf(text.charAt(p - 1)) < 0 || p < 2) {
            return false;
        }
        int first = p - 2;
        if (!CharClass.isHan(text.charAt(first)) || cues.at(Kind.BOUNDARY, text, first) > 0) {
            return false;
        }
        return first == 0 || !isNameChar(text.charAt(first - 1)) || cues.endingAt(Kind.DESCRIPTOR, text, first) > 0
                || cues.endingAt(Kind.BOUNDARY, text, first) > 0 || cues.endingAt(Kind.PLACE, text, first) > 0;
    }

    /**
     * Whether name words cover the boundary word {@code [from, to)} at both ends ({@code 在} of
     * {@code 首都在线}, {@code 联合} of {@code 联合证券}): it cuts nothing there.
     */
    private boolean inNameWord(String text, int from, int to) {
        return cues.inNameWord(text, from) && cues.inNameWord(text, to - 1);
    }

    /** One-character boundary words that are also the second character of brand names (协和, 宏达, 启元, 大同). */
    private static final String SECOND_CHARACTERS = "和达元同";

    /** The one-character maker noun that ends a name on its left ({@code 散热模组厂冠冷科技}). */
    private static final char MAKER = '厂';
    /** Characters after 厂 that start no name (大厂们, 厂的): the maker noun is a plain word there. */
    private static final String NOT_AFTER_MAKER = "们的了在是和与及也都将已";

    /**
     * The end of the name that starts at {@code start}: walking right until a boundary word
     * starts or punctuation stands; -1 when none within {@code max} characters.
     */
    int rightEdge(String text, int start, int max) {
        int p = start;
        int n = text.length();
        while (p < n) {
            int boundary = p > start ? cues.at(Kind.BOUNDARY, text, p) : 0;
            if (!isNameChar(text.charAt(p)) || boundary > 0 && !(boundary == 1
                    && (cues.inNameWord(text, p) || p == start + 1 && secondCharacter(text, p + 1, 1)))) {
                return p;
            }
            p++;
            if (p - start > max) {
                return -1;
            }
        }
        return p;
    }

    /**
     * Whether {@code text[start, end)} looks like a name: 2 to {@code max} characters of name
     * characters with at least two letters, no leading digit, no boundary word inside, not all
     * generic words, not ending in a word that names no company ({@code 政府}, {@code 大学}).
     */
    /**
     * The left edge of a full legal name that holds a one-character boundary word
     * ({@code 北京启元智算科技有限公司}, {@code 无锡明察…}): scanning left past such words, the name
     * must start right after a noun that introduces one ({@code 大模型公司}, {@code 企业}); -1
     * when a mark, a longer boundary word, the clause start or the length limit comes first.
     */
    int wideLeftEdge(String text, int end, int floor, int max) {
        int p = end;
        while (p > floor) {
            if (p < end && cues.endingAt(Kind.DESCRIPTOR, text, p) >= 2) {
                return p;
            }
            if (!isNameChar(text.charAt(p - 1)) || cues.endingAt(Kind.BOUNDARY, text, p) > 1) {
                return -1;
            }
            p--;
            if (end - p > max) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The left edge of a full legal name that opens with a place name ({@code 深圳析因智药科技…}:
     * the boundary word 因 stopped the plain edge): scanning left from {@code end}, the nearest
     * place name with a clear edge on its left (a mark, a boundary word, the text start) and at
     * least two characters after it; -1 when a mark, a longer boundary word or a function word
     * ({@code 的}, {@code 在}) comes first, or none is found within {@code max} characters and a
     * place.
     */
    int placeLeftEdge(String text, int end, int floor, int max) {
        int lowest = Math.max(floor, end - max - MAX_PLACE);
        for (int p = end - 1; p >= lowest; p--) {
            char c = text.charAt(p);
            if (!isNameChar(c)) {
                return -1;
            }
            int place = cues.at(Kind.PLACE, text, p);
            if (place > 0 && end - p - place >= 2
                    && (p == 0 || !isNameChar(text.charAt(p - 1)) || cues.endingAt(Kind.BOUNDARY, text, p) > 0)) {
                return p;
            }
            int boundary = cues.endingAt(Kind.BOUNDARY, text, p + 1);
            boolean inPlace = cues.endingAt(Kind.PLACE, text, p + 1) > boundary;
            if (!inPlace && (boundary > 1 || boundary == 1 && FUNCTION_CHARS.indexOf(c) >= 0)) {
                return -1;
            }
        }
        return -1;
    }

    /** Longest place name looked back over by {@link #placeLeftEdge} ({@code 宁波梅山保税港区}). */
    static final int MAX_PLACE = 8;
    /** One-character boundary words that stand in no name: a legal name does not run over them. */
    static final String FUNCTION_CHARS = "的了和与及在是把被将对向从或并也已于为都均";

    boolean nameLike(String text, int start, int end, int max) {
        return nameLikeButGeneric(text, start, end, max) && !generic(text, start, end);
    }

    /**
     * {@link #nameLike} for a name between quotes, whose marks are its edges: a boundary word
     * inside it ({@code 元} of {@code 元起生物}, {@code 力元动力}) does not cut it.
     */
    boolean quotedNameLike(String text, int start, int end, int max) {
        return shaped(text, start, end, max, false) && !generic(text, start, end);
    }

    /** {@link #nameLike} without the test for generic words. */
    boolean nameLikeButGeneric(String text, int start, int end, int max) {
        return shaped(text, start, end, max, true);
    }

    /**
     * Two to {@code max} name characters, not starting with a digit, with two letters or more and
     * no ending that closes no company name; with {@code boundariesCut}, also no boundary word
     * inside it nor at its start (a quoted name's marks are its edges, so it is read whole).
     */
    private boolean shaped(String text, int start, int end, int max, boolean boundariesCut) {
        int len = end - start;
        if (len < 2 || len > max || Character.isDigit(text.charAt(start))) {
            return false;
        }
        int letters = 0;
        int ending = cues.endingBefore(text, end);
        int wordsEnd = ending < len ? end - ending : end; // a boundary word may end the name's ending (X投资)
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!isNameChar(c)) {
                return false;
            }
            if (!Character.isDigit(c)) {
                letters++;
            }
            int boundary = boundariesCut && i > start && i < wordsEnd ? cues.endingAt(Kind.BOUNDARY, text, i + 1) : 0;
            if (boundary > 0 && i + 1 - boundary >= start && cues.endingAt(Kind.PLACE, text, i + 1) <= boundary
                    && !inNameWord(text, i + 1 - boundary, i + 1) && !secondCharacter(text, i + 1, boundary)) {
                return false;
            }
        }
        if (boundariesCut && cues.at(Kind.BOUNDARY, text, start) > 0 && cues.at(Kind.BOUNDARY, text, start) <= len) {
            return false;
        }
        return letters >= 2 && cues.endingAt(Kind.NOT_COMPANY_END, text, end) == 0;
    }

    /**
     * Whether the {@code 投资} at {@code p} is a verb after the name before it, not the end of a
     * longer name: a plain {@code 投资} (not {@code 投资管理}, {@code 投资基金}) that no legal form,
     * group, investor or business word and no {@code 公司} follows ({@code 获X资本投资，},
     * {@code X创投投资新台币4亿元}; but {@code X资本投资有限公司}).
     */
    boolean investVerbAt(String text, int p) {
        if (!text.startsWith(INVEST, p) || cues.at(Kind.INVESTOR, text, p) != INVEST.length()
                || cues.at(Kind.STRONG, text, p) > INVEST.length()) {
            return false;
        }
        int q = p + INVEST.length();
        return !text.startsWith("公司", q) && cues.at(Kind.LEGAL, text, q) == 0 && cues.at(Kind.GROUP, text, q) == 0
                && cues.at(Kind.INVESTOR, text, q) == 0 && cues.at(Kind.INDUSTRY, text, q) == 0;
    }

    /**
     * The end of {@code [start, end)} without a trailing verb {@code 投资} after an investor word
     * ({@code 玉山创投投资} -> {@code 玉山创投}, {@code 启港资本投资} -> {@code 启港资本}); {@code end}
     * when there is none or too little name would be left.
     */
    int withoutInvestVerb(String text, int start, int end) {
        int p = end - INVEST.length();
        return p - start >= 3 && investVerbAt(text, p) && cues.endingAt(Kind.INVESTOR, text, p) > 0 ? p : end;
    }

    private static final String INVEST = "投资";

    /** A numeral and a measure word: a count, never a name ({@code 三名}, {@code 一位}, {@code 两家}). */
    private static final java.util.regex.Pattern COUNT =
            java.util.regex.Pattern.compile("[一二三四五六七八九十两几数百千0-9]{1,4}[名位家个個些款种種项項只隻]");

    /** Whether a short item without a company ending reads as a person's name (张三, 王小明). */
    static boolean personLike(String text, int start, int end) {
        int len = end - start;
        return len >= 2 && len <= 3 && SURNAMES.indexOf(text.charAt(start)) >= 0;
    }

    /**
     * Whether generic and stop words cover the whole span ({@code 国有}, {@code 产业}, {@code 社会}),
     * or the span is a count of people or things (a numeral and a measure word: {@code 三名}, {@code 一位}).
     */
    boolean generic(String text, int start, int end) {
        if (COUNT.matcher(text).region(start, end).matches()) {
            return true;
        }
        int len = end - start;
        boolean[] covered = new boolean[len + 1];
        covered[0] = true;
        String span = text.substring(start, end);
        for (int i = 1; i <= len; i++) {
            for (PrefixTrie.Hit<Boolean> h : cues.allEndingAt(Kind.GENERIC, span, i)) {
                if (covered[h.start()]) {
                    covered[i] = true;
                    break;
                }
            }
        }
        return covered[len];
    }

    /** The start of the clause holding {@code pos}, looking back at most {@code max} characters. */
    static int clauseStart(String text, int pos, int max) {
        int floor = Math.max(0, pos - max);
        for (int i = pos - 1; i >= floor; i--) {
            char c = text.charAt(i);
            if (endsClause(c)) {
                return i + 1;
            }
        }
        return floor;
    }

    /** A clause mark but the list comma {@code 、}, which stands inside a list of names. */
    static boolean endsClause(char c) {
        return SentenceMarks.isClauseEnd(c) && c != '、';
    }

    /** The end of the clause holding {@code pos}, looking ahead at most {@code max} characters. */
    static int clauseEnd(String text, int pos, int max) {
        int ceiling = Math.min(text.length(), pos + max);
        for (int i = pos; i < ceiling; i++) {
            char c = text.charAt(i);
            if (endsClause(c)) {
                return i;
            }
        }
        return ceiling;
    }
}
