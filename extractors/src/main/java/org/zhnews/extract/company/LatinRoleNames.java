package org.zhnews.extract.company;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;
import org.zhnews.text.match.PrefixTrie;
import org.zhnews.text.match.WordsAt;

/**
 * Latin names no list holds that a company role in the Chinese sentence around them makes
 * companies: a cue right after them ({@code X旗下}, {@code X的首席执行官}, {@code X宣布推出}),
 * a noun that introduces them ({@code 数码银行X}, {@code 航空公司X}), a credited source
 * ({@code 据X报道}) or a partnership ({@code 与X合作}); cues in {@code latin-role-cues.tsv}. A
 * name is a run of one to four Latin words, each capitalised or a number, lower-case joining
 * words ({@code of}, {@code in}, {@code and}) inside, standing between non-Latin characters.
 * Verbs that persons take too ({@code 宣布推出}, {@code 与X合作}) count for a single word only;
 * acronyms of techs and roles, places and tiers ({@code GPU}, {@code AI}, {@code Singapore},
 * {@code Pro}) are no names ({@code latin-not-names.tsv}). Model and product names the
 * arbiter read are taken before these count. Linear in the text: one scan, cue look-ups at
 * each run's two ends. Immutable and thread-safe.
 */
final class LatinRoleNames {

    private static final int MAX_WORDS = 4;
    private static final Set<String> JOINING = Set.of("of", "in", "and", "for", "&");
    private static final List<String> SOURCE_CLOSE = List.of("报道", "报导", "消息", "的报道", "引述");
    private static final List<String> PARTNER_OPEN = List.of("与", "和", "同", "携手", "联手");
    private static final List<String> PARTNER_CLOSE = List.of("合作", "达成合作", "签署", "签约", "结盟");

    private record Cue(String text, boolean left, boolean anyWords) {
    }

    /** Right cues (read forward from the name's end) and left cues (read backward from its start): any words or not. */
    private final PrefixTrie<Boolean> right;
    private final PrefixTrie<Boolean> left;
    private final Set<String> notNames;

    /** The first characters of right cues and the last of left ones, to skip most runs at once. */
    private final String rightFirst;
    private final String leftLast;

    private LatinRoleNames(List<Cue> cues, Set<String> notNames) {
        Map<String, Boolean> r = new HashMap<>();
        Map<String, Boolean> l = new HashMap<>();
        cues.forEach(c -> (c.left() ? l : r).put(c.text(), c.anyWords()));
        this.right = PrefixTrie.<Boolean>builder().forward(true).putAll(r).build();
        this.left = PrefixTrie.<Boolean>builder().backward(true).putAll(l).build();
        this.notNames = notNames;
        StringBuilder right = new StringBuilder();
        SOURCE_CLOSE.forEach(w -> right.append(w.charAt(0)));
        PARTNER_CLOSE.forEach(w -> right.append(w.charAt(0)));
        StringBuilder left = new StringBuilder("据");
        PARTNER_OPEN.forEach(w -> left.append(w.charAt(w.length() - 1)));
        for (Cue c : cues) {
            if (c.left()) {
                left.append(c.text().charAt(c.text().length() - 1));
            } else {
                right.append(c.text().charAt(0));
            }
        }
        this.rightFirst = right.toString();
        this.leftLast = left.toString();
    }

    /** The finder over the bundled cue and word lists. */
    static LatinRoleNames standard() {
        List<Cue> cues = Lexicon.resource(LatinRoleNames.class, "latin-role-cues.tsv",
                        Columns.of("text", "side", "words", "reason")).stream()
                .map(r -> new Cue(r.get(0), r.get(1).equals("left"), r.get(2).equals("any")))
                .toList();
        Set<String> not = new HashSet<>();
        for (LexiconRow r : Lexicon.resource(LatinRoleNames.class, "latin-not-names.tsv", Columns.of("word", "reason"))) {
            not.add(r.get(0).toLowerCase(Locale.ROOT));
        }
        return new LatinRoleNames(cues, Set.copyOf(not));
    }

