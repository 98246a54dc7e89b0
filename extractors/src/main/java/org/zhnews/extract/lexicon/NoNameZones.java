package org.zhnews.extract.lexicon;

import org.zhnews.text.chars.CharClass;
import org.zhnews.text.chars.NumeralChars;
import org.zhnews.core.mention.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The places of one text where no dictionary name stands, whatever the dictionary finds there:
 * amounts (the money and metric mentions of earlier extractors: {@code 亿欧} in {@code 50亿欧元}),
 * URLs and host names ({@code https://…}, {@code www.…}, {@code deepseek.com/…}), e-mail
 * addresses, and runs of digits and numerals ({@code 百度} in {@code 一百度}). A name that
 * covers a whole URL-like token is the name itself ({@code Character.AI}, {@code JD.com}).
 * Built in one linear pass over the text; one instance serves one text.
 */
final class NoNameZones {

    /** Last labels that make a dotted Latin token a host name. */
    private static final Set<String> TOP_LEVEL_DOMAINS = Set.of(
            "com", "cn", "net", "org", "io", "ai", "co", "hk", "tw", "mo", "jp", "kr", "sg", "uk", "us",
            "de", "fr", "eu", "in", "dev", "app", "me", "tv", "info", "gov", "edu", "tech", "xyz", "cc", "top");
    /** Numerals that continue a number written in digits ({@code 50亿}, {@code 3万}). */
    private static final String UNITS_AFTER_DIGITS = "万亿萬億";

    private record Zone(int start, int end, Reason reason) {
    }

    private final String text;
    /** The amounts, overlapping ones merged: disjoint, by start. */
    private final List<Zone> amounts;
    /** URLs, host names and e-mail addresses: disjoint (each is a maximal token), by start. */
    private final List<Zone> web;

    private NoNameZones(String text, List<Zone> amounts, List<Zone> web) {
        this.text = text;
        this.amounts = amounts;
        this.web = web;
    }

    /** The zones of {@code text}, with {@code amounts} (spans of money and metric mentions) as amounts. */
    static NoNameZones of(String text, List<Span> amounts) {
        List<Span> sorted = new ArrayList<>(amounts);
        sorted.sort(Comparator.comparingInt(Span::start));
        List<Zone> merged = new ArrayList<>();
        for (Span s : sorted) {
            if (s.end() <= s.start()) {
                continue;
            }
            Zone last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.start() < last.end()) {
                merged.set(merged.size() - 1, new Zone(last.start(), Math.max(last.end(), s.end()), Reason.INSIDE_AMOUNT));
            } else {
                merged.add(new Zone(s.start(), s.end(), Reason.INSIDE_AMOUNT));
            }
        }
        List<Zone> web = new ArrayList<>();
        addLatinTokens(text, web);
        return new NoNameZones(text, merged, web);
    }

    /**
     * Why no name may stand on {@code [start, end)}: inside an amount (any overlap), a URL or an
     * e-mail address (overlapping it without covering it whole), or a number; empty when a name
     * may. Logarithmic time.
     */
    Optional<Reason> reasonFor(int start, int end) {
        int a = lastStartingBefore(amounts, end);
        if (a >= 0 && amounts.get(a).end() > start) {
            return Optional.of(Reason.INSIDE_AMOUNT);
        }
        for (int w = lastStartingBefore(web, end); w >= 0 && web.get(w).end() > start; w--) {
            Zone z = web.get(w);
            if (!(start <= z.start() && end >= z.end())) {
                return Optional.of(z.reason());
            }
        }
        return insideNumber(start, end) ? Optional.of(Reason.INSIDE_NUMBER) : Optional.empty();
    }

    /** The index of the last zone of disjoint {@code zones} that starts before {@code pos}, or -1. */
    private static int lastStartingBefore(List<Zone> zones, int pos) {
        int lo = 0;
        int hi = zones.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (zones.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** Whether the span's first (last) character continues a number that runs on before (after) it. */
    private boolean insideNumber(int start, int end) {
        char first = text.charAt(start);
        if (start > 0 && isNumeral(first)) {
            char before = text.charAt(start - 1);
            if (isNumeral(before) || (isDigit(before) && UNITS_AFTER_DIGITS.indexOf(first) >= 0)) {
                return true;
            }
        }
        char last = text.charAt(end - 1);
        return end < text.length() && isNumeral(last)
                && (isNumeral(text.charAt(end)) || isDigit(text.charAt(end)));
    }

    private static boolean isDigit(char c) {
        return CharClass.isArabicDigit(c);
    }

    /** Adds a zone for every maximal token of URL characters that is a URL, host name or e-mail address. */
    private static void addLatinTokens(String text, List<Zone> zones) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isTokenChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isTokenChar(text.charAt(i))) {
                i++;
            }
            int s = start;
            int e = i;
            while (s < e && !isLetterOrDigit(text.charAt(s))) {
                s++;
            }
            while (e > s && !isLetterOrDigit(text.charAt(e - 1)) && text.charAt(e - 1) != '/') {
                e--;
            }
            if (e > s && mayBeAddress(text, s, e)) {
                Reason r = classify(text.substring(s, e).toLowerCase(Locale.ROOT));
                if (r != null) {
                    zones.add(new Zone(s, e, r));
                }
            }
        }
    }

    /** Whether the token has what every URL, host name and address has: a dot, an {@code @} or {@code ://}. */
    private static boolean mayBeAddress(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '@' || (c == ':' && text.startsWith("//", i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static Reason classify(String token) {
        int at = token.lastIndexOf('@');
        if (at > 0) {
            return isHost(token.substring(at + 1)) ? Reason.INSIDE_EMAIL : null;
        }
        if (token.startsWith("http://") || token.startsWith("https://") || token.startsWith("www.")) {
            // a scheme or www. makes any token a URL, with or without a dot after it
            return Reason.INSIDE_URL;
        }
        int hostEnd = token.length();
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (c == '/' || c == '?' || c == '#' || c == ':') {
                hostEnd = k;
                break;
            }
        }
        return isHost(token.substring(0, hostEnd)) ? Reason.INSIDE_URL : null;
    }

    /** {@code label.label…tld}: at least two non-empty labels of letters, digits and hyphens, a known last label. */
    private static boolean isHost(String host) {
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || !label.chars().allMatch(c -> isLetterOrDigit((char) c) || c == '-')) {
                return false;
            }
        }
        return TOP_LEVEL_DOMAINS.contains(labels[labels.length - 1]);
    }

    private static boolean isTokenChar(char c) {
        return isLetterOrDigit(c) || ".-_~:/?#=&%+@".indexOf(c) >= 0;
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** A character of a Chinese number besides the digits: everyday and financial forms, units. */
    private static boolean isNumeral(char c) {
        return NumeralChars.isChineseNumeral(c) || NumeralChars.isFinancial(c);
    }
}
