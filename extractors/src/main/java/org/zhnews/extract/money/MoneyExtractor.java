package org.zhnews.extract.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Extractor;
import org.zhnews.core.mention.CurrencySource;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Qualifier;
import org.zhnews.core.structure.Region;
import org.zhnews.extract.region.RegionFinder;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.fold.CharFold;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;
import org.zhnews.text.match.PrefixTrie;
import org.zhnews.text.number.NumberForm;
import org.zhnews.text.number.NumberMatch;

/**
 * Finds amounts of money: a figure (as {@link Figures} reads it) with a currency word after it
 * ({@code 540亿美元}, {@code 30億港幣}, {@code 100 USD}) or a symbol or code before it
 * ({@code US$30}, {@code ¥100}, {@code RMB 5亿}, {@code 人民币3922亿元}).
 *
 * <p>Rules:
 * <ul>
 *   <li>The amount is fully expanded ({@code 540亿} -> 54000000000). A range ({@code 3至5亿元})
 *       and a vague figure ({@code 数十亿美元}) have no amount, only min and max; {@code 100多亿}
 *       has the amount 1e10, qualifier {@link Qualifier#MORE_THAN} and min/max.</li>
 *   <li>A bare yuan ({@code 元}, {@code 块钱}) takes its currency from the article (see
 *       {@link LocalYuan}): a declaration before it ({@code （人民幣，下同）}), else the article's
 *       region (TWD in Taiwan, HKD in Hong Kong, SGD in Singapore, MYR in Malaysia, CNY on the
 *       mainland), else CNY; the mention's {@link MoneyMention#currencySource()} says which.
 *       A currency word before the figure decides a bare 元 after it ({@code 新台币100元}), and
 *       the bare 元 amounts listed right after it ({@code 人民幣3.86億元、6.12億元及9.47億元}: all CNY)
 *       and, when it is a line of the accounts, the other lines of its sentence
 *       ({@code 收入人民幣6.81億元，…由虧損1.22億元轉為盈利0.57億元}; {@link CarriedCurrency}).
 *       {@code 50仙} in Malaysian and Singapore news is 0.50 of the local currency.</li>
 *   <li>A figure without currency followed by {@code 和 、 及 与 或 至} and an amount whose
 *       currency word comes after it shares that currency ({@code 316亿和211亿美元}: both USD),
 *       if it has a big unit (万, 亿, billion) or neither has one.</li>
 *   <li>Qualifier words around the amount ({@code 约}, {@code 超过}, {@code 不到}, {@code 左右},
 *       {@code 以上}; see {@code qualifiers.tsv}) set the qualifier but stay outside the span;
 *       {@code 高达} and {@code 多达} are not qualifiers.</li>
 *   <li>An equivalent in brackets ({@code 540亿美元(约合人民币3922亿元)}), or after a comma and a
 *       cue ({@code 540亿美元，折合3922亿元}; cues in {@code equivalents.tsv}: 约合, 合, 折合,
 *       相当于, 约...), is a second amount whose {@link MoneyMention#equivalentOf()} is the start
 *       of the first.</li>
 *   <li>Two amounts of one currency joined by a range separator ({@code 1万元-5万元},
 *       {@code 新台币600元至1000元}) are one range, but not after a verb of change
 *       ({@code 下跌85元至2315元}: a change and a level; see {@code AmountRanges}); 角 and 分 after a
 *       yuan amount add to it ({@code 123元1角1分} -> 123.11).</li>
 *   <li>Sub-unit words make a figure an amount ({@code 32港仙} 0.32 HKD, {@code 2分钱}, and a bare
 *       {@code 分} as a cent in a sentence on share prices or dividends; see {@code subunits.tsv}).</li>
 *   <li>A bare figure in a table cell takes the money unit its table states once: a declaration
 *       ({@code （单位：新台币亿元）}), a column or row label ({@code 营收（亿元）}); see
 *       {@code TableUnits}. The span is the figure alone.</li>
 * </ul>
 * The span covers the symbol or code before the figure, the figure and the currency word.
 * Immutable and thread-safe; one instance serves any number of pipelines.
 */
