package org.zhnews.extract.company;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhnews.extract.company.OpenCues.Kind;
import org.zhnews.text.match.Match;

/**
 * The slots where a news sentence names investors or a source, and the name items in them:
 * {@code 由X领投}, {@code 投资方包括X、Y和Z}, {@code X、Y等机构跟投}, {@code 据X报道}. A slot
 * stays inside one clause; its items are split at list separators ({@code 、 和 及 与 以及}),
 * stripped of lead-ins ({@code 老股东}) and tails ({@code 等}), and kept when they look like a
 * name ({@link NameShape#nameLike}). Immutable and thread-safe.
 */
final class CueSlots {

    /** One name item of a slot: its span and the role that found it ({@code lead}, {@code investor}, {@code source}). */
    record Item(int start, int end, String role) {
    }

    private static final int MAX_SLOT = 80;
    private static final int MAX_SOURCE = 14;
    private static final Set<Kind> INVESTOR_SLOTS = Set.of(Kind.LEAD_OPEN, Kind.LIST_OPEN, Kind.ROLE_CLOSE,
            Kind.SUBJECT_CLOSE);

    private final OpenCues cues;
    private final NameShape shape;

    CueSlots(OpenCues cues, NameShape shape) {
        this.cues = cues;
        this.shape = shape;
    }

    /**
     * The items of every slot opened or closed by {@code anchors} (the cue hits of {@link
     * OpenCues#anchors}); investor slots only in sentences about investing.
     */
    List<Item> items(String text, List<Match<Set<Kind>>> anchors, InvestingSentences investing) {
        List<Item> out = new ArrayList<>();
        for (int k = 0; k < anchors.size(); k++) {
            Match<Set<Kind>> a = anchors.get(k);
            Set<Kind> kinds = a.values().get(0);
            if (kinds.contains(Kind.SOURCE_OPEN)) {
                sourceSlot(text, a, anchors, k, out);
            }
            if (kinds.contains(Kind.GAIN_OPEN) && longestHere(anchors, k, Kind.GAIN_OPEN)) {
                gainSlot(text, a, out);
            }
            if (!INVESTOR_SLOTS.stream().anyMatch(kinds::contains)) {
                continue;
            }
            if (!investing.at(a.start())) {
                continue;
            }
            if (kinds.contains(Kind.LEAD_OPEN)) {
                leadSlot(text, a, anchors, k, out);
            }
            if (kinds.contains(Kind.LIST_OPEN) && longestHere(anchors, k, Kind.LIST_OPEN)) {
                int from = skipColon(text, a.end());
                split(text, from, NameShape.clauseEnd(text, from, MAX_SLOT), "investor", out);
            }
            if (kinds.contains(Kind.ROLE_CLOSE) && longestHere(anchors, k, Kind.ROLE_CLOSE)) {
                int from = NameShape.clauseStart(text, a.start(), MAX_SLOT);
                split(text, afterLastBoundary(text, from, a.start()), a.start(), "investor", out);
            }
            if (kinds.contains(Kind.SUBJECT_CLOSE) && longestHere(anchors, k, Kind.SUBJECT_CLOSE)) {
                subjectSlot(text, a, out);
            }
        }
        return out;
    }

    /** {@code 由X、Y联合领投}: the items between 由 and the first lead-close cue of the clause. */
    private void leadSlot(String text, Match<Set<Kind>> open, List<Match<Set<Kind>>> anchors, int k, List<Item> out) {
        int clauseEnd = NameShape.clauseEnd(text, open.end(), MAX_SLOT);
        for (int j = k + 1; j < anchors.size() && anchors.get(j).start() < clauseEnd; j++) {
            Match<Set<Kind>> close = anchors.get(j);
            if (close.start() > open.end() && close.values().get(0).contains(Kind.LEAD_CLOSE)) {
                split(text, open.end(), close.start(), "lead", out);
                return;
            }
        }
    }

    /**
     * {@code 曾获X、Y等机构投资}, {@code 获X及Y资本投资新台币4亿元}: the items between a verb of
     * gaining and the verb 投资 that closes its clause ({@link NameShape#investVerbAt}), followed by
     * the clause end, {@code 了} or an amount; the verb itself says the sentence is about investing.
     */
    private void gainSlot(String text, Match<Set<Kind>> open, List<Item> out) {
        if (open.end() < text.length() && text.charAt(open.end() - 1) == '获'
                && NOT_GAINING.indexOf(text.charAt(open.end())) >= 0) {
            return; // 获悉, 获批, 获奖: other words
        }
        int clauseEnd = NameShape.clauseEnd(text, open.end(), MAX_SLOT);
        for (int p = text.indexOf(INVEST, open.end()); p >= 0 && p < clauseEnd; p = text.indexOf(INVEST, p + 1)) {
            if (shape.investVerbAt(text, p) && closesGain(text, p + INVEST.length())) {
                split(text, open.end(), p, "investor", out);
                return;
            }
        }
    }

