package org.zhnews.extract.peer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Qualifier;
import org.zhnews.text.number.ChineseNumber;
import org.zhnews.text.number.NumberForm;
import org.zhnews.text.number.NumberMatch;
import org.zhnews.text.number.NumberScanner;
import org.zhnews.testkit.SharedDir;

/**
 * Runs the Chinese cases of peer projects' test suites (../shared/peer-specs: Recognizers-Text,
 * Duckling, cn2an, JioNLP) through the number reader and the money and metric extractors of the
 * default pipeline, read at test time (no case is copied into the repository). Prints a
 * pass-rate table per suite, writes each suite's failures to
 * {@code target/peer-SUITE-failures.tsv} and asserts the pass counts reached as floors. The
 * in-scope rule of each suite is in {@code extractors/PEER-NUMBERS.md}.
 */
@Tag("shared")
class PeerNumbersTest {

    private static final Pipeline PIPELINE = ZhNews.pipeline();
    private static final Path OUT = Paths.get("target");
    private static final List<SuiteReport> REPORTS = new ArrayList<>();
    /** Two numeral characters with only spaces between: 一百 五 十, 7 万. */
    private static final Pattern SPACED = Pattern.compile(
            "[0-9０-９一二三四五六七八九十百千万亿萬億零两兩壹贰貳叁參肆伍陆陸柒捌玖拾佰仟点點余多几幾个個.．]"
                    + " +[0-9０-９一二三四五六七八九十百千万亿萬億零两兩壹贰貳叁參肆伍陆陸柒捌玖拾佰仟点點余多几幾个個分之kK]");

    private static Path peer(String... parts) {
        Path p = SharedDir.root().resolve("peer-specs");
        for (String s : parts) {
            p = p.resolve(s);
        }
        return p;
    }

    // ---------------------------------------------------------------- our side

    static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    static String plain(String v) {
        return plain(new BigDecimal(v.trim()));
    }