public final class MoneyExtractor implements Extractor {

    private static final String CONNECTORS = "和、及与與或至到跟";
    /** Currency words after which 角 and 分 may follow: 123元1角1分. */
    private static final String YUAN_WORDS = "元圆圓块塊";

    private static final PrefixTrie<Boolean> EQUIVALENT_CUES = loadCues();
    private static final CarriedCurrency CARRIED = CarriedCurrency.standard();
    private static final RoundAmounts ROUND_AMOUNTS = RoundAmounts.standard();

    private final Currencies currencies;
    private final QualifierWords qualifiers;
    private final AmountRanges ranges;
    private final MoneyUnit.Reader units;
    private final SubUnitWords subUnits = SubUnitWords.defaults();
    private final RegionFinder regions = RegionFinder.standard();
    private final PrefixTrie<Boolean> equivalentCues = EQUIVALENT_CUES;
    private final CarriedCurrency carried = CARRIED;
    private final RoundAmounts roundAmounts = ROUND_AMOUNTS;

    private static PrefixTrie<Boolean> loadCues() {
        java.util.Map<String, Boolean> m = new java.util.HashMap<>();
        for (LexiconRow row : Lexicon.resource(MoneyExtractor.class, "equivalents.tsv", Columns.of("word"))) {
            m.put(row.get(0), Boolean.TRUE);
        }
        return PrefixTrie.bothWays(m, CharFold.keepingCase());
    }

    /** An extractor with the built-in currency and qualifier lists. */
    public MoneyExtractor() {
        this(Currencies.defaults(), QualifierWords.defaults());
    }

    /**
     * An extractor with the given word lists. Internal: public only for the metric extractor,
     * which finds amounts with its own word lists.
     *
     * @param currencies the currency words
     * @param qualifiers the qualifier words
     * @throws NullPointerException if an argument is null
     */
    public MoneyExtractor(Currencies currencies, QualifierWords qualifiers) {
        this.currencies = Objects.requireNonNull(currencies, "currencies");
        this.qualifiers = Objects.requireNonNull(qualifiers, "qualifiers");
        this.ranges = AmountRanges.of(qualifiers);
        this.units = MoneyUnit.Reader.of(currencies);
    }

    @Override
    public Set<Class<? extends Mention>> produces() {
        return Set.of(MoneyMention.class);
    }

