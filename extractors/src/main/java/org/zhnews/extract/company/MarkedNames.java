package org.zhnews.extract.company;

import java.util.List;
import org.zhnews.extract.company.OpenCues.Kind;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.match.WordsAt;

/**
 * Names the text itself marks as names: a quoted name after a noun that introduces one
 * ({@code AI芯片新创「耀矽科技」}, {@code 设计公司“芯跃微电子”}) or before a deal verb in a sentence
 * about investing ({@code 「元起生物」完成…融资}), a short name the text declares
 * ({@code 以下简称“云眸科技”}), a name before a stock code in brackets ({@code 精链电子-KY(6961)},
 * {@code 某某科技(688001.SH)}), and a Chinese name in brackets beside a Latin company name
 * ({@code Lumina Robotics(丽明机械人)}, {@code 星澜资本(Northwind Capital)}), and a Latin name right
 * after such a noun ({@code 整合厂Rackwerk GmbH}), or a Chinese name after such a noun with its
 * English name in brackets ({@code 开发商路衡科技(RouteWise)}). Immutable and thread-safe; offsets are UTF-16 offsets
 * into the text given.
 */
final class MarkedNames {

    private static final int MAX_QUOTED = 14;
    private static final int MAX_LATIN_WORDS = 4;
    /** Verbs after a quoted name that make it the subject of a deal ({@code 「元起生物」完成…融资}). */
    private static final List<String> DEAL_VERBS = List.of("完成", "获得", "获", "宣布", "已完成", "近日完成", "正式");
    private static final int MAX_GLOSS = 40;
    /** What follows a Latin name that makes it a model or product: a version or a model word. */
    private static final java.util.regex.Pattern VERSION_OR_MODEL =
            java.util.regex.Pattern.compile("\\s*[0-9]|\\s*-[0-9A-Za-z]|\\s*(大模型|模型|系列|平台)");
    private static final String OPENING_QUOTES = "“「『‘\"";
    private static final String CLOSING_QUOTES = "”」』’\"";

    private final OpenCues cues;
    private final NameShape shape;

    MarkedNames(OpenCues cues, NameShape shape) {
        this.cues = cues;
        this.shape = shape;
    }

