package org.zhnews.extract.metric;

import org.zhnews.text.chars.CharClass;
import org.zhnews.text.fold.CharFold;
import org.zhnews.text.match.PrefixTrie;
import org.zhnews.text.match.WordsAt;
import static org.zhnews.extract.metric.CueFinder.endsClause;
import static org.zhnews.extract.metric.MetricReading.formQualifier;
import static org.zhnews.extract.metric.MetricReading.valueOf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.core.mention.Qualifier;
import org.zhnews.text.number.NumberForm;
import org.zhnews.text.number.NumberMatch;
import org.zhnews.extract.money.Currencies;

/**
 * Reads a figure as a count: its measure word ({@code 200款}) or counted noun ({@code 3亿用户},
 * {@code 2350亿个参数}), else a noun before it in the clause ({@code 月活4197.6万}); small Chinese
 * numerals, phone numbers and times are not counts. Immutable and thread-safe.
 */
final class CountReader {

    private static final int NOUN_WINDOW = 16;
    /** The kind of the model nouns (大模型, 模型): a bare big figure right before one is the model's size. */
    private static final String MODELS = "models";
    /** The kind of an echo that counts what the noun earlier in its sentence counts (净增 after 用户). */
    private static final String SAME_KIND = "same";
    private static final String[] NOT_AFTER_GE = {"月", "小时", "小時", "星期", "礼拜", "季度", "百分点", "百分點", "基点", "基點",
        "工作日", "世纪", "世紀", "阶段", "階段", "多月", "半月", "字"};
    private static final String[] PAIRED = {"眼镜", "眼鏡", "镜", "鏡", "墨镜", "墨鏡", "智能眼", "手套", "耳机", "耳機",
        "耳环", "耳環", "口罩", "扑克", "撲克", "牌", "对联", "對聯", "头显", "頭顯"};
    private static final String[] SIZE_WORDS = {"尺寸", "版本", "规格", "規格"};
    private static final int SIZE_WINDOW = 7;
    private static final int SENTENCE_WINDOW = 120;
    /** The marks a look back for a sentence's earlier words stops at. */
    private static final String SENTENCE_ENDS = "。！？!?\n";
    private static final String TIME_AFTER = "年月日号號天周週时時点點岁歲秒分后後前";

    private final MetricWords words;

    CountReader(MetricWords words) {
        this.words = words;
    }