    /** Whether what stands at {@code q}, after the closing 投资, ends the gain: a clause end, 了, an amount. */
    private static boolean closesGain(String text, int q) {
        if (q >= text.length() || NameShape.endsClause(text.charAt(q)) || Character.isDigit(text.charAt(q))) {
            return true;
        }
        for (String w : AFTER_GAIN) {
            if (text.startsWith(w, q)) {
                return true;
            }
        }
        return false;
    }

    private static final String INVEST = "投资";
    /** Characters after 获 that make another word (获悉, 获批, 获评, 获奖, 获利...). */
    private static final String NOT_GAINING = "悉批评奖取准益利胜选邀颁赠救释刑罪";
    /** Words that may follow the verb 投资 closing a gain: 了 and the openings of an amount. */
    private static final List<String> AFTER_GAIN = List.of("了", "约", "逾", "超", "近", "共", "合计", "金额",
            "新台币", "人民币", "美元", "港元", "港币", "令吉", "新元", "新币", "欧元", "日元", "数", "上", "千", "百", "亿", "万");

    /**
     * {@code X完成数亿元B轮融资}: the one name that opens the clause before a funding verb, when
     * the clause names 融资 or 投资 after it.
     */
    private void subjectSlot(String text, Match<Set<Kind>> verb, List<Item> out) {
        int clauseEnd = NameShape.clauseEnd(text, verb.end(), MAX_SLOT);
        String clause = text.substring(verb.end(), clauseEnd);
        if (!clause.contains("融资") && !clause.contains("投资")) {
            return;
        }
        int subjectEnd = LatinBrackets.groupStartBefore(text, verb.start()); // 烨辰数码（Yechen Digital）宣布完成
        int from = NameShape.clauseStart(text, subjectEnd, NameShape.MAX_ITEM + 1);
        int start = afterLastBoundary(text, from, subjectEnd);
        if (start == from || cues.endingAt(Kind.BOUNDARY, text, start) > 0) {
            int before = out.size();
            addItem(text, afterDescriptor(text, start, subjectEnd), subjectEnd, "funded", out);
            if (out.size() > before && cues.endingBefore(text, subjectEnd) == 0 && subjectEnd - start > 8) {
                out.remove(out.size() - 1);
            }
        }
    }

    /**
     * Past the last descriptor of two characters or more in a long subject
     * ({@code 企业级智能体平台瑄和智能}: 瑄和智能), leaving a name of two characters or more; {@code start}
     * for a subject of up to eight characters ({@code 华润集团}) or without one.
     */
    private int afterDescriptor(String text, int start, int end) {
        if (end - start <= 8) {
            return start;
        }
        for (int p = end - 2; p > start; p--) {
            if (cues.endingAt(Kind.DESCRIPTOR, text, p) >= 2) {
                return p;
            }
        }
        return start;
    }

    /** {@code 据X报道}, {@code 来源：X}: one item, a name ending in an outlet word (or a Latin name). */
    private void sourceSlot(String text, Match<Set<Kind>> open, List<Match<Set<Kind>>> anchors, int k, List<Item> out) {
        int from = skipColon(text, open.end());
        int limit = Math.min(text.length(), from + MAX_SOURCE);
        for (int j = k + 1; j < anchors.size() && anchors.get(j).start() <= limit; j++) {
            Match<Set<Kind>> close = anchors.get(j);
            if (close.start() > from && close.values().get(0).contains(Kind.SOURCE_CLOSE)
                    && addSource(text, from, close.start(), out)) {
                return;
            }
        }
        int end = NameShape.clauseEnd(text, from, MAX_SOURCE + 1);
        if (end - from <= MAX_SOURCE && (end == text.length() || NameShape.endsClause(text.charAt(end)))) {
            addSource(text, from, end, out); // 来源：X at a line's end
        }
    }

    private boolean addSource(String text, int start, int end, List<Item> out) {
        if (cues.endingAt(Kind.OUTLET, text, end) > 0 && shape.nameLike(text, start, end, NameShape.MAX_ITEM)) {
            out.add(new Item(start, end, "source"));
            return true;
        }
        return false;
    }

    /** Splits {@code [from, to)} at list separators into stripped items that look like names. */
    private void split(String text, int from, int to, String role, List<Item> out) {
        int s = from;
        int i = from;
        while (i < to) {
            int sep = separatorAt(text, i, to);
            if (sep > 0) {
                addItem(text, s, i, role, out);
                s = i + sep;
                i = s;
            } else {
                i++;
            }
        }
        addItem(text, s, to, role, out);
    }

