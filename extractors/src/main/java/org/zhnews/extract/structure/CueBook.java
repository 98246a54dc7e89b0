package org.zhnews.extract.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhnews.text.chars.CharSketch;
import org.zhnews.text.fold.CharFold;
import org.zhnews.text.lexicon.LexiconRow;

/**
 * The rules of the structure step as data: line cues ({@code cues.tsv}), what a trailing
 * credit may name ({@code outlets.tsv}), place-name endings ({@code place-suffixes.tsv}) and
 * the character fold they are matched with. Built once; immutable and thread-safe. Every method
 * takes time linear in the line's length (times the fixed number of cues).
 */
final class CueBook {

    /** Lines longer than this are paragraphs, never zones. */
    static final int NOTICE_MAX = 160;
    static final int SHORT_MAX = 60;
    static final int ALONE_MAX = 12;
    static final int HEADER_MAX = 16;
    private static final int NOTICE_HEAD = 4;
    private static final int NOTICE_TAIL = 12;
    /** Lines longer than this carry no byline, outlet or dateline. */
    static final int META_MAX = 100;
    private static final int VALUE_MAX = 24;

    /** Decoration that may open a line before a cue. */
    private static final String LEAD = "#【[(<《「『〔▲△●○■□◆◇★☆※*·•>-|=_~—";
    /** Decoration that may close a header line. */
    private static final String TRAIL = "】])>》」』〕:|-=_~—…. ";
    /** Brackets that may open a tag line ({@code 【招聘】}); each closes with the mark at its index in TAG_CLOSE. */
    private static final String TAG_OPEN = "【[〔「『(<《";
    private static final String TAG_CLOSE = "】]〕」』)>》";
    /** Marks that may end an unbracketed tag ({@code 招聘|…}, {@code 声明:…}). */
    private static final String TAG_DELIMITER = ":|/";
    /** Where a metadata value ends. */
    static final String VALUE_END = ",，。;；|、()（）【】[]“”\"「」《》:!?！？";
    /** What may stand before a metadata label inside a line. */
    private static final String LABEL_BEFORE = ",，;；|、 (（【[:：“\"";

    private final CharFold fold;
    private final List<Cue> zoneCues;
    /** The {@link CharSketch} of each zone cue's text, in the order of {@link #zoneCues}. */
    private final long[] zoneSketches;
    private final Map<CueKind, List<Cue>> metaCues;
    /** The sketches of each kind's metadata cues, in the order of {@link #metaCues}' lists. */
    private final Map<CueKind, long[]> metaSketches;
    private static final long[] NO_SKETCHES = {};
    private final CreditReader credits;
    private final Set<Character> placeSuffixes;

    CueBook(CharFold fold, List<Cue> cues, List<LexiconRow> outlets, Set<Character> placeSuffixes) {
        this.fold = fold;
        List<Cue> zones = new ArrayList<>();
        Map<CueKind, List<Cue>> meta = new HashMap<>();
        for (Cue c : cues) {
            if (c.kind().zone().isPresent()) {
                if (c.mode().ordinal() > CueMode.HEADER.ordinal()) {
                    throw new IllegalArgumentException("zone cue with a metadata mode: " + c);
                }
                zones.add(c);
            } else {
                meta.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
            }
        }
        this.zoneCues = List.copyOf(zones);
        this.zoneSketches = sketches(zoneCues);
        Map<CueKind, List<Cue>> frozen = new HashMap<>();
        Map<CueKind, long[]> sketched = new HashMap<>();
        meta.forEach((k, v) -> {
            frozen.put(k, List.copyOf(v));
            sketched.put(k, sketches(v));
        });
        this.metaCues = Map.copyOf(frozen);
        this.metaSketches = Map.copyOf(sketched);
        List<String> suffixes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> nots = new HashSet<>();
        for (LexiconRow row : outlets) {
            String t = fold.fold(row.get(0));
            switch (row.get(1)) {
                case "suffix" -> suffixes.add(t);
                case "name" -> names.add(t);
                case "not" -> nots.add(t);
                default -> throw row.error("unknown outlet kind: " + row.get(1));
            }
        }
        this.credits = new CreditReader(this, suffixes, names, nots);
        this.placeSuffixes = Set.copyOf(placeSuffixes);
    }

    CharFold fold() {
        return fold;
    }

    private static long[] sketches(List<Cue> cues) {
        long[] out = new long[cues.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = CharSketch.of(cues.get(i).text());
        }
        return out;
    }