    MetricReading count(String text, NumberMatch m, int after) {
        int n = text.length();
        if (m.end() - m.start() >= 9 && allArabic(text, m.start(), m.end())) {
            return null; // a phone or serial number
        }
        Qualifier form = formQualifier(m);
        int at = m.end();
        if (at < n && (text.charAt(at) == '来' || text.charAt(at) == '來') && m.form() == NumberForm.EXACT) {
            at++;
            form = Qualifier.APPROXIMATE;
        }
        if (at < n && text.charAt(at) == '级' || at < n && text.charAt(at) == '級') {
            Optional<PrefixTrie.Hit<MetricWords.Noun>> noun = words.nouns.longestAt(text, at + 1);
            if (noun.isPresent() && noun.get().value().unit() == MetricUnit.PARAMETERS) {
                return new MetricReading(m.start(), m.end(), valueOf(m), m.min(), m.max(), MetricUnit.PARAMETERS,
                        Optional.of("parameters"), form, m.start(), false);
            }
            return null;
        }
        if (at == m.end() && at + 1 < n && Currencies.isSpaceChar(text.charAt(at)) && CharClass.isAsciiDigit(text.charAt(at - 1))
                && words.measures.longestAt(text, at + 1).isPresent()) {
            at++; // 约 1,900 间企业: one space before the measure word
        }
        Optional<PrefixTrie.Hit<String>> measure = words.measures.longestAt(text, at);
        if (measure.isPresent() && !measureFits(text, measure.get())) {
            measure = Optional.empty();
        }
        if (measure.isPresent() && rank(text, m.start(), measure.get())) {
            return null; // 跌出前五十名, 前10强: a rank, not a count
        }
        boolean small = smallChinese(text, m);
        if (measure.isPresent()) {
            int mEnd = measure.get().end();
            Optional<PrefixTrie.Hit<MetricWords.Noun>> noun = words.nouns.longestAt(text, spaced(text, mEnd));
            if (noun.isPresent() && noun.get().value().unit() != MetricUnit.COUNT) {
                MetricWords.Noun v = noun.get().value(); // 2350亿个参数, 36万亿个token
                return new MetricReading(m.start(), noun.get().end(), valueOf(m), m.min(), m.max(), v.unit(),
                        Optional.of(v.kind()), form, m.start(), false);
            }
            if (small) {
                return null;
            }
            String kind = noun.map(h -> h.value().kind())
                    .or(() -> nounAhead(text, mEnd))
                    .or(() -> nounBefore(text, m.start(), false))
                    .orElse(measure.get().value());
            return new MetricReading(m.start(), mEnd, valueOf(m), m.min(), m.max(), MetricUnit.COUNT, Optional.of(kind),
                    form, m.start(), false);
        }
        if (after < n && Currencies.isSpaceChar(text.charAt(after))) {
            after++;
        }
        Optional<PrefixTrie.Hit<MetricWords.Noun>> noun = words.nouns.longestAt(text, m.end());
        if (noun.isEmpty() && after > m.end()) {
            // 15万亿 tokens: a space only before a noun of another unit, not before 大模型 in "- 5 大模型"
            noun = words.nouns.longestAt(text, after).filter(h -> h.value().unit() != MetricUnit.COUNT);
        }
        if (noun.isPresent() && !small) {
            MetricWords.Noun v = noun.get().value();
            if (v.unit() == MetricUnit.COUNT && decimalWithoutBigUnit(text, m)) {
                return null; // 天幕2.0大模型: a version before the noun, not 2.0 models
            }
            if (v.kind().equals(MODELS) && hasBigUnit(text, m)) {
                return new MetricReading(m.start(), m.end(), valueOf(m), m.min(), m.max(), MetricUnit.PARAMETERS,
                        Optional.of("parameters"), form, m.start(), false); // 千亿大模型, 3B大模型: a size
            }
            int end = v.unit() != MetricUnit.COUNT ? noun.get().end() : m.end();
            return new MetricReading(m.start(), end, valueOf(m), m.min(), m.max(), v.unit(), Optional.of(v.kind()), form,
                    m.start(), false);
        }
        if (small || !hasBigUnit(text, m) || m.end() < n && TIME_AFTER.indexOf(text.charAt(m.end())) >= 0) {
            return null;
        }
        Optional<MetricWords.Noun> before = nounBeforeValue(text, m.start(), true);
        if (before.isEmpty()) {
            return modelSize(text, m) ? new MetricReading(m.start(), m.end(), valueOf(m), m.min(), m.max(),
                    MetricUnit.PARAMETERS, Optional.of("parameters"), form, m.start(), false) : null;
        }
        return new MetricReading(m.start(), m.end(), valueOf(m), m.min(), m.max(), before.get().unit(),
                Optional.of(before.get().kind()), form, m.start(), false);
    }