    /**
     * Adds the quoted, declared and stock-coded names of {@code text} to {@code out}; a quoted
     * deal subject counts in a sentence about {@code investing} only.
     */
    void find(String text, InvestingSentences investing, List<CompanyCandidate> out) {
        int n = text.length();
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            int quote = OPENING_QUOTES.indexOf(c);
            if (quote >= 0) {
                quoted(text, i, CLOSING_QUOTES.charAt(quote), investing, out);
            } else if (isOpening(c)) {
                stockCoded(text, i, out);
                glossed(text, i, out);
            } else if (c >= 'A' && c <= 'Z' && CharClass.isHan(text.charAt(i - 1))) {
                latinAfterDescriptor(text, i, out);
            }
        }
    }

    private void quoted(String text, int open, char closing, InvestingSentences investing,
                        List<CompanyCandidate> out) {
        int limit = Math.min(text.length(), open + MAX_QUOTED + 2);
        int close = open + 1;
        while (close < limit && text.charAt(close) != closing) {
            close++; // bounded: a run of opening quotes must not make this quadratic
        }
        if (close >= limit) {
            return;
        }
        int descriptor = cues.endingAt(Kind.DESCRIPTOR, text, open);
        boolean introduced = descriptor > 0 && !productClause(text, open - descriptor);
        boolean declared = text.startsWith("简称", open - 2) || text.startsWith("下称", open - 2);
        int after = close + 1;
        boolean dealSubject = WordsAt.startsWithAny(text, after, DEAL_VERBS) && investing.at(close);
        if ((introduced || declared || dealSubject) && shape.quotedNameLike(text, open + 1, close, MAX_QUOTED)
                && !NameShape.personLike(text, open + 1, close)) {
            out.add(new CompanyCandidate(open + 1, close, text.substring(open + 1, close),
                    introduced || dealSubject ? "quoted" : "declared"));
        }
    }

    /**
     * Whether the clause before a descriptor at {@code at} names a product ({@code 核心产品是…平台}):
     * the quoted name after it is then the product, not a company.
     */
    private boolean productClause(String text, int at) {
        int from = at;
        while (from > 0 && at - from < MAX_CLAUSE && CLAUSE_MARKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return cues.anyIn(Kind.PRODUCT_CLAUSE, text, from, at);
    }

    private static final String CLAUSE_MARKS = "，,。；;！？!?\n";
    /** Longest clause looked back over from a descriptor. */
    private static final int MAX_CLAUSE = 40;

    /**
     * A Latin name right after a noun that introduces one ({@code 德国机柜整合厂Rackwerk GmbH},
     * {@code 新创Lumio}): up to four capitalised words; a single word must hold a lower-case
     * letter ({@code 公司CEO} is a post, not a name) and no digit (a model or product number).
     */
    private void latinAfterDescriptor(String text, int start, List<CompanyCandidate> out) {
        if (cues.endingAt(Kind.DESCRIPTOR, text, start) == 0) {
            return;
        }
        int p = start;
        int words = 0;
        boolean lower = false;
        boolean digit = false;
        while (words < MAX_LATIN_WORDS && p < text.length() && Character.isUpperCase(text.charAt(p)) && text.charAt(p) < 0x80) {
            int w = p;
            while (p < text.length() && text.charAt(p) < 0x80 && (Character.isLetterOrDigit(text.charAt(p))
                    || text.charAt(p) == '&' || text.charAt(p) == '.' && p > w)) {
                lower |= Character.isLowerCase(text.charAt(p));
                digit |= Character.isDigit(text.charAt(p));
                p++;
            }
            words++;
            if (p + 1 < text.length() && text.charAt(p) == ' ' && Character.isUpperCase(text.charAt(p + 1))) {
                p++;
            } else {
                break;
            }
        }
        if (p < text.length() && text.charAt(p) < 0x80 && Character.isLetterOrDigit(text.charAt(p))) {
            return;
        }
        if (digit || words == 1 && !lower || VERSION_OR_MODEL.matcher(text.substring(p, Math.min(text.length(), p + 6))).lookingAt()) {
            return; // 公司Grok 3.5模型: a model or product with its version, not a company
        }
        String name = text.substring(start, p).strip();
        out.add(new CompanyCandidate(start, start + name.length(), name, "descriptor-latin"));
    }

    /**
     * A Chinese name and its English name in brackets: after a noun that introduces one
     * ({@code 物流软件开发商路衡科技(RouteWise)}, {@code 咨询公司麦田(Maitland)}), or ending in a
     * name ending itself ({@code 数码银行星汇银行（StarLink Bank）}, {@code 另外，云汇证券（Cloudway
     * Securities）}): both are the company's names. The English name is one to four capitalised
     * Latin words; a name read as a person's counts only beside a one-word English name (a person
     * has two).
     */
    private void glossed(String text, int open, List<CompanyCandidate> out) {
        int p = open + 1;
        if (p >= text.length() || !Character.isUpperCase(text.charAt(p)) || text.charAt(p) >= 0x80) {
            return;
        }
        int words = 1;
        while (p < text.length() && p - open <= MAX_GLOSS && (text.charAt(p) < 0x80 && text.charAt(p) != ')')) {
            if (text.charAt(p) == ' ') {
                words++;
            }
            p++;
        }
        if (p >= text.length() || !isClosing(text.charAt(p)) || words > MAX_LATIN_WORDS || p - open > MAX_GLOSS
                || LatinBrackets.isTermAcronym(text.substring(open + 1, p))) {
            return; // 商品交易总额（GMV）: a measure's abbreviation glosses no name
        }
        int floor = Math.max(0, open - NameShape.MAX_CORE - 4);
        for (int start = open - 2; start >= Math.max(floor, 1); start--) {
            if (cues.endingAt(Kind.DESCRIPTOR, text, start) > 0 && CharClass.isHan(text.charAt(start))
                    && (shape.nameLike(text, start, open, NameShape.MAX_CORE) || words == 1 && plainName(text, start, open))
                    && (words == 1 || !NameShape.personLike(text, start, open))) {
                out.add(new CompanyCandidate(start, open, text.substring(start, open), "glossed"));
                out.add(new CompanyCandidate(open + 1, p, text.substring(open + 1, p), "gloss"));
                return;
            }
        }
        int start = endedNameStart(text, open, institution(text.substring(open + 1, p)));
        if (start >= 0 && LatinBrackets.groupEnd(text, open) == p + 1) {
            out.add(new CompanyCandidate(start, open, text.substring(start, open), "glossed"));
            out.add(new CompanyCandidate(open + 1, p, text.substring(open + 1, p), "gloss"));
        }
    }

    /** Line-of-business endings that name licensed institutions, names on their own beside an English name. */
    private static final List<String> INSTITUTION_WORDS = List.of("银行", "证券", "保险", "电信");
    /** Last words of English names of institutions ({@code ZA Bank}, {@code Heliconia Capital}). */
    private static final java.util.Set<String> LATIN_INSTITUTIONS = java.util.Set.of("Bank", "Capital", "Ventures",
            "Securities", "Partners", "Group", "Holdings", "Insurance", "Investments", "Telecom");

    /** Whether an English name ends in a word of an institution ({@code Airstar Bank}). */
    private static boolean institution(String latin) {
        int space = latin.lastIndexOf(' ');
        return space > 0 && LATIN_INSTITUTIONS.contains(latin.substring(space + 1));
    }

    /**
     * Whether {@code [start, open)} is three to six Han characters with no function character and
     * not only generic words: a name a boundary word may open ({@code 任} of {@code 任仕达}) when
     * a descriptor and a one-word English name stand on its two sides.
     */
    private boolean plainName(String text, int start, int open) {
        if (open - start < 3 || open - start > 6 || shape.generic(text, start, open)) {
            return false;
        }
        for (int i = start; i < open; i++) {
            if (!CharClass.isHan(text.charAt(i)) || NameShape.FUNCTION_CHARS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The start of a Chinese name that ends at {@code end} in a name ending of an institution
     * ({@code 银行}, {@code 证券}, {@code 资本}, {@code 集团}; any name ending when the English name
     * beside it ends in one, {@code latinInstitution}) after a core of two Han characters or more that looks like a name:
     * the core starts at the plain left edge, or after an earlier ending ({@code 数码银行} of
     * {@code 数码银行星汇银行}); -1 when there is none.
     */
    private int endedNameStart(String text, int end, boolean latinInstitution) {
        int ending = cues.endingBefore(text, end);
        boolean institution = cues.endingAt(Kind.LEGAL, text, end) == ending || cues.endingAt(Kind.GROUP, text, end) == ending
                || cues.endingAt(Kind.INVESTOR, text, end) == ending
                || INSTITUTION_WORDS.stream().anyMatch(w -> w.length() == ending && text.startsWith(w, end - ending));
        if (ending == 0 || !institution && !latinInstitution || cues.endingAt(Kind.GENERIC, text, end) > ending) {
            return -1; // 人工智能（AI）, 区块链技术（Blockchain Technology）: terms
        }
        int core = end - ending;
        int floor = NameShape.clauseStart(text, core, NameShape.MAX_CORE + 1);
        int start = shape.leftEdge(text, core, floor, NameShape.MAX_CORE);
        for (int q = core - 2; start >= 0 && q > start + 1; q--) {
            if (cues.endingBefore(text, q) >= 2 || cues.endingAt(Kind.DESCRIPTOR, text, q) >= 2) {
                start = q; // 数码银行 | 星汇银行
                break;
            }
        }
        if (start < 0 || core - start < 2 || !CharClass.isHan(text.charAt(start))
                || !shape.nameLike(text, start, end, NameShape.MAX_CORE + ending) || shape.generic(text, start, core)
                || NameShape.personLike(text, start, core)) {
            return -1;
        }
        return start;
    }

    /**
     * {@code X(6961)}, {@code X(0700.HK)}, {@code X-KY(6961)}, {@code X（股份代号：2876）}: the name
     * before a stock code.
     */
    private void stockCoded(String text, int open, List<CompanyCandidate> out) {
        int p = afterCodeLabel(text, open + 1);
        int digits = 0;
        while (p < text.length() && digits <= 6 && CharClass.isAsciiDigit(text.charAt(p))) {
            p++;
            digits++;
        }
        if (digits < 4 || digits > 6) {
            return;
        }
        if (p + 3 <= text.length() && text.charAt(p) == '.' && Character.isUpperCase(text.charAt(p + 1))) {
            p += 3;
        }
        if (p >= text.length() || !isClosing(text.charAt(p))) {
            return;
        }
        int nameEnd = open;
        int coreEnd = text.startsWith("-KY", open - 3) ? open - 3 : open;
        int start = shape.leftEdge(text, coreEnd, Math.max(0, coreEnd - NameShape.MAX_CORE - 1), NameShape.MAX_CORE);
        if (start >= 0 && start < coreEnd && CharClass.isHan(text.charAt(start))
                && shape.nameLike(text, start, coreEnd, NameShape.MAX_CORE)) {
            out.add(new CompanyCandidate(start, nameEnd, text.substring(start, nameEnd), "stock-code"));
        }
    }

    /** After a stock-code label at {@code p} ({@code 股份代号：}, {@code 股票代码:}), or {@code p}. */
    private static int afterCodeLabel(String text, int p) {
        for (String label : CODE_LABELS) {
            if (text.startsWith(label, p)) {
                int q = p + label.length();
                return q < text.length() && (text.charAt(q) == '：' || text.charAt(q) == ':') ? q + 1 : q;
            }
        }
        return p;
    }

    /** Labels of a stock code in brackets (Hong Kong 股份代號, mainland 股票代码 / 证券代码). */
    private static final List<String> CODE_LABELS = List.of("股份代号", "股票代码", "证券代码", "股票代号", "代号", "代码");

    /**
     * The Chinese name in brackets after a Latin company name ({@code Lumina Robotics(丽明机械人)})
     * or right before one ({@code 星澜资本(Northwind Capital)}), when it looks like a name.
     */
    void chineseBeside(String text, CompanyCandidate latinName, List<CompanyCandidate> out) {
        chineseAfter(text, latinName, out);
        chineseBefore(text, latinName, out);
    }

    private void chineseAfter(String text, CompanyCandidate latinName, List<CompanyCandidate> out) {
        int open = latinName.end();
        if (open >= text.length() || !isOpening(text.charAt(open))) {
            return;
        }
        int close = open + 1;
        while (close < text.length() && close - open <= NameShape.MAX_CORE + 1 && CharClass.isHan(text.charAt(close))) {
            close++;
        }
        if (close < text.length() && isClosing(text.charAt(close))
                && shape.nameLike(text, open + 1, close, NameShape.MAX_CORE)) {
            out.add(new CompanyCandidate(open + 1, close, text.substring(open + 1, close), "bracket:" + latinName.name()));
        }
    }

    private void chineseBefore(String text, CompanyCandidate latinName, List<CompanyCandidate> out) {
        int open = latinName.start() - 1;
        int close = latinName.end();
        if (open < 1 || close >= text.length() || !isOpening(text.charAt(open)) || !isClosing(text.charAt(close))) {
            return;
        }
        int floor = NameShape.clauseStart(text, open, NameShape.MAX_CORE + 1);
        int start = shape.leftEdge(text, open, floor, NameShape.MAX_CORE);
        if (start >= 0 && start < open && CharClass.isHan(text.charAt(start))
                && shape.nameLike(text, start, open, NameShape.MAX_CORE) && !NameShape.personLike(text, start, open)) {
            out.add(new CompanyCandidate(start, open, text.substring(start, open), "bracket:" + latinName.name()));
        }
    }

    private static boolean isOpening(char c) {
        return c == '(' || c == '（';
    }

    private static boolean isClosing(char c) {
        return c == ')' || c == '）';
    }
}