    /** Adds the Latin names in a company role in {@code text} to {@code out} (evidence {@code role:latin}). */
    void find(String text, List<CompanyCandidate> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isUpper(text.charAt(i)) || i > 0 && isWordChar(text, i - 1)) {
                i = i > 0 && isWordChar(text, i - 1) ? i + 1 : lowerBrand(text, i, out);
                continue;
            }
            int start = i;
            int end = -1;
            int words = 0;
            int p = i;
            boolean named = true;
            while (p < n && isWordChar(text, p)) {
                int s = p;
                while (p < n && isWordChar(text, p)) {
                    p++;
                }
                boolean joining = joining(text, s, p);
                if (!joining && !capitalised(text, s, p) || words == MAX_WORDS) {
                    named = false;
                    break;
                }
                words++;
                if (!joining) {
                    end = p;
                }
                if (p + 1 < n && text.charAt(p) == ' ' && isWordChar(text, p + 1)) {
                    p++;
                } else {
                    break;
                }
            }
            if (named && end > start && (end >= n || !isWordChar(text, end)) && (p >= n || !isWordChar(text, p))
                    && cueMayStand(text, start, end)) {
                boolean oneWord = words == 1;
                if (inRole(text, start, end, oneWord) && nameOk(text.substring(start, end))) {
                    out.add(new CompanyCandidate(start, end, text.substring(start, end), "role:latin"));
                }
            }
            i = Math.max(p, i + 1);
        }
    }

    /**
     * A single word at {@code i} that starts in lower case and holds a digit or a capital
     * ({@code e27}, {@code iFlow}): a brand where a company role stands by it, as a name would be.
     * Returns where the scan goes on.
     */
    private int lowerBrand(String text, int i, List<CompanyCandidate> out) {
        char c = text.charAt(i);
        if (c < 'a' || c > 'z') {
            return i + 1;
        }
        int end = i;
        boolean marked = false;
        while (end < text.length() && CharClass.isAsciiAlnum(text.charAt(end))) {
            char d = text.charAt(end);
            marked |= d >= '0' && d <= '9' || isUpper(d);
            end++;
        }
        boolean alone = end >= text.length() || !isWordChar(text, end) && text.charAt(end) != ' ';
        if (marked && alone && end - i >= 2 && cueMayStand(text, i, end) && inRole(text, i, end, true)
                && nameOk(text.substring(i, end))) {
            out.add(new CompanyCandidate(i, end, text.substring(i, end), "role:latin"));
        }
        return end;
    }

    /** Whether a cue may stand by {@code [start, end)}: its first or last character is there. */
    private boolean cueMayStand(String text, int start, int end) {
        int after = skipSpaces(text, end);
        int before = skipSpacesBack(text, start);
        return after < text.length() && rightFirst.indexOf(text.charAt(after)) >= 0
                || before > 0 && leftLast.indexOf(text.charAt(before - 1)) >= 0;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private boolean nameOk(String name) {
        return name.length() >= 2 && !notNames.contains(name.toLowerCase(Locale.ROOT));
    }

    private boolean inRole(String text, int start, int end, boolean oneWord) {
        int after = skipSpaces(text, end);
        int before = skipSpacesBack(text, start);
        for (PrefixTrie.Hit<Boolean> h : right.allAt(text, after)) {
            if (h.value() || oneWord) {
                return true;
            }
        }
        for (PrefixTrie.Hit<Boolean> h : left.allEndingAt(text, before)) {
            if (h.value() || oneWord) {
                return true;
            }
        }
        if (before > 0 && text.charAt(before - 1) == '据' && WordsAt.startsWithAny(text, after, SOURCE_CLOSE)) {
            return true;
        }
        return oneWord && WordsAt.endsWithAny(text, before, PARTNER_OPEN)
                && WordsAt.startsWithAny(text, after, PARTNER_CLOSE);
    }

    private static int skipSpacesBack(String text, int p) {
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        return p;
    }

    private static int skipSpaces(String text, int p) {
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p;
    }

    /** A name word {@code text[s, e)}: a capital or digit first, and not a run of digits alone. */
    private static boolean capitalised(String text, int s, int e) {
        char c = text.charAt(s);
        if (isUpper(c)) {
            return true;
        }
        if (c < '0' || c > '9') {
            return false;
        }
        for (int k = s + 1; k < e; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text[s, e)} is a lower-case word that joins the words of a name ({@code of}, {@code &}). */
    private static boolean joining(String text, int s, int e) {
        char c = text.charAt(s);
        if (isUpper(c) || c >= '0' && c <= '9') {
            return false;
        }
        for (String w : JOINING) {
            if (w.length() == e - s && text.startsWith(w, s)) {
                return true;
            }
        }
        return false;
    }

    /** A Latin letter, digit, {@code & ' -}, or a dot inside a word ({@code Booking.com}). */
    private static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (c == '.') {
            return i + 1 < text.length() && CharClass.isAsciiLetter(text.charAt(i + 1)) && i > 0
                    && CharClass.isAsciiLetter(text.charAt(i - 1));
        }
        return CharClass.isAsciiAlnum(c) || c == '&' || c == '\'' || c == '-';
    }
}
