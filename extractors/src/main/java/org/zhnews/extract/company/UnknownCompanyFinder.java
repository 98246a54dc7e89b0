package org.zhnews.extract.company;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhnews.extract.company.UnknownLexicon.Kind;
import org.zhnews.extract.company.UnknownLexicon.Suffix;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.chars.NumeralChars;

/**
 * Finds spans that very probably name a company not known to the knowledge base, precision first.
 *
 * <p>Chinese candidates end in a company suffix from {@code unknown-suffixes.tsv} (科技, 银行,
 * 有限公司; stacked as in 智能科技有限公司; product-like words such as 软件 or 汽车 only when
 * stacked) that ends a HanLP word and is not followed by a description word (证券市场). The name
 * before it is up to two places (深圳市) and a core of 2-8 characters, never a stop word (该,
 * 这家, 开发商), never only generic words (科技公司, 外资银行, 上市公司 are descriptions), and a
 * place alone only before suffixes that allow it (北京银行). The core is accepted when
 * <ol>
 *   <li>one of its words is a proper name in HanLP's plain segmentation ({@code nz}, {@code nr},
 *       {@code nt}, {@code nx}, {@code j}): evidence {@code suffix:X}; or</li>
 *   <li>HanLP's organisation recogniser proposed the whole span as one {@code nt} word and no
 *       plain word inside it is a number, pronoun, preposition, conjunction, particle, adverb,
 *       time word or a multi-character verb first: evidence {@code hanlp:nt+suffix:X}
 *       ({@code hanlp:nt+branch:X} for 中储粮黑龙江分公司).</li>
 * </ol>
 * A place and a branch after a candidate (X银行深圳分行) belong to it. Latin candidates are runs of
 * capitalised words ending in a legal form or business word ({@code Acme Robotics Inc.},
 * evidence {@code latin:Inc.}). A bare brand that HanLP's custom dictionary tags {@code ntc}
 * with a context cue ({@code unknown-cues.tsv}) is an option measured off (it lowered precision
 * on CLUENER without adding exact hits).
 *
 * <p>Thread-safety: immutable; share one instance. Its two HanLP {@link Segment}s are built once
 * in the constructor and only read afterwards. HanLP's analysis calls keep their intermediate
 * state on the call stack (its maintainer's statement for 1.x; in portable-1.8.6 the
 * organisation pattern trie is an {@code AhoCorasickDoubleArrayTrie} built in a static
 * initialiser, and {@code ViterbiSegment.segSentence} writes only to per-call objects), so
 * concurrent {@code seg} calls on one configured instance are safe; a test runs many threads
 * against sequential results. HanLP's global configuration and {@code CustomDictionary} are
 * never changed, and the custom dictionary is not consulted, so another component's changes to
 * it cannot reach this one.
 *
 * <p>Offsets are UTF-16 offsets into the text passed to {@link #find}. Time is linear in the
 * text length: HanLP segments sentence chunks of at most 400 characters and
 * every rule looks at a bounded window.
 */
public final class UnknownCompanyFinder {

    private static final Logger LOG = LoggerFactory.getLogger(UnknownCompanyFinder.class);

    /** Longest stretch handed to HanLP at once; sentences are cut at punctuation first. */
    private static final int MAX_CHUNK = 400;
    private static final int MAX_CORE_CHARS = 8;
    private static final int MAX_CORE_PIECES = 3;
    private static final int MAX_PLACES = 2;
    private static final int MAX_PLACE_CHARS = 7;
    private static final int MAX_PEEL = 3;
    private static final int MAX_LATIN_NAME_WORDS = 4;
    private static final int MAX_LATIN_SUFFIX_WORDS = 3;
    /** Longer organisation words from HanLP are not company names (keeps route 2 bounded). */
    private static final int MAX_ORG_WORD = 30;

    /** What to switch on; {@link #DEFAULT} is what {@link #standard()} uses. Package-private for measurement. */
    record Settings(boolean customDictionary, boolean brandCues, boolean orgEvidence) {
        static final Settings DEFAULT = new Settings(false, false, true);
    }

    private final UnknownLexicon lexicon;
    private final Settings settings;
    /** Plain segmentation: the words a name part is made of. */
    private final Segment words;
    /** With HanLP's organisation recogniser: evidence for names made of plain nouns. Null when off. */
    private final Segment organisations;