    /** The values the number scanner reads in {@code text}, in order ({@code ~} for a vague count). */
    static String numbers(String text) {
        return NumberScanner.scan(text).stream()
                .map(m -> m.value().map(PeerNumbersTest::plain).orElse("~"))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** The value of a whole number expression, by the reader or as the scanner's one match. */
    static String whole(String text) {
        String t = text.strip();
        if (t.endsWith("个") || t.endsWith("個")) {
            t = t.substring(0, t.length() - 1);
        }
        Optional<BigDecimal> v = ChineseNumber.parse(t);
        if (v.isPresent()) {
            return plain(v.get());
        }
        List<NumberMatch> ms = NumberScanner.scan(t);
        if (ms.size() == 1 && ms.get(0).start() == 0 && ms.get(0).end() == t.length() && ms.get(0).value().isPresent()) {
            return plain(ms.get(0).value().get());
        }
        return "-";
    }

    static List<MoneyMention> money(String text) {
        return PIPELINE.analyze(text).money();
    }

    static String moneyAmounts(String text, boolean withCurrency) {
        return money(text).stream().map(m -> describe(m, withCurrency)).collect(Collectors.joining(", ", "[", "]"));
    }

    static String describe(MoneyMention m, boolean withCurrency) {
        String v = m.amount().map(PeerNumbersTest::plain)
                .orElseGet(() -> m.min().map(PeerNumbersTest::plain).orElse("") + ".." + m.max().map(PeerNumbersTest::plain).orElse(""));
        return withCurrency ? v + " " + m.currency() : v;
    }

    /** Percent values of the metrics of {@code text}: percent, percentage points, per mille / 10. */
    static String percents(String text) {
        Document doc = PIPELINE.analyze(text);
        List<String> out = new ArrayList<>();
        for (MetricMention m : doc.metrics()) {
            String unit = m.unit().jsonName();
            if (m.value().isEmpty()) {
                out.add("~");
            } else if (unit.equals("percent") || unit.equals("percentage_point")) {
                out.add(plain(m.value().get()));
            } else if (unit.equals("permille")) {
                out.add(plain(m.value().get().divide(BigDecimal.TEN, 12, RoundingMode.HALF_UP)));
            } else if (unit.equals("permyriad")) {
                out.add(plain(m.value().get().divide(BigDecimal.valueOf(100), 12, RoundingMode.HALF_UP)));
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- Recognizers-Text

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> recognizers(String file) throws IOException {
        return (List<Map<String, Object>>) MiniJson.parse(Files.readString(peer("recognizers", file), StandardCharsets.UTF_8));
    }

    private static boolean notSupportedInJava(Map<String, Object> c) {
        Object ns = c.get("NotSupported");
        if (ns == null) {
            return false;
        }
        for (String s : ns.toString().split(",")) {
            if (s.trim().equalsIgnoreCase("java")) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(Map<String, Object> c) {
        return (List<Map<String, Object>>) c.get("Results");
    }

    @SuppressWarnings("unchecked")
    private static String resolution(Map<String, Object> r, String key) {
        Object res = r.get("Resolution");
        if (!(res instanceof Map)) {
            return null;
        }
        Object v = ((Map<String, Object>) res).get(key);
        return v == null ? null : v.toString();
    }

    @Test
    void recognizersNumber() throws IOException {
        SuiteReport r = new SuiteReport("recognizers-number");
        for (Map<String, Object> c : recognizers("Number/NumberModel.json")) {
            String in = (String) c.get("Input");
            String scope = notSupportedInJava(c) ? "marked NotSupported for Java"
                    : in.matches(".*[0-9０-９][eE][-+0-9－].*") || in.contains("^") || in.contains("/") || in.contains("／")
                            ? "scientific, power or slash notation"
                    : in.matches(".*分 *之.*") || in.contains("又") || in.contains("半") ? "fractions and halves (分之, 又, 半)"
                    : results(c).isEmpty() && in.matches(".*(美元|美刀|折).*")
                            ? "a price or discount where the number model expects nothing (一美元, 一折)"
                    : in.contains("%") || in.contains("％") ? "percentages (left to the percent model)"
                    : in.matches(".*[打对對双雙].*") ? "dozens and pairs (打, 对, 双)"
                    : SPACED.matcher(in).find() ? "numerals spaced out (一百 五 十 二)"
                    : in.matches(".*(^|[^0-9])[.．][0-9].*") ? "leading decimal point (.5)"
                    : null;
            if (scope != null) {
                r.skip(scope);
                continue;
            }
            String expected = results(c).stream().map(x -> plain(resolution(x, "value")))
                    .collect(Collectors.joining(", ", "[", "]"));
            r.check(in, expected, numbers(in));
        }
        finish(r, 217);
    }

    @Test
    void recognizersPercent() throws IOException {
        SuiteReport r = new SuiteReport("recognizers-percent");
        for (Map<String, Object> c : recognizers("Number/PercentModel.json")) {
            String in = (String) c.get("Input");
            String scope = notSupportedInJava(c) ? "marked NotSupported for Java"
                    : in.contains("折") ? "retail discounts (折)"
                    : SPACED.matcher(in).find() || in.matches(".*[百佰] +分.*") || in.matches(".*([成分] +| +成).*")
                            ? "numerals spaced out (七成 六, 百 分 之)"
                    : null;
            if (scope != null) {
                r.skip(scope);
                continue;
            }
            List<String> exp = new ArrayList<>();
            for (Map<String, Object> x : results(c)) {
                String v = resolution(x, "value");
                exp.add(plain(v.replace("%", "")));
            }
            r.check(in, exp.toString(), percents(in));
        }
        finish(r, 84);
    }

    private static final Pattern INTERVAL = Pattern.compile("([\\[(])(-?[0-9.]*),(-?[0-9.]*)([\\])])");

    @Test
    void recognizersRange() throws IOException {
        SuiteReport r = new SuiteReport("recognizers-range");
        for (String file : List.of("Number/NumberRangeModel.json", "Number/NumberRangeModelExperimentalMode.json")) {
            for (Map<String, Object> c : recognizers(file)) {
                String in = (String) c.get("Input");
                List<Map<String, Object>> res = results(c);
                if (notSupportedInJava(c)) {
                    r.skip("marked NotSupported for Java");
                    continue;
                }
                if (res.size() != 1) {
                    r.skip("comparisons (大于, 小于, 以上, 至少, 之间...): qualifiers in zhnews, not ranges");
                    continue;
                }
                String text = (String) res.get(0).get("Text");
                Matcher iv = INTERVAL.matcher(resolution(res.get(0), "value"));
                if (!iv.matches()) {
                    r.skip("unreadable interval");
                    continue;
                }
                boolean twoBounds = !iv.group(2).isEmpty() && !iv.group(3).isEmpty();
                boolean explicit = twoBounds && text.matches("[^大小于於最少多以上下之间間和与與比至少超过過低]*") && !SPACED.matcher(text).find();
                boolean more = !twoBounds && !iv.group(2).isEmpty()
                        && text.matches(".*[0-9一二三四五六七八九十百千万亿萬億拾佰仟][多余餘几幾].*");
                if (!explicit && !more) {
                    r.skip(SPACED.matcher(text).find() ? "numerals spaced out (20 - 100)"
                            : "comparisons (大于, 小于, 以上, 至少, 之间...): qualifiers in zhnews, not ranges");
                    continue;
                }
                String expected = more ? "more than " + plain(iv.group(2)) : plain(iv.group(2)) + ".." + plain(iv.group(3));
                int at = Integer.parseInt(res.get(0).get("Start").toString());
                List<NumberMatch> ms = NumberScanner.scan(in).stream().filter(x -> x.end() > at).limit(1).toList();
                String got = ms.stream().map(m -> m.form() == NumberForm.MORE_THAN ? "more than " + plain(m.min().get())
                        : m.form() == NumberForm.RANGE ? plain(m.min().get()) + ".." + plain(m.max().get())
                        : m.value().map(PeerNumbersTest::plain).orElse("~")).collect(Collectors.joining(", "));
                r.check(in, expected, got);
            }
        }
        finish(r, 24);
    }

    @Test
    void recognizersCurrency() throws IOException {
        SuiteReport r = new SuiteReport("recognizers-currency");
        for (Map<String, Object> c : recognizers("NumberWithUnit/CurrencyModel.json")) {
            String in = (String) c.get("Input");
            List<Map<String, Object>> res = results(c);
            if (notSupportedInJava(c)) {
                r.skip("marked NotSupported for Java");
                continue;
            }
            if (res.stream().anyMatch(x -> resolution(x, "value") == null)) {
                r.skip("currency name without an amount");
                continue;
            }
            if (res.stream().anyMatch(x -> resolution(x, "isoCurrency") == null && !((String) x.get("Text")).startsWith("$"))) {
                r.skip("no ISO 4217 currency (crypto)");
                continue;
            }
            String expected = res.stream().map(x -> plain(resolution(x, "value")) + " "
                    + Optional.ofNullable(resolution(x, "isoCurrency")).orElse("USD")).collect(Collectors.joining(", ", "[", "]"));
            r.check(in, expected, moneyAmounts(in, true));
        }
        finish(r, 24);
    }

    // ---------------------------------------------------------------- Duckling

    private static final Pattern EXAMPLES = Pattern.compile("examples \\((.*?)\\)\\s*\\[(.*?)\\]", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static List<String[]> duckling(String file) throws IOException {
        String src = Files.readString(peer("duckling", file), StandardCharsets.UTF_8);
        List<String[]> out = new ArrayList<>();
        Matcher m = EXAMPLES.matcher(src);
        while (m.find()) {
            Matcher q = QUOTED.matcher(m.group(2));
            while (q.find()) {
                out.add(new String[] {m.group(1).trim(), q.group(1)});
            }
        }
        return out;
    }

    @Test
    void ducklingNumeral() throws IOException {
        SuiteReport r = new SuiteReport("duckling-numeral");
        for (String[] e : duckling("Numeral_ZH_Corpus.hs")) {
            String in = e[1];
            String scope = in.matches(".*[打对對双雙].*") ? "dozens and pairs (打, 对, 双)"
                    : in.matches(".*(半|又|份|分).*") ? "fractions and halves (半, 又, 份, 分之)"
                    : in.matches(".*[0-9][gG]$") || in.matches("^-?[.].*") ? "giga suffix, leading decimal point"
                    : null;
            if (scope != null) {
                r.skip(scope);
                continue;
            }
            String v = e[0].replace("NumeralValue", "").replace("(", "").replace(")", "").trim();
            r.check(in, plain(v), whole(in));
        }
        finish(r, 106);
    }

    private static final Pattern MONEY_VALUE = Pattern.compile("(simple|under|above|between) (\\w+) \\(?([0-9.]+)(?:, ([0-9.]+))?\\)?");

    @Test
    void ducklingMoney() throws IOException {
        SuiteReport r = new SuiteReport("duckling-money");
        for (String[] e : duckling("AmountOfMoney_ZH_Corpus.hs")) {
            String in = e[1];
            Matcher v = MONEY_VALUE.matcher(e[0]);
            if (!v.matches()) {
                r.skip("unreadable value");
                continue;
            }
            String cur = v.group(2);
            String scope = cur.equals("Cent") ? "a sub-unit alone (五分, 两毛): points/minutes in news"
                    : in.matches(".*[蚊毫仙個].*") ? "Cantonese colloquial money (蚊, 毫, 仙, 個半)"
                    : null;
            if (scope != null) {
                r.skip(scope);
                continue;
            }
            String code = cur.equals("Dollar") ? "CNY" : cur;
            String expected = switch (v.group(1)) {
                case "between" -> plain(v.group(3)) + ".." + plain(v.group(4)) + " " + code;
                case "under" -> "<= " + plain(v.group(3)) + " " + code;
                case "above" -> ">= " + plain(v.group(3)) + " " + code;
                default -> plain(v.group(3)) + " " + code;
            };
            List<MoneyMention> ms = money(in);
            String got = ms.stream().map(m -> bound(m) + describe(m, true)).collect(Collectors.joining(", "));
            r.check(in, expected, got);
        }
        finish(r, 10);
    }

    private static String bound(MoneyMention m) {
        Qualifier q = m.qualifier();
        if (m.amount().isEmpty()) {
            return "";
        }
        return q == Qualifier.AT_MOST || q == Qualifier.LESS_THAN ? "<= "
                : q == Qualifier.AT_LEAST || q == Qualifier.MORE_THAN ? ">= " : "";
    }

    @Test
    void ducklingQuantity() throws IOException {
        // Weights (克, 斤, 公斤, mg) are neither money nor a metric: the extractors must stay silent
        // on every one of them rather than read 3斤 as a count or 1.5kg as an amount.
        SuiteReport r = new SuiteReport("duckling-quantity");
        int cases = 0;
        for (String[] e : duckling("Quantity_ZH_Corpus.hs")) {
            String in = e[1];
            Document doc = PIPELINE.analyze(in);
            List<String> found = new ArrayList<>();
            doc.money().forEach(m -> found.add("money " + m.text()));
            doc.metrics().forEach(m -> found.add("metric " + m.text()));
            r.check(in, "[]", found.toString());
            cases++;
        }
        assertTrue(cases >= 20, "the duckling quantity corpus should hold 20+ weight examples, read " + cases);
        finish(r, cases);
    }

    // ---------------------------------------------------------------- cn2an

    private static final Pattern PY_ENTRY = Pattern.compile("^\\s*\"([^\"]*)\":\\s*(\"[^\"]*\"|[-0-9.]+),");
    private static final Pattern PY_ITEM = Pattern.compile("^\\s*\"([^\"]*)\",");

    @Test
    void cn2an() throws IOException {
        SuiteReport r = new SuiteReport("cn2an");
        String block = null;
        for (String line : Files.readAllLines(peer("cn2an", "cn2an_test.py"), StandardCharsets.UTF_8)) {
            Matcher start = Pattern.compile("self\\.(\\w+) = [\\[{]").matcher(line);
            if (start.find()) {
                block = start.group(1);
                continue;
            }
            if (block == null) {
                continue;
            }
            if (line.trim().startsWith("}") || line.trim().startsWith("]")) {
                block = null;
                continue;
            }
            Matcher e = PY_ENTRY.matcher(line);
            Matcher item = PY_ITEM.matcher(line);
            if (e.find()) {
                String in = e.group(1);
                String v = e.group(2).replace("\"", "");
                if (in.matches(".*[角分].*")) {
                    r.skip("jiao and fen (角, 分) after yuan");
                } else if (in.contains("幺")) {
                    r.skip("幺 for one (spoken digits)");
                } else if (in.matches(".*[元圆].*")) {
                    r.check(in, plain(v) + " CNY", money(in).stream().map(m -> describe(m, true)).collect(Collectors.joining(", ")));
                } else {
                    r.check(in, plain(v), whole(in));
                }
            } else if (item.find() && block.startsWith("error")) {
                String in = item.group(1);
                if (block.equals("error_strict_datas")) {
                    r.skip("strict-mode rejects (我们 read colloquial forms)");
                    continue;
                }
                r.check(in, "-", ChineseNumber.parse(in).map(PeerNumbersTest::plain).orElse("-"));
            }
        }
        finish(r, 143);
    }

    // ---------------------------------------------------------------- JioNLP

    private static final Pattern JIO_PARSE = Pattern.compile(
            "\\['([^']*)', \\{'num': (\\[?'[^]]*?'\\]?), 'case': '([^']*)', 'definition': '([^']*)'\\}\\]");
    private static final Map<String, String> JIO_CASE = Map.ofEntries(Map.entry("元", "CNY"), Map.entry("港元", "HKD"),
            Map.entry("美元", "USD"), Map.entry("日元", "JPY"), Map.entry("新台币", "TWD"), Map.entry("泰铢", "THB"),
            Map.entry("卢布", "RUB"), Map.entry("欧元", "EUR"), Map.entry("澳元", "AUD"), Map.entry("韩元", "KRW"));

    @Test
    void jionlpParser() throws IOException {
        SuiteReport r = new SuiteReport("jionlp-parser");
        String src = Files.readString(peer("jionlp", "test_money_parser.py"), StandardCharsets.UTF_8);
        Matcher m = JIO_PARSE.matcher(src);
        while (m.find()) {
            String in = m.group(1);
            String code = JIO_CASE.getOrDefault(m.group(3), m.group(3));
            if (code.equals("CNY") && !in.matches(".*[元圆块塊]|.*人民币.*|.*[元圆块塊].*")) {
                r.skip("no currency word (JioNLP defaults to yuan; zhnews: a figure alone is not money)");
                continue;
            }
            String num = m.group(2).replace("'", "").replace("[", "").replace("]", "");
            String[] parts = num.split(",\\s*");
            String def = m.group(4);
            String expected = (parts.length == 2 ? plain(parts[0]) + ".." + plain(parts[1]) : plain(parts[0])) + " " + code
                    + (def.equals("accurate") ? "" : " ~");
            List<MoneyMention> ms = money(in);
            String got = ms.stream().map(x -> {
                String v = x.min().isPresent() && x.max().isPresent()
                        && (x.amount().isEmpty() || x.qualifier() == Qualifier.MORE_THAN)
                        ? plain(x.min().get()) + ".." + plain(x.max().get()) : describe(x, false);
                return v + " " + x.currency() + (x.qualifier() == Qualifier.EXACT && x.amount().isPresent() ? "" : " ~");
            }).collect(Collectors.joining(", "));
            r.check(in, expected, got);
        }
        finish(r, 44);
    }

    private static final Pattern JIO_SENTENCE = Pattern.compile("\\['([^']*)',\\s*\\[(.*?)\\]\\]", Pattern.DOTALL);
    private static final Pattern JIO_TEXT = Pattern.compile("'text': '([^']*)'");

    @Test
    void jionlpExtractor() throws IOException {
        SuiteReport r = new SuiteReport("jionlp-extractor");
        String src = Files.readString(peer("jionlp", "test_money_extractor.py"), StandardCharsets.UTF_8);
        Matcher m = JIO_SENTENCE.matcher(src);
        while (m.find()) {
            String in = m.group(1);
            List<String> exp = new ArrayList<>();
            Matcher t = JIO_TEXT.matcher(m.group(2));
            while (t.find()) {
                exp.add(t.group(1));
            }
            List<String> got = money(in).stream().map(MoneyMention::text).toList();
            r.check(in, exp.toString(), got.toString());
        }
        finish(r, 12);
    }

    // ---------------------------------------------------------------- report

    private static void finish(SuiteReport r, int floor) {
        Path f = r.writeFailures(OUT);
        synchronized (REPORTS) {
            REPORTS.add(r);
        }
        System.out.println(r.row() + "  failures: " + f + "  out of scope: " + r.outOfScope);
        assertTrue(r.passed >= floor, r.name + ": " + r.passed + " passed, floor " + floor);
    }

    @AfterAll
    static void table() {
        StringBuilder b = new StringBuilder("\n| suite                        | cases | in scope | passed | rate     |\n");
        REPORTS.forEach(x -> b.append(x.row()).append('\n'));
        System.out.print(b);
    }
}
