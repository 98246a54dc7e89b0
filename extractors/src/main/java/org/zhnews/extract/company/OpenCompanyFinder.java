package org.zhnews.extract.company;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.zhnews.core.ExtractionContext;
import org.zhnews.extract.company.OpenCues.Kind;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.match.Match;

/**
 * Finds companies no list holds, without a segmenter, precision first (the open-set recogniser
 * of the default pipeline). A span is taken when
 * <ul>
 *   <li>it ends in a legal form, a group word or a strong investor word ({@code 有限公司},
 *       {@code 集团}, {@code 资本}, {@code 创投}) after a core that looks like a name, with a
 *       clear left edge and no description word after it ({@code 资本市场});</li>
 *   <li>it is an item of an investor slot ({@code 由X领投}, {@code 投资方包括X、Y和Z},
 *       {@code X、Y等跟投}) or a source slot ending in an outlet word ({@code 据X日报报道});</li>
 *   <li>it stands in a list with a known company ({@code 华为、小米和X等厂商}) and looks like a
 *       name with edges on both sides;</li>
 *   <li>it opens a clause before a funding verb ({@code X完成数亿元B轮融资});</li>
 *   <li>it ends in a line-of-business word right after a noun that introduces a name
 *       ({@code 初创公司X科技}), or stands between such a noun and a reporting verb
 *       ({@code 电池厂商X发布公告}, {@link IntroducedNames});</li>
 *   <li>it fills a table's company column ({@link TableCompanyColumn});</li>
 *   <li>the text marks it ({@link MarkedNames}: a quoted name after such a noun, a declared
 *       short name, a name before a stock code);</li>
 *   <li>it opens a line as the outlet of a dateline ({@code 某某新闻讯}, {@link OpenDatelines});</li>
 *   <li>it is a business unit of a known parent ({@code 吉宝数据中心宣布}, {@link ParentUnits}),
 *       a group named after one ({@code 腾讯国际数字娱乐集团}, {@link ParentGroups}) or a subsidiary
 *       named after one ({@code 美的集团旗下的安得智联}, {@link SubsidiaryNames});</li>
 *   <li>it is a Latin name in a company role ({@code X旗下}, {@code 数码银行X}, {@code 据X报道},
 *       {@link LatinRoleNames});</li>
 *   <li>it is a run of capitalised Latin words ending in a legal or investor word
 *       ({@code Coatue Management}, {@code Acme Robotics Inc.}), or the Chinese name in brackets
 *       beside one.</li>
 * </ul>
 * Cue words are in {@code open-cues.tsv}. Time is linear in the text: one automaton pass, then
 * bounded windows. Immutable and thread-safe; share one instance. Offsets are UTF-16 offsets
 * into the text given.
 */
final class OpenCompanyFinder {

    /** Longest core of a name made a company by its Latin name in brackets alone ({@code 烨辰} of 烨辰数码). */
    private static final int MAX_LATIN_NAMED_CORE = 4;

    private final OpenCues cues;
    private final NameShape shape;
    private final CueSlots slots;
    private final LatinCompanyNames latin;
    private final MarkedNames marked;
    private final IntroducedNames introduced;
    private final NameRepeats repeats;
    private final LatinRoleNames latinRoles;
    private final ParentUnits units = ParentUnits.standard();
    private final ParentGroups groups;
    private final OpenDatelines datelines;
    private final SubsidiaryNames subsidiaries;

    private OpenCompanyFinder(OpenCues cues) {
        this.cues = cues;
        this.shape = new NameShape(cues);
        this.slots = new CueSlots(cues, shape);
        this.latin = new LatinCompanyNames(UnknownLexicon.standard());
        this.marked = new MarkedNames(cues, shape);
        this.datelines = new OpenDatelines(cues, shape);
        this.introduced = new IntroducedNames(cues, shape);
        this.groups = new ParentGroups(cues);
        this.subsidiaries = new SubsidiaryNames(cues, shape);
        this.repeats = NameRepeats.standard(cues);
        this.latinRoles = LatinRoleNames.standard();
    }