    UnknownCompanyFinder(UnknownLexicon lexicon, Settings settings) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.settings = Objects.requireNonNull(settings, "settings");
        // A fresh instance: enable* below configure this instance only, never HanLP's globals.
        this.words = HanLP.newSegment()
                .enableCustomDictionary(settings.customDictionary())
                .enableOffset(true);
        this.organisations = settings.orgEvidence()
                ? HanLP.newSegment()
                        .enableOrganizationRecognize(true)
                        .enableCustomDictionary(settings.customDictionary())
                        .enableOffset(true)
                : null;
        // load HanLP's static dictionaries and models now, not in the first caller's time
        this.words.seg("预热");
        if (organisations != null) {
            organisations.seg("预热");
        }
    }

    /** The finder with the shipped word lists ({@code unknown-*.tsv}); loads HanLP's models. */
    public static UnknownCompanyFinder standard() {
        return new UnknownCompanyFinder(UnknownLexicon.standard(), Settings.DEFAULT);
    }

    /**
     * The candidates in {@code text} (normalized, simplified Chinese), sorted by start, not
     * overlapping.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public List<CompanyCandidate> find(String text) {
        Objects.requireNonNull(text, "text");
        List<CompanyCandidate> all = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = chunkEnd(text, from);
            findInChunk(text, from, to, all);
            from = to;
        }
        findLatin(text, all);
        return resolve(all);
    }

    // ---------------------------------------------------------------- chunks and tokens

    private static int chunkEnd(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_CHUNK);
        int soft = -1;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';'
                    || c == '\n' || c == '\r') {
                return i + 1;
            }
            if (c == '，' || c == ',' || c == ' ' || c == '、') {
                soft = i + 1;
            }
        }
        if (limit == text.length()) {
            return limit;
        }
        if (soft > from) {
            return soft;
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit + 1 : limit;
    }

    /** HanLP's words of text[from, to), as parallel arrays in text coordinates. */
    private record Tokens(int[] start, int[] end, String[] nature) {
        int size() {
            return start.length;
        }

        /** Index of the token containing offset {@code i}, or -1. */
        int at(int i) {
            int lo = 0;
            int hi = start.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (end[mid] <= i) {
                    lo = mid + 1;
                } else if (start[mid] > i) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        boolean isBoundary(int i) {
            int k = at(i);
            return k < 0 || start[k] == i;
        }
    }

    private static Tokens tokens(Segment segment, String text, int from, int to) {
        List<Term> terms;
        try {
            terms = segment.seg(text.substring(from, to));
        } catch (RuntimeException e) {
            LOG.debug("HanLP could not segment [{},{}): {}", from, to, e.toString());
            return new Tokens(new int[0], new int[0], new String[0]);
        }
        int n = terms.size();
        int[] s = new int[n];
        int[] e = new int[n];
        String[] nat = new String[n];
        int k = 0;
        int last = from;
        for (Term t : terms) {
            int ts = from + t.offset;
            int te = ts + t.length();
            if (ts < last || te > to || te <= ts) {
                continue; // defensive: keep tokens ordered and inside the chunk
            }
            s[k] = ts;
            e[k] = te;
            nat[k] = t.nature == null ? "" : t.nature.toString();
            last = te;
            k++;
        }
        return new Tokens(java.util.Arrays.copyOf(s, k), java.util.Arrays.copyOf(e, k),
                java.util.Arrays.copyOf(nat, k));
    }

    // ---------------------------------------------------------------- natures

    /** HanLP organisation natures: nt and its subtypes (ntc company, ntcb bank, ...), nis excluded. */
    private static boolean isOrg(String nature) {
        return nature.startsWith("nt") && !nature.equals("nto") && !nature.equals("ntu")
                && !nature.equals("nts") && !nature.equals("nth");
    }

    private static boolean isCompanyNature(String nature) {
        return nature.equals("ntc") || nature.equals("ntcb") || nature.equals("ntcf") || nature.equals("ntch");
    }

    private static boolean isPlace(String nature) {
        return nature.equals("ns") || nature.equals("nsf");
    }

    /** Natures that a proper name is made of. */
    private static boolean isProper(String nature) {
        return nature.equals("nz") || nature.startsWith("nr") || isOrg(nature) || nature.equals("nx")
                || nature.equals("j");
    }

    /** Natures a name part may contain: proper names plus plain nouns. */
    private static boolean isNameish(String nature) {
        return isProper(nature) || nature.equals("n") || nature.equals("nf") || nature.equals("gi");
    }

    // ---------------------------------------------------------------- Chinese suffix candidates

    private void findInChunk(String text, int from, int to, List<CompanyCandidate> out) {
        if (!settings.brandCues() && !lexicon.hasSuffixIn(text, from, to)) {
            return; // every Chinese route needs a suffix: skip the segmenters where there is none
        }
        Tokens t = tokens(words, text, from, to);
        for (int i = 0; i < t.size(); i++) {
            candidateEndingAt(text, t, from, t.end()[i], out);
            if (settings.brandCues() && isCompanyNature(t.nature()[i])) {
                brand(text, t, i, out);
            }
        }
        if (organisations != null) {
            Tokens orgs = tokens(organisations, text, from, to);
            for (int k = 0; k < orgs.size(); k++) {
                if (isOrg(orgs.nature()[k]) && orgs.end()[k] - orgs.start()[k] <= MAX_ORG_WORD) {
                    recognisedCandidates(text, t, orgs.start()[k], orgs.end()[k], out);
                }
            }
        }
    }

    /** Route 1: a suffix after name-like plain words, the core holding a proper-name word. */
    private void candidateEndingAt(String text, Tokens t, int from, int end, List<CompanyCandidate> out) {
        Suffix outer = outerSuffix(text, t, from, end);
        if (outer == null) {
            return;
        }
        int[] peeled = peel(text, t, from, end - outer.text().length());
        int pos = peeled[0];
        Suffix inner = peeled[1] < 0 ? outer : lexicon.suffix(text.substring(pos, pos + peeled[1]));
        NamePart name = namePart(text, t, from, pos);
        if (name == null) {
            return;
        }
        boolean coreEmpty = name.coreStart() == pos;
        if (coreEmpty ? !(name.hasPlace() && inner.placeOnly()) : !name.proper()) {
            return;
        }
        int stop = extendBranch(text, t, end);
        out.add(new CompanyCandidate(name.start(), stop, text.substring(name.start(), stop),
                "suffix:" + outer.text()));
    }

    /** The longest suffix ending at {@code end}, if a description word does not follow it. */
    private Suffix outerSuffix(String text, Tokens t, int from, int end) {
        List<Suffix> found = lexicon.suffixesEndingAt(text, from, end);
        if (found.isEmpty() || found.get(0).kind() == Kind.BRANCH || found.get(0).kind() == Kind.STACK) {
            return null; // a branch only extends a candidate before it; a product word needs a legal form after it
        }
        int k = t.at(end);
        if (k >= 0 && t.start()[k] == end && lexicon.isRightStop(text.substring(end, t.end()[k]))) {
            return null;
        }
        Suffix outer = found.get(0);
        int pos = end - outer.text().length();
        return pos > from && suffixStartOk(t, pos) ? outer : null;
    }

    /**
     * Peels stacked suffixes off a name (X智能|科技|有限公司): returns {where the name ends, length
     * of the innermost peeled suffix or -1 when none was peeled}.
     */
    private int[] peel(String text, Tokens t, int from, int pos) {
        int innerLength = -1;
        for (int peel = 0; peel < MAX_PEEL; peel++) {
            Suffix next = null;
            for (Suffix s : lexicon.suffixesEndingAt(text, from, pos)) {
                int sp = pos - s.text().length();
                if (s.kind() != Kind.BRANCH && sp > from && t.isBoundary(sp)) {
                    next = s;
                    break;
                }
            }
            if (next == null) {
                break;
            }
            innerLength = next.text().length();
            pos -= innerLength;
        }
        return new int[] {pos, innerLength};
    }

    /**
     * Route 2: HanLP's organisation recogniser proposed text[start, end) (an {@code nt} word);
     * it counts where it ends (or, inside, one of its plain words ends) in a suffix and the
     * plain words before the suffix pass the name rules (no numbers, pronouns, prepositions,
     * verbs, adverbs; not only generic words).
     */
    private void recognisedCandidates(String text, Tokens t, int start, int end, List<CompanyCandidate> out) {
        int s0 = stripLead(text, start, end);
        if (s0 >= end || !t.isBoundary(s0)) {
            return;
        }
        int before = s0;
        for (int k = t.at(s0) - 1, n = 0; k >= 0 && n < MAX_PLACES && isPlace(t.nature()[k])
                && t.end()[k] == before && s0 - t.start()[k] <= MAX_PLACE_CHARS; k--, n++) {
            before = t.start()[k]; // places just before the recognised word belong to the name (中国|邮政集团公司)
        }
        recognisedBranch(text, t, before, end, out);
        for (int k = t.at(s0); k >= 0 && k < t.size() && t.end()[k] <= end; k++) {
            int e = t.end()[k];
            Suffix outer = outerSuffix(text, t, s0, e);
            if (outer == null) {
                continue;
            }
            int[] peeled = peel(text, t, s0, e - outer.text().length());
            int pos = peeled[0];
            Suffix inner = peeled[1] < 0 ? outer : lexicon.suffix(text.substring(pos, pos + peeled[1]));
            int nameStart = recognisedName(text, t, before, pos, inner);
            if (nameStart >= 0) {
                int stop = extendBranch(text, t, e);
                out.add(new CompanyCandidate(nameStart, stop, text.substring(nameStart, stop),
                        "hanlp:nt+suffix:" + outer.text()));
            }
        }
    }

    /** Route 2 for a recognised word ending in a place and a branch (中储粮|黑龙江|分公司). */
    private void recognisedBranch(String text, Tokens t, int before, int end, List<CompanyCandidate> out) {
        int k = t.at(end - 1);
        if (k < 1 || t.end()[k] != end) {
            return;
        }
        UnknownLexicon.Suffix branch = lexicon.suffix(text.substring(t.start()[k], end));
        if (branch == null || branch.kind() != Kind.BRANCH || !isPlace(t.nature()[k - 1])) {
            return;
        }
        int pos = t.start()[k - 1];
        if (pos <= before) {
            return;
        }
        int nameStart = recognisedName(text, t, before, pos, branch);
        if (nameStart >= 0) {
            out.add(new CompanyCandidate(nameStart, end, text.substring(nameStart, end), "hanlp:nt+branch:" + branch.text()));
        }
    }

    /** Start of the name in text[s0, pos) by the rules of route 2, or -1. */
    private int recognisedName(String text, Tokens t, int s0, int pos, Suffix inner) {
        int nameStart = s0;
        boolean inPlaces = true;
        boolean hasPlace = false;
        int coreStart = -1;
        for (int k = t.at(s0); k >= 0 && t.start()[k] < pos; k++) {
            int ps = t.start()[k];
            int pe = Math.min(pos, t.end()[k]);
            String word = text.substring(ps, pe);
            String nature = t.nature()[k];
            if (lexicon.isLeftStop(word) || !allNameChars(text, ps, pe) || isBanned(nature)
                    || ps == s0 && nature.startsWith("q")) {
                return -1;
            }
            if (inPlaces && isPlace(nature)) {
                hasPlace = true;
                continue;
            }
            if (coreStart < 0 && nature.equals("v") && word.length() >= 2) {
                return -1; // a name does not start with a verb word (通知X银行); one character may be a name's (派|拉|蒙)
            }
            if (coreStart < 0 && (lexicon.isGeneric(word) || lexicon.suffix(word) != null)) {
                nameStart = pe; // generic words before the core are not part of the name
                hasPlace = false;
                continue;
            }
            inPlaces = false;
            if (coreStart < 0) {
                coreStart = ps;
            }
        }
        if (coreStart < 0) {
            return hasPlace && inner.placeOnly() && nameStart < pos ? nameStart : -1;
        }
        int chars = pos - coreStart;
        if (lexicon.isGeneric(text.substring(coreStart, pos))) {
            return -1; // split by HanLP but generic as a whole (博|彩 公司)
        }
        if (chars < 2 || chars > MAX_CORE_CHARS || startsWithDigit(text, coreStart) && !CharClass.isAsciiAlnum(text.charAt(coreStart))) {
            return -1;
        }
        return nameStart;
    }

    /** Natures never inside a name: numbers, pronouns, prepositions, conjunctions, particles, adverbs, verbs, time. */
    private static boolean isBanned(String nature) {
        return nature.startsWith("m") || nature.startsWith("r") || nature.startsWith("p") || nature.startsWith("c")
                || nature.startsWith("u") || nature.startsWith("d") || nature.startsWith("t") || nature.equals("v")
                || nature.equals("vi") || nature.equals("vshi") || nature.equals("vyou") || nature.equals("vd")
                || nature.equals("e") || nature.equals("y") || nature.equals("o") || nature.startsWith("w");
    }

    /** A suffix starts at a word boundary or inside one proper-name word (星展银行/nt). */
    private static boolean suffixStartOk(Tokens t, int pos) {
        int k = t.at(pos);
        return k >= 0 && (t.start()[k] == pos || isProper(t.nature()[k]) && pos - t.start()[k] >= 2);
    }

    /**
     * The name before a suffix: start of the span, start of the core (after the places), whether
     * the core holds a proper-name word.
     */
    private record NamePart(int start, int coreStart, boolean hasPlace, boolean proper) {
    }

    private NamePart namePart(String text, Tokens t, int from, int pos) {
        // Collect words right to left: core words first, then places.
        int k = t.at(pos - 1);
        if (k < 0) {
            return null;
        }
        List<int[]> core = new ArrayList<>(MAX_CORE_PIECES); // {start, end, token}, right to left
        int coreChars = 0;
        int placeStart = -1;
        int places = 0;
        int p = pos;
        while (k >= 0 && t.end()[k] > from) {
            int ps = t.start()[k];
            int pe = Math.min(t.end()[k], p);
            String nature = t.nature()[k];
            String word = text.substring(ps, pe);
            if (lexicon.isLeftStop(word) || !allNameChars(text, ps, pe)) {
                break;
            }
            if (isPlace(nature)) {
                if (places == MAX_PLACES || pos - ps - coreChars > MAX_PLACE_CHARS) {
                    break;
                }
                placeStart = ps;
                places++;
            } else {
                if (placeStart >= 0 || !isNameish(nature) || core.size() == MAX_CORE_PIECES
                        || coreChars + (pe - ps) > MAX_CORE_CHARS) {
                    break;
                }
                core.add(new int[] {ps, pe, k});
                coreChars += pe - ps;
            }
            p = ps;
            k--;
        }
        // drop generic words from the core's left end (知名X公司 -> X公司)
        while (!core.isEmpty()) {
            int[] first = core.get(core.size() - 1);
            String w = text.substring(first[0], first[1]);
            if (!lexicon.isGeneric(w) && lexicon.suffix(w) == null) {
                break;
            }
            core.remove(core.size() - 1);
            placeStart = -1; // a place before a generic word is not part of the name (美国芯片X公司)
        }
        if (core.isEmpty()) {
            return placeStart >= 0 ? new NamePart(placeStart, pos, true, false) : null;
        }
        int coreStart = core.get(core.size() - 1)[0];
        int chars = 0;
        boolean proper = false;
        for (int[] c : core) {
            chars += c[1] - c[0];
            proper |= isProper(t.nature()[c[2]]);
        }
        boolean latin = CharClass.isAsciiAlnum(text.charAt(coreStart));
        if (lexicon.isGeneric(text.substring(coreStart, pos))) {
            return null;
        }
        if (chars < 2 || startsWithDigit(text, coreStart) && !latin) {
            return null;
        }
        return new NamePart(placeStart >= 0 ? placeStart : coreStart, coreStart, placeStart >= 0, proper);
    }

    /** Where a HanLP organisation word really starts after glued function characters and dates. */
    private int stripLead(String text, int ps, int pe) {
        int i = ps;
        while (i < pe && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i > ps && i < pe && text.charAt(i) == '年') {
            i++;
        } else if (i > ps) {
            return ps; // digits not followed by 年 are part of the name (360...)
        }
        while (i < pe && lexicon.isLeadChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean allNameChars(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '·' || c == '-' || c == '&')) {
                return false;
            }
        }
        return s < e;
    }

    private static boolean startsWithDigit(String text, int i) {
        char c = text.charAt(i);
        return Character.isDigit(c) || NumeralChars.isChineseNumeral(c) || c == '几';
    }

    /** A place and a branch suffix after a candidate (X银行 深圳 分行) belong to it. */
    private int extendBranch(String text, Tokens t, int end) {
        int k = t.at(end);
        if (k < 0 || t.start()[k] != end) {
            return end;
        }
        int q = end;
        if (isPlace(t.nature()[k]) && t.end()[k] - t.start()[k] <= MAX_PLACE_CHARS) {
            q = t.end()[k];
        }
        for (int len = 3; len >= 2; len--) {
            if (q + len <= text.length()) {
                Suffix s = lexicon.suffix(text.substring(q, q + len));
                if (s != null && s.kind() == Kind.BRANCH && t.isBoundary(q + len)) {
                    return q + len;
                }
            }
        }
        return end;
    }

    // ---------------------------------------------------------------- bare brands with a cue

    private void brand(String text, Tokens t, int i, List<CompanyCandidate> out) {
        int s = t.start()[i];
        int e = t.end()[i];
        if (e - s < 2 || !allNameChars(text, s, e)) {
            return;
        }
        String cue = lexicon.afterCueAt(text, e);
        if (cue == null && i > 0) {
            String before = text.substring(t.start()[i - 1], t.end()[i - 1]);
            cue = lexicon.isBeforeCue(before) ? before : null;
        }
        if (cue != null) {
            out.add(new CompanyCandidate(s, e, text.substring(s, e), "hanlp:" + t.nature()[i] + "+cue:" + cue));
        }
    }

    // ---------------------------------------------------------------- Latin names

    /** Latin words: maximal runs of ASCII letters, digits, {@code & ' -}; a trailing dot kept on a suffix. */
    private void findLatin(String text, List<CompanyCandidate> out) {
        List<int[]> words = new ArrayList<>(); // {start, end} of the current run of words
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isLatinWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) && !CharClass.isHan(text.charAt(i - 1))) {
                while (i < n && isLatinWordChar(text.charAt(i))) {
                    i++; // glued to a non-ASCII letter: not a word of its own
                }
                words.clear();
                continue;
            }
            int s = i;
            while (i < n && isLatinWordChar(text.charAt(i))) {
                i++;
            }
            int e = i;
            if (i < n && text.charAt(i) == '.') {
                Suffix withDot = lexicon.suffix(text.substring(s, i + 1));
                if (withDot != null && withDot.kind() == Kind.LATIN) {
                    e = ++i;
                }
            }
            words.add(new int[] {s, e});
            latinCandidate(text, words, out);
            // continue the run only over one space, or ", " before another word
            if (i < n && text.charAt(i) == ' ' && i + 1 < n && isLatinWordChar(text.charAt(i + 1))) {
                i++;
            } else if (i + 2 < n && text.charAt(i) == ',' && text.charAt(i + 1) == ' '
                    && isLatinWordChar(text.charAt(i + 2))) {
                i += 2;
            } else {
                words.clear();
            }
        }
    }

    /** If the run's last word is a Latin suffix and the next one is not, the run's name words + suffixes. */
    private void latinCandidate(String text, List<int[]> run, List<CompanyCandidate> out) {
        int last = run.size() - 1;
        if (!isLatinSuffix(text, run.get(last))) {
            return;
        }
        int m = last;
        while (m > 0 && last - m < MAX_LATIN_SUFFIX_WORDS && isLatinSuffix(text, run.get(m - 1))) {
            m--;
        }
        int first = m;
        while (first > 0 && m - first < MAX_LATIN_NAME_WORDS && isNameWord(text, run.get(first - 1))
                && !isLatinSuffix(text, run.get(first - 1))) {
            first--;
        }
        if (first == m) {
            return;
        }
        int s = run.get(first)[0];
        int e = run.get(last)[1];
        String evidence = "latin:" + text.substring(run.get(last)[0], e);
        // a longer run ending later replaces this one in resolve(); same start, longer span wins
        out.add(new CompanyCandidate(s, e, text.substring(s, e), evidence));
    }

    private boolean isLatinSuffix(String text, int[] w) {
        Suffix s = lexicon.suffix(text.substring(w[0], w[1]));
        return s != null && s.kind() == Kind.LATIN;
    }

    private static boolean isNameWord(String text, int[] w) {
        char c = text.charAt(w[0]);
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isLatinWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&' || c == '-'
                || c == '\'';
    }

    // ---------------------------------------------------------------- overlaps

    /** Sorted by start; of overlapping candidates the longer (then the earlier) stays. */
    private static List<CompanyCandidate> resolve(List<CompanyCandidate> all) {
        all.sort(Comparator.comparingInt(CompanyCandidate::start)
                .thenComparing(Comparator.comparingInt(CompanyCandidate::end).reversed()));
        List<CompanyCandidate> kept = new ArrayList<>(all.size());
        for (CompanyCandidate c : all) {
            if (kept.isEmpty()) {
                kept.add(c);
                continue;
            }
            CompanyCandidate last = kept.get(kept.size() - 1);
            if (c.start() >= last.end()) {
                kept.add(c);
            } else if (c.end() - c.start() > last.end() - last.start()) {
                kept.set(kept.size() - 1, c);
            }
        }
        return List.copyOf(kept);
    }
}