    @Override
    public List<MoneyMention> extract(ExtractionContext context) {
        String text = context.text();
        List<NumberMatch> figures = LoneUnits.add(text, Figures.of(context, currencies), qualifiers, currencies);
        TableUnits tables = TableUnits.of(text, units);
        Candidate[] found = new Candidate[figures.size()];
        for (int i = 0; i < figures.size(); i++) {
            NumberMatch m = figures.get(i);
            found[i] = tables.inUnitWords(m.start()) ? null : candidate(context, m);
            if (found[i] == null) {
                found[i] = tableCell(m, tables);
            }
        }
        for (int i = figures.size() - 2; i >= 0; i--) {
            if (found[i] == null && found[i + 1] != null && found[i + 1].currencyAfter()
                    && sharesCurrency(text, figures.get(i), figures.get(i + 1))) {
                NumberMatch m = figures.get(i);
                found[i] = new Candidate(m, m.start(), m.end(), found[i + 1].code(), true);
            }
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : found) {
            if (c != null && (kept.isEmpty() || c.start() >= kept.get(kept.size() - 1).end())) {
                kept.add(c); // a figure inside 五元六角 (the 六) was read with the amount before it
            }
        }
        LocalYuan local = null;
        CarriedCurrency.Run carried = this.carried.start(text);
        List<MoneyMention> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            if (i + 1 < kept.size()) {
                Candidate range = ranges.join(context, c, kept.get(i + 1));
                if (range != null) {
                    c = range;
                    i++;
                }
            }
            if (!Currencies.isLocal(c.code()) && !c.code().equals(SubUnits.LOCAL_CENT)) {
                out.add(mention(context, c, c.code()));
                carried.named(c);
                continue;
            }
            String carriedCode = carried.carriedTo(c);
            if (carriedCode != null) {
                out.add(mention(context, c, carriedCode)); // 人民幣3.86億元、6.12億元及9.47億元: the list's currency
                continue;
            }
            if (local == null) {
                local = new LocalYuan(context, currencies, regions);
            }
            if (c.code().equals(SubUnits.LOCAL_CENT)) {
                cents(context, c, local).ifPresent(out::add);
                continue;
            }
            LocalYuan.Resolution r = c.code().equals(Currencies.LOCAL_DOLLAR) ? local.dollar(c.start())
                    : local.resolve(c.start(), c.end());
            out.add(r.source() == null ? mention(context, c, r.code())
                    : mention(context, c, r.code()).withCurrencySource(r.source()));
        }
        markEquivalents(text, out);
        return out;
    }

    /** 512.3 in a table under （单位：新台币亿元）: the figure times the unit's scale. */
    private static Candidate tableCell(NumberMatch m, TableUnits tables) {
        if (m.form() != NumberForm.EXACT || m.value().isEmpty() || m.fraction() != NumberMatch.Fraction.NONE) {
            return null;
        }
        return tables.unitOf(m.start(), m.end())
                .map(u -> new Candidate(scaled(m, u.scale()), m.start(), m.end(), u.code(), false)).orElse(null);
    }

    /**
     * 50仙 (and a cue-bound 分): sen or cents, a hundredth of the local currency in Malaysian,
     * Singapore and Hong Kong news (0.50 MYR, SGD, HKD); elsewhere no amount. A 分 under a
     * declaration ({@code （人民幣，下同）}) is a hundredth of the declared currency, as a bare
     * 元 there is (每股盈利3.2分: 0.032 CNY). The candidate already holds the value in whole units.
     */
    private Optional<MoneyMention> cents(ExtractionContext context, Candidate c, LocalYuan local) {
        if (context.text().charAt(c.end() - 1) == '分') {
            Optional<String> declared = local.declaredAt(c.start(), c.end());
            if (declared.isPresent()) {
                return Optional.of(mention(context, c, declared.get()).withCurrencySource(CurrencySource.DECLARATION));
            }
        }
        Optional<Region> region = local.regionAt(c.start());
        if (region.isEmpty() || region.get() != Region.MY && region.get() != Region.SG && region.get() != Region.HK) {
            return Optional.empty();
        }
        String code = switch (region.get()) {
            case MY -> "MYR";
            case HK -> "HKD";
            default -> "SGD";
        };
        return Optional.of(mention(context, c, code).withCurrencySource(CurrencySource.REGION));
    }

    /**
     * 540亿美元(约合人民币3922亿元), 540亿美元，约合3922亿元: an amount in brackets right after
     * another, or after a comma and an equivalence cue ({@code equivalents.tsv}), restates it.
     */
    private void markEquivalents(String text, List<MoneyMention> out) {
        for (int i = 1; i < out.size(); i++) {
            MoneyMention prev = out.get(i - 1);
            MoneyMention cur = out.get(i);
            int p = skipSpaces(text, prev.end(), cur.start());
            if (p >= cur.start()) {
                continue;
            }
            char open = text.charAt(p);
            boolean bracket = open == '(' || open == '（';
            if (!bracket && open != '，' && open != ',') {
                continue;
            }
            p = skipSpaces(text, p + 1, cur.start());
            int cueEnd = p;
            if (p < cur.start()) {
                Optional<PrefixTrie.Hit<Boolean>> cue = equivalentCues.longestAt(text, p);
                if (cue.isEmpty() || cue.get().end() > cur.start()) {
                    continue;
                }
                cueEnd = skipSpaces(text, cue.get().end(), cur.start());
            } else if (!bracket) {
                continue; // a comma alone makes a list, not an equivalent
            }
            if (cueEnd != cur.start()) {
                continue;
            }
            int of = prev.equivalentOf().orElse(prev.start());
            out.set(i, cur.asEquivalentOf(of));
        }
    }

    private static int skipSpaces(String text, int from, int to) {
        int k = from;
        while (k < to && Currencies.isSpaceChar(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private Candidate candidate(ExtractionContext context, NumberMatch m) {
        String text = context.text();
        if (m.fraction() != NumberMatch.Fraction.NONE) {
            return null;
        }
        Optional<Currencies.Found> before = currencies.before(text, m.start());
        Optional<Currencies.Found> after = currencies.after(text, m.end());
        if (after.isPresent() && text.charAt(after.get().start()) == '日' && m.start() > 0
                && text.charAt(m.start() - 1) == '月') {
            after = Optional.empty(); // 3月14日圆周率日, 5月3日元宇宙大会: a day of a date, not yen
        }
        if (after.isPresent() && after.get().code().equals(Currencies.LOCAL_YUAN)
                && after.get().end() - after.get().start() == 1) {
            Optional<Currencies.Found> named = currencies.after(text, after.get().end());
            if (named.isPresent() && !named.get().code().equals(Currencies.LOCAL_YUAN)) {
                // 三万元欧元, 9000元日币: the named currency after 元 decides
                after = Optional.of(new Currencies.Found(after.get().start(), named.get().end(), named.get().code()));
            }
        }
        int subEnd = -1;
        if (m.form() == NumberForm.EXACT && m.value().isPresent()) {
            int yuanEnd = after.map(Currencies.Found::end).orElse(-1);
            boolean yuan = yuanEnd > 0 && YUAN_WORDS.indexOf(text.charAt(yuanEnd - 1)) >= 0;
            Optional<SubUnits.Reading> spoken = Optional.empty();
            if (after.isEmpty() && m.end() < text.length() && (text.charAt(m.end()) == '块' || text.charAt(m.end()) == '塊')) {
                yuanEnd = m.end() + 1; // 十块三毛, 三块五: 块 is money only with jiao after it
                spoken = SubUnits.read(text, yuanEnd).isEmpty() ? SubUnits.spokenJiao(text, yuanEnd) : Optional.empty();
                yuan = SubUnits.read(text, yuanEnd).isPresent() || spoken.isPresent();
                if (yuan) {
                    after = Optional.of(new Currencies.Found(m.end(), yuanEnd, Currencies.LOCAL_YUAN));
                }
            }
            Optional<SubUnits.Reading> sub = spoken.isPresent() ? spoken : yuan ? SubUnits.read(text, yuanEnd) : Optional.empty();
            if (yuan && sub.isEmpty() && yuanEnd < text.length() && text.charAt(yuanEnd) == '整') {
                subEnd = yuanEnd + 1; // 壹仟玖佰圆整
            }
            if (sub.isEmpty() && after.isPresent() && SubUnits.TAKES_CENTS.contains(after.get().code())) {
                sub = SubUnits.cents(text, after.get().end()); // 1令吉50仙, 2元5仙
            }
            if (sub.isPresent()) {
                m = new NumberMatch(m.start(), m.end(), Optional.of(Figures.plain(m.value().get().add(sub.get().value()))),
                        m.min(), m.max(), m.form(), m.fraction());
                subEnd = sub.get().end();
            }
            if (before.isEmpty() && after.isEmpty() && SubUnits.isCentsWord(text, m.end())
                    && CharClass.isArabicDigit(text.charAt(m.end() - 1))) {
                return new Candidate(scaled(m, SubUnits.CENT), m.start(), m.end() + 1, SubUnits.LOCAL_CENT, true); // 50仙
            }
            if (before.isEmpty() && after.isEmpty() && roundAmounts.fundsFollow(text, m.end())) {
                return new Candidate(m, m.start(), m.end(), Currencies.LOCAL_YUAN, false); // 完成2亿A轮融资
            }
            if (before.isEmpty() && after.isEmpty()) {
                return subUnit(context, m); // 32港仙, 2分钱, 股息75分
            }
        }
        if (before.isEmpty() && after.isEmpty()) {
            return null;
        }
        if (after.isPresent() && !after.get().code().equals(Currencies.LOCAL_YUAN)) {
            before = Optional.empty(); // 4人民币5美元: 人民币 ends the amount before
        }
        String code;
        if (after.isPresent() && !(after.get().code().equals(Currencies.LOCAL_YUAN) && before.isPresent())) {
            code = after.get().code();
        } else {
            code = before.get().code();
        }
        int start = before.map(Currencies.Found::start).orElse(m.start());
        int end = Math.max(subEnd, after.map(Currencies.Found::end).orElse(m.end()));
        return new Candidate(m, start, end, code, after.isPresent() && before.isEmpty());
    }

    /** 32港仙, 2分钱, 每股派息75分: a figure and a sub-unit word, worth its factor of the currency. */
    private Candidate subUnit(ExtractionContext context, NumberMatch m) {
        return subUnits.after(context.text(), m.start(), m.end(), at -> context.sentenceAt(at).range())
                .map(w -> new Candidate(scaled(m, w.factor()), m.start(), w.end(), w.code(), true))
                .orElse(null);
    }

    /** An exact figure with its value times {@code factor}. */
    private static NumberMatch scaled(NumberMatch m, BigDecimal factor) {
        return new NumberMatch(m.start(), m.end(), Optional.of(Figures.plain(m.value().orElseThrow().multiply(factor))),
                Optional.empty(), Optional.empty(), NumberForm.EXACT, NumberMatch.Fraction.NONE);
    }

    /** 316亿和211亿美元: a connector alone between the figures, and compatible units. */
    private static boolean sharesCurrency(String text, NumberMatch first, NumberMatch second) {
        int a = first.end();
        int b = second.start();
        while (a < b && Currencies.isSpaceChar(text.charAt(a))) {
            a++;
        }
        while (b > a && Currencies.isSpaceChar(text.charAt(b - 1))) {
            b--;
        }
        String between = text.substring(a, b);
        boolean connector = between.length() == 1 && CONNECTORS.indexOf(between.charAt(0)) >= 0
                || between.equals("以及") || between.equals("或者");
        if (!connector) {
            return false;
        }
        return hasBigUnit(text, first) || !hasBigUnit(text, second);
    }

    private static boolean hasBigUnit(String text, NumberMatch m) {
        char last = CharFold.keepingCase().fold(text.charAt(m.end() - 1));
        return "万亿兆".indexOf(last) >= 0 || CharClass.isAsciiLetter(last);
    }

    private MoneyMention mention(ExtractionContext context, Candidate c, String code) {
        String text = context.text();
        NumberMatch m = c.figure();
        Qualifier q = switch (m.form()) {
            case MORE_THAN -> Qualifier.MORE_THAN;
            case AT_LEAST -> Qualifier.AT_LEAST;
            case VAGUE -> Qualifier.APPROXIMATE;
            default -> null;
        };
        if (q == null) {
            q = qualifiers.before(text, c.start()).map(QualifierWords.Found::qualifier)
                    .or(() -> qualifiers.after(text, c.end()).map(QualifierWords.Found::qualifier))
                    .orElse(Qualifier.EXACT);
        }
        Optional<BigDecimal> amount = m.form() == NumberForm.RANGE || m.form() == NumberForm.VAGUE
                ? Optional.empty() : m.value();
        return new MoneyMention(context.span(c.start(), c.end()), amount, code, q, m.min(), m.max());
    }
}