    /** The word between a parent and its unit in one slot item ({@code X旗下的Y}). */
    private static final String UNDER = "旗下";
    /** Characters a unit's name shares with its parent's at least, to be named after it. */
    private static final int MIN_BRAND = 3;

    private void addItem(String text, int start, int end, String role, List<Item> out) {
        int s = start;
        int e = end;
        for (int n; s < e && (n = cues.endingAt(Kind.ITEM_SUFFIX, text, e)) > 0 && n < e - s; ) {
            e -= n;
        }
        int group = LatinBrackets.groupStart(text, s, e);
        if (group > s) { // 某某投资机构（MDV）: the Latin name, then the Chinese one
            out.add(new Item(group + 1, e - 1, role));
            e = group;
        }
        for (int n; s < e && (n = cues.at(Kind.ITEM_PREFIX, text, s)) > 0 && n < e - s; ) {
            s += n;
        }
        for (int n; s < e && (n = cues.endingAt(Kind.ITEM_SUFFIX, text, e)) > 0 && n < e - s; ) {
            e -= n;
        }
        int under = lastIndexOf(text, UNDER, s - UNDER.length() - 1, e - UNDER.length() - 2);
        boolean parentBrand = false;
        int unit = under < 0 ? -1 : under + UNDER.length() + (text.charAt(under + UNDER.length()) == '的' ? 1 : 0);
        if (unit >= s && unit + MIN_BRAND <= e) { // 某某电信旗下的某某创投: the unit, not its parent
            int brand = lastIndexOf(text, text.substring(unit, unit + MIN_BRAND), under - NameShape.MAX_CORE, under - 1);
            parentBrand = brand >= 0 && cues.endingBefore(text, e) > 0;
            s = unit;
        }
        for (int p = e - 2; p > s + 1; p--) {
            int d = cues.endingAt(Kind.DESCRIPTOR, text, p);
            if (d >= 3 || d == 2 && (text.startsWith("公司", p - 2) || text.startsWith("厂商", p - 2))) {
                s = p; // 家族办公室碧澜资本: the name after the noun that introduces it
                break;
            }
        }
        if (!(parentBrand ? shape.nameLikeButGeneric(text, s, e, NameShape.MAX_ITEM) : shape.nameLike(text, s, e, NameShape.MAX_ITEM))) {
            return; // a unit named after its parent (台湾大哥大旗下的台湾大创投) may be all generic words
        }
        if (cues.endingBefore(text, e) == 0 && NameShape.personLike(text, s, e)) {
            return;
        }
        out.add(new Item(s, e, role));
    }

    /** The last start of {@code word} in {@code [from, to]} ({@code from} clipped at 0), or -1: a bounded search. */
    private static int lastIndexOf(String text, String word, int from, int to) {
        for (int p = to; p >= Math.max(0, from); p--) {
            if (text.startsWith(word, p)) {
                return p;
            }
        }
        return -1;
    }

    /** Length of the list separator at {@code i} ({@code 、}, {@code 和}, {@code 以及}...), or 0. */
    static int separatorAt(String text, int i, int limit) {
        char c = text.charAt(i);
        if (c == '、' || c == '，' || c == ',' || c == '和' || c == '及' || c == '与') {
            return 1;
        }
        return i + 1 < limit && text.startsWith("以及", i) ? 2 : 0;
    }

    /** After the last boundary word in {@code [from, to)} that is no list separator. */
    private int afterLastBoundary(String text, int from, int to) {
        for (int p = to; p > from; p--) {
            int n = cues.endingAt(Kind.BOUNDARY, text, p);
            int cut = n > 0 ? shape.cutAt(text, p) : -1;
            if (cut >= 0 && separatorAt(text, p - n, p) != n && cues.endingAt(Kind.ITEM_SUFFIX, text, p) == 0) {
                return Math.min(cut, to); // 日本SBI控股跟投: after 日本
            }
        }
        return from;
    }

    private static int skipColon(String text, int pos) {
        return pos < text.length() && (text.charAt(pos) == '：' || text.charAt(pos) == ':') ? pos + 1 : pos;
    }

    /** Whether no longer hit of {@code kind} ends where hit {@code k} ends (so 联合领投 wins over 领投). */
    private static boolean longestHere(List<Match<Set<Kind>>> anchors, int k, Kind kind) {
        Match<Set<Kind>> a = anchors.get(k);
        for (int j = Math.max(0, k - 4); j < anchors.size() && anchors.get(j).start() < a.start() + 1; j++) {
            Match<Set<Kind>> b = anchors.get(j);
            if (j != k && b.values().get(0).contains(kind) && b.start() <= a.start() && b.end() >= a.end()
                    && b.length() > a.length()) {
                return false;
            }
        }
        return true;
    }
}