    /** The finder over the bundled cues. */
    static OpenCompanyFinder standard() {
        return new OpenCompanyFinder(OpenCues.standard());
    }

    /**
     * The candidates in {@code text}, sorted, not overlapping one another. {@code known} are
     * the spans of accepted known companies (sorted by start; a third element 1 marks a bank),
     * for lists of companies;
     * {@code armable} those and the known names left without evidence (names that are also
     * words), for investment arms ({@code 日月光} + {@code 创投}: the investor word is the evidence).
     */
    List<CompanyCandidate> find(ExtractionContext ctx, List<int[]> known, List<int[]> armable) {
        String text = ctx.text();
        List<CompanyCandidate> out = new ArrayList<>();
        List<Match<Set<Kind>>> anchors = cues.anchors(text);
        InvestingSentences investing = new InvestingSentences(ctx, cues);
        endings(text, anchors, investing, out);
        units.find(text, known, armable, out); // before the lists: a unit in a list is a unit (渣打香港)
        groups.find(text, known, out);
        subsidiaries.find(text, known, out);
        for (CueSlots.Item item : slots.items(text, anchors, investing)) {
            out.add(candidate(text, item.start(), item.end(), "role:" + item.role()));
        }
        listed(text, known, out);
        arms(text, armable, investing, out);
        datelines.find(text, out);
        marked.find(text, investing, out);
        introduced.find(text, out);
        TableCompanyColumn.find(text, shape, out);
        List<CompanyCandidate> latinFound = new ArrayList<>();
        latin.findLatin(text, latinFound);
        for (CompanyCandidate c : latinFound) {
            String last = c.evidence().substring("latin:".length());
            if (cues.isLatinEnding(last)) {
                out.add(c);
                marked.chineseBeside(text, c, out);
            }
        }
        latinRoles.find(text, out);
        out.removeIf(c -> cues.onlyAnEnding(text, c.start(), c.end()));
        List<CompanyCandidate> resolved = resolve(out);
        List<CompanyCandidate> shortNames = repeats.find(text, resolved);
        if (shortNames.isEmpty()) {
            return resolved;
        }
        resolved.addAll(shortNames);
        return resolve(resolved);
    }

    /**
     * Whether {@code text[from, to)} is exactly an investor word: what a known company's name
     * followed by it names is its investment arm ({@code 联想} + {@code 创投}).
     */
    private boolean investorWord(String text, int from, int to) {
        return to > from && cues.at(Kind.INVESTOR, text, from) == to - from
                && !(shape.investVerbAt(text, from) && gainedBefore(text, from));
    }