    /**
     * The zone cue that makes {@code line} boilerplate, if any: the first cue in file order
     * whose mode accepts the line, cues that count anywhere before {@linkplain CueMode#weak()
     * weak} ones. Weak cues ({@code ANYWHERE}, {@code TAG}) are returned too; the caller decides
     * whether the line stands where a notice may.
     */
    Optional<Cue> zoneCue(Line line) {
        String f = line.folded();
        int len = f.length();
        if (len == 0 || len > NOTICE_MAX) {
            return Optional.empty();
        }
        int s = skipLead(f);
        boolean fewSentences = LineShape.sentenceEnds(f) <= 2;
        Cue found = null;
        long sketch = line.sketch();
        for (int k = 0; k < zoneSketches.length; k++) {
            if (!CharSketch.mayContain(sketch, zoneSketches[k])) {
                continue; // every mode needs the cue's text in the line
            }
            Cue c = zoneCues.get(k);
            if (matches(c, f, s, len, fewSentences)) {
                if (!c.mode().weak()) {
                    return Optional.of(c);
                }
                if (found == null) {
                    found = c;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean matches(Cue c, String f, int s, int len, boolean fewSentences) {
        String t = c.text();
        return switch (c.mode()) {
            case START -> f.startsWith(t, s);
            case ANYWHERE -> fewSentences && notice(t, f, s, len);
            case SHORT -> len <= SHORT_MAX && f.indexOf('。') < 0 && f.contains(t);
            case ALONE -> len <= ALONE_MAX && f.indexOf('。') < 0 && f.contains(t);
            case TAG -> tag(t, f, s);
            case HEADER -> header(t, f, s);
            default -> false;
        };
    }

    /**
     * A notice cue counts where notices put it: at the line's start, or ending the line (at
     * most {@value #NOTICE_TAIL} chars after it), in a line of at most two sentences (checked by
     * the caller, once per line); a cue in the middle of a sentence is the article talking about
     * reprints, not a notice.
     */
    private static boolean notice(String cue, String f, int s, int len) {
        for (int p = f.indexOf(cue); p >= 0; p = f.indexOf(cue, p + 1)) {
            if (p - s <= NOTICE_HEAD || len - (p + cue.length()) <= NOTICE_TAIL) {
                return true;
            }
        }
        return false;
    }

    /**
     * A tag opens the line: the cue in brackets ({@code 【招聘】…}, {@code [声明]…}), or the cue and
     * {@code : | /} ({@code 招聘|…}) in a line that is not headline-shaped or runs on over two
     * or more commas as a headline seldom does, so that a headline such as
     * {@code 招聘:AI人才之争} stays a headline. Something must follow the tag.
     */
    private static boolean tag(String cue, String f, int s) {
        int after = s + cue.length();
        if (!f.startsWith(cue, s) || after + 1 >= f.length()) {
            return false;
        }
        char next = f.charAt(after);
        int open = s > 0 ? TAG_OPEN.indexOf(f.charAt(s - 1)) : -1;
        if (open >= 0) {
            return next == TAG_CLOSE.charAt(open);
        }
        return TAG_DELIMITER.indexOf(next) >= 0 && (!LineShape.titleShaped(f) || commas(f) >= 2);
    }

    private static int commas(String f) {
        int n = 0;
        for (int i = 0; i < f.length(); i++) {
            if (f.charAt(i) == ',' || f.charAt(i) == '，') {
                n++;
            }
        }
        return n;
    }

    private static boolean header(String cue, String f, int s) {
        int e = f.length();
        while (e > s && TRAIL.indexOf(f.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e - s > HEADER_MAX || !f.startsWith(cue, s)) {
            return false;
        }
        String rest = f.substring(s + cue.length(), e).replace("更多", "");
        for (int i = 0; i < rest.length(); i++) {
            if (Character.isLetter(rest.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where a line's content begins after leading decoration. */
    static int skipLead(String f) {
        int s = 0;
        while (s < f.length() && (LEAD.indexOf(f.charAt(s)) >= 0 || f.charAt(s) == ' ')) {
            s++;
        }
        return s;
    }

    /**
     * A metadata value of {@code kind} (byline or outlet) in {@code line}: the first cue in file
     * order that stands at the line's start or after a delimiter and is followed by a value.
     */
    Optional<Meta> meta(Line line, CueKind kind) {
        String f = line.folded();
        if (f.isEmpty() || f.length() > META_MAX) {
            return Optional.empty();
        }
        int s = skipLead(f);
        List<Cue> cues = metaCues.getOrDefault(kind, List.of());
        long[] sketches = metaSketches.getOrDefault(kind, NO_SKETCHES);
        for (int k = 0; k < sketches.length; k++) {
            if (!CharSketch.mayContain(line.sketch(), sketches[k])) {
                continue;
            }
            Cue c = cues.get(k);
            for (int p = f.indexOf(c.text()); p >= 0; p = f.indexOf(c.text(), p + 1)) {
                if (p != s && (p == 0 || LABEL_BEFORE.indexOf(f.charAt(p - 1)) < 0)) {
                    continue;
                }
                Optional<String> v = value(line, p + c.text().length(), c.mode());
                if (v.isPresent()) {
                    return Optional.of(new Meta(v.get(), p, p == s));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a dateline label stands before {@code index} in {@code line}. */
    boolean datelineLabelBefore(Line line, int index) {
        String f = line.folded();
        for (Cue c : metaCues.getOrDefault(CueKind.DATELINE, List.of())) {
            int p = f.indexOf(c.text());
            if (p >= 0 && p < index) {
                return true;
            }
        }
        return false;
    }

    private Optional<String> value(Line line, int p, CueMode mode) {
        String f = line.folded();
        int n = f.length();
        int q = p;
        while (q < n && f.charAt(q) == ' ') {
            q++;
        }
        boolean separated = q < n && (f.charAt(q) == ':' || f.charAt(q) == '|' || f.charAt(q) == '/');
        switch (mode) {
            case LABEL -> {
                if (!separated) {
                    return Optional.empty();
                }
                q++;
            }
            case LABEL_SPACE -> {
                if (separated) {
                    q++;
                } else if (q == p) {
                    return Optional.empty();
                }
            }
            case VALUE -> {
                if (q < n && f.charAt(q) == ':') {
                    q++;
                }
            }
            default -> {
                return Optional.empty();
            }
        }
        while (q < n && f.charAt(q) == ' ') {
            q++;
        }
        if (mode == CueMode.VALUE) {
            for (int k = q; k < Math.min(n, q + 8); k++) {
                char c = f.charAt(k);
                if (c == '“' || c == '"' || c == '「') {
                    char close = c == '“' ? '”' : c == '"' ? '"' : '」';
                    int e = f.indexOf(close, k + 1);
                    if (e > k + 1 && e - k - 1 <= VALUE_MAX) {
                        return Optional.of(line.text().substring(k + 1, e).trim());
                    }
                }
                if (VALUE_END.indexOf(c) >= 0) {
                    break;
                }
            }
        }
        int e = q;
        while (e < n) {
            char c = f.charAt(e);
            if (VALUE_END.indexOf(c) >= 0) {
                break;
            }
            if (c == ' ' && !(e > q && ascii(f.charAt(e - 1)) && e + 1 < n && ascii(f.charAt(e + 1)))) {
                break;
            }
            e++;
        }
        if (e == q || e - q > VALUE_MAX) {
            return Optional.empty();
        }
        return Optional.of(line.text().substring(q, e));
    }

    private static boolean ascii(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** The credit in parentheses that ends {@code line} after a sentence; see {@link CreditReader#credit}. */
    Optional<Credit> credit(Line line) {
        return credits.credit(line);
    }

    /** The credit of a line that holds nothing else; see {@link CreditReader#ownLineCredit}. */
    Optional<Credit> ownLineCredit(Line line, Optional<Meta> outlet) {
        return credits.ownLineCredit(line, outlet);
    }

    /**
     * Whether {@code line} looks like a job listing: a short line ending in a place pair such
     * as {@code 广东省/深圳市}.
     */
    boolean jobLine(Line line) {
        String f = line.folded();
        if (f.length() > SHORT_MAX) {
            return false;
        }
        int sp = f.lastIndexOf(' ');
        if (sp < 1) {
            return false;
        }
        String last = f.substring(sp + 1);
        int slash = last.indexOf('/');
        if (slash < 2 || slash > last.length() - 3) {
            return false;
        }
        return placeSuffixes.contains(last.charAt(slash - 1)) && placeSuffixes.contains(last.charAt(last.length() - 1));
    }

    /**
     * A metadata value found in a line.
     *
     * @param value   the value as written in the normalized text
     * @param at      where its label begins in the line
     * @param atStart whether the label opens the line
     */
    record Meta(String value, int at, boolean atStart) {
    }

    /**
     * A trailing credit.
     *
     * @param value  the outlet or the author named
     * @param byline whether it names an author rather than an outlet
     */
    record Credit(String value, boolean byline) {
    }
}