    /**
     * 提供27B版本, 70B与8B两种尺寸: an Arabic figure with the size letter B before a word for a
     * model's size or version a few characters on in its clause, in a sentence that names a model.
     */
    private static boolean modelSize(String text, NumberMatch m) {
        int e = m.end();
        if (e - m.start() < 2 || text.charAt(e - 1) != 'B' || !Character.isDigit(text.charAt(e - 2))) {
            return false;
        }
        int limit = Math.min(text.length(), e + SIZE_WINDOW);
        boolean sized = false;
        for (int k = e; k < limit && !sized; k++) {
            char c = text.charAt(k);
            if (endsClause(c) || Character.isDigit(c)) {
                break;
            }
            for (String w : SIZE_WORDS) {
                sized |= text.startsWith(w, k);
            }
        }
        if (!sized) {
            return false;
        }
        int from = m.start();
        while (from > 0 && from > m.start() - SENTENCE_WINDOW && SENTENCE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        String sentence = text.substring(from, m.start());
        return sentence.contains("模型") || sentence.contains("LLM") || sentence.contains("model");
    }

    /** {@code at}, or one past a space there (36万亿个 tokens). */
    private static int spaced(String text, int at) {
        return at < text.length() && Currencies.isSpaceChar(text.charAt(at)) ? at + 1 : at;
    }

    /** What 起 counts when a noun follows it ({@code 286起融资}): deals and incidents. */
    private static final List<String> DEALS = List.of("融资", "融資", "并购", "併購", "交易", "投资", "投資", "事件", "案");

    private boolean measureFits(String text, PrefixTrie.Hit<String> h) {
        String w = text.substring(h.start(), h.end());
        int e = h.end();
        String rest = text.substring(e, Math.min(text.length(), e + 3));
        char first = CharFold.keepingCase().fold(w.charAt(0));
        switch (first) {
            case '个':
                for (String s : NOT_AFTER_GE) {
                    if (rest.startsWith(s)) {
                        return false;
                    }
                }
                return true;
            case '位':
                return !rest.startsWith("数") && !rest.startsWith("數");
            case '台':
                return rest.isEmpty() || "积積湾灣北中南币幣斤".indexOf(rest.charAt(0)) < 0; // 台斤 is a weight
            case '部':
                return !rest.startsWith("分");
            case '通':
                return rest.isEmpty() || "过過讯訊知道信用报報常".indexOf(rest.charAt(0)) < 0;
            case '人':
                return !rest.startsWith("民") && !rest.startsWith("力"); // 人民币; 1111人力银行 names a company
            case '名':
                return !rest.startsWith("字") && !rest.startsWith("义") && !rest.startsWith("義");
            case '家':
                return !rest.startsWith("族") && !rest.startsWith("庭");
            case '种':
                return !rest.startsWith("子");
            case '片':
                return rest.isEmpty() || "区區段刻面场場酬名头頭尾".indexOf(rest.charAt(0)) < 0;
            case '股':
                return rest.isEmpty() || "东東份价價票权權本息市民指灵靈".indexOf(rest.charAt(0)) < 0;
            case '宗':
                return rest.isEmpty() || "教旨族师師亲親".indexOf(rest.charAt(0)) < 0;
            case '单':
            case '單':
                return rest.isEmpty() || "元价價日季月位品车車独獨个個一纯純体體项項据據曲词詞身人间間双雙边邊打程向线線"
                        .indexOf(rest.charAt(0)) < 0;
            case '组':
            case '組':
                return rest.isEmpty() || "织織建成合件团團装裝长長员員委图圖".indexOf(rest.charAt(0)) < 0;
            case '柜':
            case '櫃':
                return rest.isEmpty() || "台檯员員子门門机機体體面桶橱櫥内內中里裡式".indexOf(rest.charAt(0)) < 0;
            case '副':
                return pairs(rest);
            case '起':
                // 融资412起, 286起融资: events counted at a clause end, before 的 or before the deal they count; 一起 is "together"
                return text.charAt(h.start() - 1) != '一'
                        && (rest.isEmpty() || rest.charAt(0) == '的' || !Character.isIdeographic(rest.charAt(0))
                        || WordsAt.startsWithAny(rest, 0, DEALS));
            case '站':
                return rest.isEmpty() || "上稳穩长長点點台内內在".indexOf(rest.charAt(0)) < 0;
            default:
                return true;
        }
    }

    /**
     * 副 counts pairs only at a clause end or before a paired thing (1000万副, 3副手套); before
     * any other Han character it is vice- (副总裁) or part of a word.
     */
    private static boolean pairs(String rest) {
        if (rest.isEmpty() || Character.UnicodeScript.of(rest.charAt(0)) != Character.UnicodeScript.HAN) {
            return true;
        }
        for (String s : PAIRED) {
            if (rest.startsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** 前 before the figure and a rank word (名, 位, 强) after it: 前五十名, 前3位, 前10强. */
    private static boolean rank(String text, int figureStart, PrefixTrie.Hit<String> measure) {
        if (figureStart == 0 || text.charAt(figureStart - 1) != '前') {
            return false;
        }
        char c = text.charAt(measure.start());
        return c == '名' || c == '位' || c == '强' || c == '強';
    }

    /** A noun a few characters after the measure word: 10万个衍生模型, 3个开源模型. */
    private Optional<String> nounAhead(String text, int from) {
        int limit = Math.min(text.length(), from + 4);
        for (int k = from + 1; k < limit; k++) {
            char c = text.charAt(k - 1);
            if (endsClause(c) || c == '的' || Character.isDigit(c)) {
                return Optional.empty();
            }
            Optional<PrefixTrie.Hit<MetricWords.Noun>> h = words.nouns.longestAt(text, k);
            if (h.isPresent() && h.get().value().unit() == MetricUnit.COUNT) {
                return Optional.of(h.get().value().kind());
            }
        }
        return Optional.empty();
    }

    /** The kind of the nearest noun before a figure with a measure word; a generic one (数量) says nothing there. */
    private Optional<String> nounBefore(String text, int figureStart, boolean bare) {
        return nounBeforeValue(text, figureStart, bare).map(MetricWords.Noun::kind).filter(k -> !k.equals("count"));
    }

    /**
     * The nearest noun before the figure in its clause that may reach it. A figure first in a
     * table cell reads the cell before it ({@code | 总参数量 | 4050亿 |}); a generic noun
     * ({@code 数量}) takes the kind of a noun right before it ({@code 芯片数量}).
     */
    private Optional<MetricWords.Noun> nounBeforeValue(String text, int figureStart, boolean bare) {
        int limit = Math.max(0, figureStart - NOUN_WINDOW);
        boolean crossedCell = false;
        for (int p = figureStart; p > limit; p--) {
            char c = text.charAt(p - 1);
            if (endsClause(c)) {
                if (c == '|' && !crossedCell && text.substring(p, figureStart).isBlank()) {
                    crossedCell = true;
                    continue;
                }
                return Optional.empty();
            }
            Optional<PrefixTrie.Hit<MetricWords.Noun>> echo = bare ? words.echoes.longestEndingAt(text, p) : Optional.empty();
            Optional<MetricWords.Noun> earlier = echo.flatMap(e -> namedEarlierInSentence(text, e.start(), e.value().unit()));
            if (earlier.isPresent()) {
                return Optional.of(echo.get().value().kind().equals(SAME_KIND) ? earlier.get() : echo.get().value());
            }
            Optional<PrefixTrie.Hit<MetricWords.Noun>> h = words.nouns.longestEndingAt(text, p);
            if (h.isEmpty() || h.get().start() < limit) {
                continue;
            }
            MetricWords.Noun noun = h.get().value();
            MetricWords.Reach reach = noun.reach();
            if (reach == MetricWords.Reach.BEFORE || !bare && reach == MetricWords.Reach.COUNTED) {
                if (noun.kind().equals("count")) {
                    Optional<PrefixTrie.Hit<MetricWords.Noun>> head = words.nouns.longestEndingAt(text, h.get().start());
                    if (head.isPresent()) {
                        MetricWords.Noun named = head.get().value();
                        return Optional.of(new MetricWords.Noun(named.kind(), named.unit(), reach));
                    }
                }
                return Optional.of(noun);
            }
        }
        return Optional.empty();
    }

    /**
     * The nearest noun of {@code unit} ending before {@code at} in the same sentence (总参数… before
     * 激活, 用户… before 净增), or empty.
     */
    private Optional<MetricWords.Noun> namedEarlierInSentence(String text, int at, MetricUnit unit) {
        for (int p = at; p > 0 && p > at - SENTENCE_WINDOW && SENTENCE_ENDS.indexOf(text.charAt(p - 1)) < 0; p--) {
            Optional<PrefixTrie.Hit<MetricWords.Noun>> h = words.nouns.longestEndingAt(text, p);
            if (h.isPresent() && h.get().value().unit() == unit && h.get().value().reach() == MetricWords.Reach.BEFORE) {
                return Optional.of(h.get().value());
            }
        }
        return Optional.empty();
    }

    /** One to nine written in Chinese numerals only (两家, 三款): too small and too idiomatic to count. */
    private static boolean smallChinese(String text, NumberMatch m) {
        for (int k = m.start(); k < m.end(); k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c)) {
                return false;
            }
        }
        Optional<BigDecimal> v = m.value().or(m::max);
        return v.isPresent() && v.get().compareTo(BigDecimal.TEN) < 0;
    }

    private static boolean hasBigUnit(String text, NumberMatch m) {
        int e = m.end();
        while (e - 1 > m.start() && ")） ".indexOf(text.charAt(e - 1)) >= 0) {
            e--; // 4050亿(405B): the restatement's own unit
        }
        char last = CharFold.keepingCase().fold(text.charAt(e - 1));
        return "万亿兆".indexOf(last) >= 0 || last >= 'A' && last <= 'Z' || last >= 'a' && last <= 'z';
    }

    /** 2.0 or 3.5 with no 万/亿 after it: a version or a score, never a number of things. */
    private static boolean decimalWithoutBigUnit(String text, NumberMatch m) {
        int dot = text.indexOf('.', m.start());
        return dot >= 0 && dot < m.end() && !hasBigUnit(text, m);
    }

    private static boolean allArabic(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
