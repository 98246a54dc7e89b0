package org.zhnews.extract.company;

import org.zhnews.text.chars.NumeralChars;
import static org.zhnews.extract.company.HanlpNatures.isBanned;
import static org.zhnews.extract.company.HanlpNatures.isNameish;
import static org.zhnews.extract.company.HanlpNatures.isPlace;
import static org.zhnews.extract.company.HanlpNatures.isProper;

import java.util.ArrayList;
import java.util.List;
import org.zhnews.extract.company.UnknownLexicon.Kind;
import org.zhnews.extract.company.UnknownLexicon.Suffix;

/**
 * The Chinese candidates of {@link UnknownCompanyFinder}: a name before a company suffix, by its
 * two routes (route 1, a proper-name word in the core of HanLP's plain words; route 2, a word
 * HanLP's organisation recogniser proposed), with the suffix steps both share (stacked suffixes
 * peeled off, a place and branch after the name). Immutable and thread-safe.
 */
final class SuffixCandidates {

    private static final int MAX_CORE_CHARS = 8;
    private static final int MAX_CORE_PIECES = 3;
    private static final int MAX_PLACES = 2;
    private static final int MAX_PLACE_CHARS = 7;
    private static final int MAX_PEEL = 3;

    private final UnknownLexicon lexicon;

    SuffixCandidates(UnknownLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Route 1: a suffix after name-like plain words, the core holding a proper-name word. */
    void candidateEndingAt(String text, HanlpTokens t, int from, int end, List<CompanyCandidate> out) {
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
    private Suffix outerSuffix(String text, HanlpTokens t, int from, int end) {
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
    private int[] peel(String text, HanlpTokens t, int from, int pos) {
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
    void recognisedCandidates(String text, HanlpTokens t, int start, int end, List<CompanyCandidate> out) {
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
    private void recognisedBranch(String text, HanlpTokens t, int before, int end, List<CompanyCandidate> out) {
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
    private int recognisedName(String text, HanlpTokens t, int s0, int pos, Suffix inner) {
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
        if (chars < 2 || chars > MAX_CORE_CHARS || startsWithDigit(text, coreStart) && !isLatin(text.charAt(coreStart))) {
            return -1;
        }
        return nameStart;
    }

    /** A suffix starts at a word boundary or inside one proper-name word (星展银行/nt). */
    private static boolean suffixStartOk(HanlpTokens t, int pos) {
        int k = t.at(pos);
        return k >= 0 && (t.start()[k] == pos || isProper(t.nature()[k]) && pos - t.start()[k] >= 2);
    }

    /**
     * The name before a suffix: start of the span, start of the core (after the places), whether
     * the core holds a proper-name word.
     */
    private record NamePart(int start, int coreStart, boolean hasPlace, boolean proper) {
    }

    private NamePart namePart(String text, HanlpTokens t, int from, int pos) {
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
        boolean latin = isLatin(text.charAt(coreStart));
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

    static boolean allNameChars(String text, int s, int e) {
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

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** A place and a branch suffix after a candidate (X银行 深圳 分行) belong to it. */
    private int extendBranch(String text, HanlpTokens t, int end) {
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
}
