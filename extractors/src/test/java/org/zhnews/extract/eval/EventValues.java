package org.zhnews.extract.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The value comparisons of {@code ../shared/tools/score_events.py} for every role that is not a
 * company: money ({@code money_match}), fractions ({@code fraction_match}), rounds, exchanges
 * (with the script's {@code EXCHANGE_ALIASES}), statuses and changes, open source, a person's
 * post, periods and person names. Gold values are as {@link org.zhnews.testkit.JsonValues} reads them (strings,
 * {@link BigDecimal}s, booleans, maps, {@code null}). Stateless; safe from any thread.
 */
final class EventValues {

    /** The script's tolerance on fractions. */
    static final BigDecimal TOLERANCE = new BigDecimal("1e-6");

    /** Exchange codes and the names, in lower case without spaces, that stand for them. */
    static final Map<String, Set<String>> EXCHANGE_ALIASES = exchangeAliases();

    private static final MathContext SIX_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern PAREN = Pattern.compile("[(（][^)）]*[)）]");
    private static final Pattern PERSON_DROPPED = Pattern.compile("[\\s\\-_·•・.．‧]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PERIOD_DROPPED = Pattern.compile("[\\s\\-_]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ROUND_WORDS = Pattern.compile("series|轮|輪|融资|融資|round");
    private static final Pattern ROUND_DROPPED = Pattern.compile("[\\s_]+", Pattern.UNICODE_CHARACTER_CLASS);

    private EventValues() {
    }

    /**
     * A predicted amount of money: {@code amount}, or {@code min} and {@code max} for a range
     * (each {@code null} when absent), and its currency.
     */
    record Money(BigDecimal amount, BigDecimal min, BigDecimal max, String currency) {

        /** {@code 300000000 CNY}, {@code 100000000-200000000 USD}. */
        @Override
        public String toString() {
            String value = amount != null ? amount.toPlainString()
                    : (min == null ? "?" : min.toPlainString()) + "-" + (max == null ? "?" : max.toPlainString());
            return value + " " + currency;
        }
    }

    /**
     * Whether a predicted amount equals a gold one: same currency (case aside); a gold amount
     * against the predicted amount, or against a range whose both ends are that amount; a gold
     * range by its ends. Values compare to 6 significant digits.
     */
    static boolean money(Money p, Map<?, ?> g) {
        if (p == null) {
            return false;
        }
        if (!upper(p.currency()).equals(upper(g.get("currency")))) {
            return false;
        }
        Object goldAmount = g.get("amount");
        if (goldAmount != null) {
            BigDecimal ga = sig(dec(goldAmount));
            if (p.amount() != null) {
                return Objects.equals(sig(p.amount()), ga);
            }
            return p.min() != null && Objects.equals(sig(p.min()), ga) && Objects.equals(ga, sig(p.max()));
        }
        return Objects.equals(sig(p.min()), sig(dec(g.get("min"))))
                && Objects.equals(sig(p.max()), sig(dec(g.get("max"))));
    }

    /** Whether a predicted fraction is the gold one within 1e-6, or its percent form (56 for 0.56). */
    static boolean fraction(BigDecimal p, Object g) {
        BigDecimal gd = g instanceof Boolean ? null : dec(g);
        if (p == null || gd == null) {
            return false;
        }
        if (p.subtract(gd).abs().compareTo(TOLERANCE.multiply(BigDecimal.ONE.max(gd.abs()))) <= 0) {
            return true;
        }
        BigDecimal percent = gd.multiply(HUNDRED);
        return p.subtract(percent).abs().compareTo(TOLERANCE.multiply(BigDecimal.ONE.max(percent.abs()))) <= 0;
    }

    /** A round label: lower case, without {@code series/轮/融资/round}, spaces and underscores. */
    static String normRound(Object s) {
        String r = ROUND_WORDS.matcher(str(s).toLowerCase(Locale.ROOT)).replaceAll("");
        return ROUND_DROPPED.matcher(r).replaceAll("").replace('＋', '+').replace('—', '-');
    }

    /** An exchange's code when the value is one of its names, else the value in upper case. */
    static String normExchange(Object s) {
        String v = str(s).strip();
        String low = v.toLowerCase(Locale.ROOT).replace(" ", "");
        for (Map.Entry<String, Set<String>> e : EXCHANGE_ALIASES.entrySet()) {
            if (e.getValue().contains(low)) {
                return e.getKey();
            }
        }
        return v.toUpperCase(Locale.ROOT);
    }

    /** Status and change: equal labels, case and outer spaces aside. */
    static boolean label(String p, Object g) {
        return p != null && p.strip().toLowerCase(Locale.ROOT).equals(pyStr(g).strip().toLowerCase(Locale.ROOT));
    }

    /** Open source: the predicted flag equals the gold one (a gold 1 or 0 counts as true or false). */
    static boolean flag(Boolean p, Object g) {
        if (p == null) {
            return false;
        }
        if (g instanceof BigDecimal n) {
            return n.compareTo(p ? BigDecimal.ONE : BigDecimal.ZERO) == 0;
        }
        return p.equals(g);
    }

    /** A person's post: non-empty and equal to, inside or around the gold post (spaces and case aside). */
    static boolean post(String p, Object g) {
        String a = SPACES.matcher(p == null ? "" : p).replaceAll("").toLowerCase(Locale.ROOT);
        String b = SPACES.matcher(pyStr(g)).replaceAll("").toLowerCase(Locale.ROOT);
        return !a.isEmpty() && (a.equals(b) || b.contains(a) || a.contains(b));
    }

    /** A period label: without spaces, hyphens and underscores, upper case ({@code 2025-q3} = {@code 2025Q3}). */
    static String normPeriod(Object s) {
        return PERIOD_DROPPED.matcher(str(s)).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** A person's name: without parenthesised parts, spaces, dots and hyphens, lower case. */
    static String normPerson(Object s) {
        String v = PAREN.matcher(str(s)).replaceAll("");
        return PERSON_DROPPED.matcher(v).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * A predicted model: family, version and variant ({@code null} when absent) and its surface.
     */
    record Model(String family, String version, String variant, String text) {
    }

    /**
     * Whether a predicted model is the gold {@code {family, version}}: versions agree and the
     * family is one of the gold family's words or the whole family; or family and version spell
     * a gold word and the gold version ({@code o}+{@code 1} = {@code o1}); or the surface does.
     * The predicted version is its version and variant together.
     */
    static boolean model(Model p, Map<?, ?> g) {
        String family = str(g.get("family"));
        Set<String> words = new HashSet<>();
        for (String w : SPACES.split(family.strip())) {
            words.add(EntityScorer.normName(w));
        }
        words.add(EntityScorer.normName(family));
        words.remove("");
        String version = EntityScorer.normName(g.get("version") == null ? null : pyStr(g.get("version")));
        Set<String> full = new HashSet<>();
        for (String w : words) {
            full.add(w + version);
        }
        if (p == null) {
            return false;
        }
        String pFamily = EntityScorer.normName(p.family());
        String pVersion = EntityScorer.normName(orEmpty(p.version()) + orEmpty(p.variant()));
        if (pVersion.equals(version) && words.contains(pFamily)) {
            return true;
        }
        if (full.contains(pFamily + pVersion)) {
            return true;
        }
        return p.text() != null && !p.text().isEmpty() && full.contains(EntityScorer.normName(p.text()));
    }

    /** A value rounded to 6 significant digits ({@code null} stays {@code null}; zero is 0). */
    static BigDecimal sig(BigDecimal d) {
        if (d == null) {
            return null;
        }
        if (d.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return d.round(SIX_DIGITS).stripTrailingZeros();
    }

    /** A gold number (a number, or a string that spells one); {@code null} for anything else. */
    static BigDecimal dec(Object x) {
        if (x instanceof BigDecimal d) {
            return d;
        }
        if (x instanceof String s) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A value as the script's {@code str(v or '')} writes it: {@code ""} for null, false, zero and empty. */
    static String str(Object v) {
        if (v == null || Boolean.FALSE.equals(v) || (v instanceof BigDecimal d && d.signum() == 0)) {
            return "";
        }
        return pyStr(v);
    }

    /** A value as the script's {@code str(v)} writes it: {@code None}, {@code True}, numbers as written. */
    static String pyStr(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return v.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String upper(Object v) {
        return v == null ? "" : v.toString().toUpperCase(Locale.ROOT);
    }

    private static Map<String, Set<String>> exchangeAliases() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("HKEX", Set.of("hkex", "sehk", "hkse", "港交所", "香港交易所", "香港联合交易所", "香港聯合交易所", "港股"));
        m.put("SSE", Set.of("sse", "上交所", "上海证券交易所", "上海證券交易所"));
        m.put("SZSE", Set.of("szse", "深交所", "深圳证券交易所", "深圳證券交易所"));
        m.put("STAR", Set.of("star", "科创板", "科創板"));
        m.put("BSE", Set.of("bse", "北交所", "北京证券交易所"));
        m.put("NASDAQ", Set.of("nasdaq", "纳斯达克", "納斯達克"));
        m.put("NYSE", Set.of("nyse", "纽交所", "紐交所", "纽约证券交易所"));
        m.put("TWSE", Set.of("twse", "台交所", "台湾证券交易所", "臺灣證券交易所"));
        m.put("SGX", Set.of("sgx", "新交所", "新加坡交易所"));
        return Collections.unmodifiableMap(m);
    }
}