    /**
     * Whether {@code text[from, to)}, right after a known company's name, makes the whole its
     * investment arm: exactly an investor word ({@code 联想} + {@code 创投}), or, in an investor
     * slot ({@code inSlot}), a brand of two or three Han characters that is no generic word and
     * an investor word ({@code 国泰君安} + {@code 证裕投资}; not {@code 腾讯} + {@code 战略投资}), or
     * a fund's name of up to ten such characters and a word ending in 基金 ({@code 上海国投} +
     * {@code 先导人工智能产业母基金}).
     */
    boolean armAfter(String text, int from, int to, boolean inSlot) {
        if (investorWord(text, from, to)) {
            return true;
        }
        int word = cues.endingAt(Kind.INVESTOR, text, to);
        int brand = to - word - from;
        int longest = text.startsWith(FUND, to - FUND.length()) ? MAX_FUND_BRAND : 3; // 上海国投 + 先导人工智能产业母基金
        boolean fund = longest == MAX_FUND_BRAND; // a named fund needs no slot: its ending says enough
        if (!inSlot && !fund || word < 2 || brand < 2 || brand > longest || shape.investVerbAt(text, to - word)
                || cues.anyIn(Kind.BOUNDARY, text, from, to - word) || shape.generic(text, from, to - word)) {
            return false;
        }
        for (int i = from; i < to - word; i++) {
            if (!CharClass.isHan(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static final String FUND = "基金";
    /** Longest fund name after a known manager's name ({@code 先导人工智能产业}). */
    private static final int MAX_FUND_BRAND = 10;

    /**
     * Whether a candidate is a full legal name ({@code 北京望舒智元科技有限公司}) or the short form
     * of one found again ({@code core:} evidence, {@code 望舒智元}).
     */
    boolean legalName(String text, CompanyCandidate c) {
        return c.evidence().startsWith("core:")
                || c.evidence().startsWith("suffix:") && cues.endingAt(Kind.LEGAL, text, c.end()) > 0;
    }

    /**
     * Whether a known name {@code [knownStart, knownEnd)} starts inside the candidate and ends in
     * the middle of its ending ({@code 思科} in {@code 霈思科技}: its 科 is the 科 of 科技), so it
     * cannot stand there as a name of its own.
     */
    boolean straddlesEnding(String text, CompanyCandidate c, int knownStart, int knownEnd) {
        int ending = cues.endingBefore(text, c.end());
        return ending > 1 && knownStart > c.start() && knownEnd > c.end() - ending && knownEnd < c.end();
    }

    /** Where the core of the name {@code [start, end)} starts: after up to two place names ({@code 四川省成都市}). */
    int coreStart(String text, int start, int end) {
        int p = start;
        for (int n = 0, len; n < 2 && (len = cues.at(Kind.PLACE, text, p)) > 0 && p + len < end; n++) {
            p += len;
        }
        return p;
    }

    /**
     * Whether the clause before {@code pos} says its subject gained an investment
     * ({@code 获}, {@code 得到}, {@code 接受}): a 投资 at {@code pos} then is that investment
     * ({@code 曾获腾讯及红杉中国投资}), not an investment arm's name.
     */
    private static boolean gainedBefore(String text, int pos) {
        int from = NameShape.clauseStart(text, pos, NameShape.MAX_ITEM * 2);
        String clause = text.substring(from, pos);
        return clause.contains("获") || clause.contains("得到") || clause.contains("接受");
    }

    /** Names ending in a legal form, group word or strong investor word. */
    private void endings(String text, List<Match<Set<Kind>>> anchors, InvestingSentences investing,
                         List<CompanyCandidate> out) {
        for (int k = 0; k < anchors.size(); k++) {
            Match<Set<Kind>> a = anchors.get(k);
            Set<Kind> kinds = a.values().get(0);
            boolean standalone = kinds.contains(Kind.LEGAL) || kinds.contains(Kind.GROUP)
                    || cues.at(Kind.STRONG, text, a.start()) == a.length() && investing.at(a.start());
            boolean industry = kinds.contains(Kind.INDUSTRY) || kinds.contains(Kind.INVESTOR);
            boolean verbAfter = kinds.contains(Kind.INVESTOR) && shape.investVerbAt(text, a.end());
            if (!(standalone || industry) || stacked(anchors, k, verbAfter) || cues.at(Kind.DESCRIPTION, text, a.end()) > 0) {
                continue;
            }
            int floor = NameShape.clauseStart(text, a.start(), NameShape.MAX_CORE + 1);
            int start = shape.leftEdge(text, a.start(), floor, NameShape.MAX_CORE);
            int wide = kinds.contains(Kind.LEGAL) ? shape.wideLeftEdge(text, a.start(), floor, NameShape.MAX_CORE) : -1;
            if (wide >= 0 && start >= 0 && wide < start && a.start() - wide >= 4) {
                start = wide; // 北京启元智算科技有限公司: 元 stopped the plain edge
            }
            int placed = kinds.contains(Kind.LEGAL) ? shape.placeLeftEdge(text, a.start(),
                    NameShape.clauseStart(text, a.start(), NameShape.MAX_CORE + 1 + NameShape.MAX_PLACE), NameShape.MAX_CORE) : -1;
            boolean placedName = placed >= 0 && (start < 0 || placed <= start)
                    && shape.quotedNameLike(text, placed, a.start(), a.start() - placed);
            if (placedName) {
                start = placed; // 深圳析因智药科技股份有限公司: 因 stopped the plain edge
            }
            boolean legalName = kinds.contains(Kind.LEGAL) && a.start() - start >= 4 && start >= 0
                    && (placedName || shape.nameLikeButGeneric(text, start, a.start(), NameShape.MAX_CORE)); // 香港投资管理有限公司
            if (start < 0 || !legalName && !shape.nameLike(text, start, a.start(), NameShape.MAX_CORE)) {
                continue;
            }
            boolean introduced = start > 0 && cues.endingAt(Kind.INTRODUCER, text, start) > 0 && a.start() - start <= 6;
            boolean latinNamed = kinds.contains(Kind.INDUSTRY) && a.start() - start <= MAX_LATIN_NAMED_CORE
                    && LatinBrackets.wordsIn(text, a.end()) >= 2 // 烨辰数码（Yechen Digital）; not 人工智能（GenAI）
                    && (start == 0 || "）)".indexOf(text.charAt(start - 1)) < 0); // not after another bracket: （EMS）商宏岸科技
            if (!standalone && !introduced && !latinNamed) {
                continue;
            }
            int end = text.startsWith("公司", a.end()) && cues.at(Kind.DESCRIPTION, text, a.end() + 2) == 0
                    ? a.end() + 2 : a.end();
            String ending = text.substring(a.start(), a.end());
            out.add(candidate(text, start, end, (standalone ? "suffix:" : "introduced:") + ending));
        }
    }

    /**
     * Whether another name ending starts where hit {@code k} ends ({@code 科技} in
     * {@code 科技有限公司}) or a longer one covers it ({@code 资管} in {@code 投资管理}); with
     * {@code verbAfter}, the {@code 投资} right after it is a verb and stacks nothing ({@code 获X资本投资}).
     */
    private static boolean stacked(List<Match<Set<Kind>>> anchors, int k, boolean verbAfter) {
        Match<Set<Kind>> a = anchors.get(k);
        for (int j = Math.max(0, k - 8); j < anchors.size() && anchors.get(j).start() <= a.end(); j++) {
            Match<Set<Kind>> b = anchors.get(j);
            if (j == k || !hasEnding(b.values().get(0))) {
                continue;
            }
            boolean next = b.start() == a.end() && !verbAfter;
            boolean covers = b.start() <= a.start() && b.end() >= a.end() && b.length() > a.length();
            if (next || covers) {
                return true;
            }
        }
        return false;
    }

    /** Whether some kind of {@code kinds} is a name ending ({@link OpenCues#ENDINGS}); no stream, it is asked per pair of anchors. */
    private static boolean hasEnding(Set<Kind> kinds) {
        for (Kind kind : kinds) {
            if (OpenCues.ENDINGS.contains(kind)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A known company's name and a strong investor word right after it, in a sentence about
     * investing, closed by a list separator, a boundary word or a mark ({@code 日月光创投、…}):
     * its investment arm, whatever the name starts with.
     */
    private void arms(String text, List<int[]> known, InvestingSentences investing, List<CompanyCandidate> out) {
        for (int[] k : known) {
            int word = cues.at(Kind.STRONG, text, k[1]);
            int end = k[1] + word;
            if (word > 0 && (listEnd(text, end) || cues.at(Kind.BOUNDARY, text, end) > 0)
                    && cues.at(Kind.DESCRIPTION, text, end) == 0 && investing.at(k[0])) {
                out.add(candidate(text, k[0], end, "arm"));
            }
        }
    }

    /** Names in a list with a known company: {@code A、X和Y}, edges on both sides. */
    private void listed(String text, List<int[]> known, List<CompanyCandidate> out) {
        for (int[] k : known) {
            if (!wholeItem(text, k[0], k[1])) {
                continue;
            }
            int end = k[1];
            end = Math.max(end, LatinBrackets.groupEnd(text, end)); // 马来亚银行（Maybank）、…
            int sep;
            while (end < text.length() && (sep = CueSlots.separatorAt(text, end, text.length())) > 0
                    && text.charAt(end) != '，' && text.charAt(end) != ',') {
                int s = end + sep;
                int[] latinItem = ListItems.latinName(text, s, cues);
                if (latinItem != null) { // 印尼的Gojek, 瑞典电信Telia
                    out.add(candidate(text, latinItem[0], latinItem[1], "list"));
                    end = latinItem[1];
                    continue;
                }
                int e = shape.rightEdge(text, s, NameShape.MAX_CORE);
                e = e < 0 || endsInEnding(text, e) || afterLastEnding(text, s, e) < 0 ? e : afterLastEnding(text, s, e);
                if (e < 0 || !listEnd(text, e) && !endsInEnding(text, e) || !acceptableItem(text, s, e)) {
                    break;
                }
                out.add(candidate(text, s, e, "list"));
                int group = LatinBrackets.groupEnd(text, e);
                if (group > 0) { // 亚航（AirAsia）: the Latin name beside it too
                    out.add(candidate(text, e + 1, group - 1, "list"));
                }
                end = Math.max(e, group);
            }
            int start = k[0];
            while (start > 0 && text.charAt(start - 1) == '、') {
                int e = start - 1;
                int s = shape.leftEdge(text, e, Math.max(0, e - NameShape.MAX_CORE - 1), NameShape.MAX_CORE);
                if (s <= 0 || !itemStart(text, s) || !acceptableItem(text, s, e)) {
                    break;
                }
                out.add(candidate(text, s, e, "list"));
                start = s;
            }
        }
    }

    /** Whether a known name stands as a whole list item: a separator or clause edge on both sides. */
    private boolean wholeItem(String text, int start, int end) {
        return (start == 0 || itemStart(text, start)) && listEnd(text, end);
    }

    /** Whether a list item may start at {@code s}: after a separator, a clause mark or a boundary word. */
    private boolean itemStart(String text, int s) {
        char c = text.charAt(s - 1);
        return c == '、' || c == '和' || c == '及' || c == '与' || NameShape.endsClause(c)
                || cues.endingAt(Kind.BOUNDARY, text, s) > 0
                || cues.endingAt(Kind.DESCRIPTOR, text, s) > 1 && !CharClass.isHan(text.charAt(s)); // 电商平台Lazada、…
    }

    /** The end of the last name ending inside {@code [s, e)} ({@code 江淮汽车} in {@code 江淮汽车送样}), or -1. */
    private int afterLastEnding(String text, int s, int e) {
        for (int p = e - 1; p > s + 1; p--) {
            if (endsInEnding(text, p)) {
                return p;
            }
        }
        return -1;
    }

    private boolean endsInEnding(String text, int p) {
        return cues.endingBefore(text, p) > 0;
    }

    private boolean acceptableItem(String text, int s, int e) {
        return shape.nameLike(text, s, e, NameShape.MAX_CORE) && !NameShape.personLike(text, s, e);
    }

    /** Whether a list item may end at {@code e} ({@link ListItems#end}). */
    private static boolean listEnd(String text, int e) {
        return ListItems.end(text, e);
    }

    /** A candidate over {@code [start, end)}, less a trailing verb 投资 ({@link NameShape#withoutInvestVerb}). */
    private CompanyCandidate candidate(String text, int start, int end, String evidence) {
        int e = shape.withoutInvestVerb(text, start, end);
        return new CompanyCandidate(start, e, text.substring(start, e), evidence);
    }

    /** Longest first at each start, then no overlaps, in text order. */
    private static List<CompanyCandidate> resolve(List<CompanyCandidate> found) {
        found.sort(Comparator.comparingInt(CompanyCandidate::start)
                .thenComparing(Comparator.comparingInt(CompanyCandidate::end).reversed()));
        List<CompanyCandidate> out = new ArrayList<>();
        int covered = -1;
        for (CompanyCandidate c : found) {
            if (c.start() >= covered) {
                out.add(c);
                covered = c.end();
            }
        }
        return out;
    }
}
