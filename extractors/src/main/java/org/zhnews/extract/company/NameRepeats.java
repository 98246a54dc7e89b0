package org.zhnews.extract.company;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zhnews.extract.company.OpenCues.Kind;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;

/**
 * The other occurrences of names a document itself marks as companies. A full legal name
 * ({@code 北京星衡智能科技股份有限公司}) is later written short ({@code 星衡智能}: place, industry word
 * and legal form dropped, or {@code 星衡智能科技}): each occurrence of the longest short form the
 * text uses becomes a candidate that carries the full name ({@code core:} evidence), so both are
 * one company. A name marked by quotes, a declaration or an English gloss ({@code 「森语智能」})
 * counts wherever it is written again ({@code repeat:} evidence), and so does a Chinese name found
 * once that ends in a line of business ({@code 碳衡科技}). An occurrence must not run on
 * into a longer word. Immutable and thread-safe; linear in the text per name (at most
 * {@value #MAX_NAMES} names per document).
 */
final class NameRepeats {

    /** Evidence of names the text marks itself, worth finding again. */
    private static final List<String> MARKED = List.of("quoted", "declared", "glossed", "gloss", "descriptor-latin");

    private static final int MIN_CORE = 3;
    private static final int MIN_REPEAT = 2;
    private static final int LONG_REPEAT = 3;
    private static final int MAX_NAMES = 64;

    private final OpenCues cues;
    private final Set<String> places;

    NameRepeats(OpenCues cues, Set<String> places) {
        this.cues = cues;
        this.places = Set.copyOf(places);
    }

    /** With the bundled place names ({@code place-prefixes.tsv}). */
    static NameRepeats standard(OpenCues cues) {
        Set<String> places = new HashSet<>();
        for (LexiconRow row : Lexicon.resource(NameRepeats.class, "place-prefixes.tsv", Columns.of("place"))) {
            places.add(row.get(0));
        }
        return new NameRepeats(cues, places);
    }

    /** Candidates for the other occurrences of the legal and marked names in {@code found}. */
    List<CompanyCandidate> find(String text, List<CompanyCandidate> found) {
        List<CompanyCandidate> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        int names = 0;
        for (CompanyCandidate c : found) {
            int legal = cues.endingAt(Kind.LEGAL, text, c.end());
            boolean marked = MARKED.contains(c.evidence()) || industryNamed(text, c) && legal == 0;
            if (legal == 0 && !marked || !done.add(c.name()) || names++ >= MAX_NAMES) {
                continue;
            }
            String form = marked ? c.name() : core(text, c, legal);
            if (form == null || form.length() < MIN_REPEAT) {
                continue;
            }
            String evidence = (marked ? "repeat:" : "core:") + c.name();
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
                if ((at + form.length() <= c.start() || at >= c.end())
                        && standsAlone(text, at, at + form.length(), marked && form.length() >= LONG_REPEAT)) {
                    out.add(new CompanyCandidate(at, at + form.length(), form, evidence));
                }
            }
        }
        return out;
    }

    /**
     * A Chinese name of four characters or more ending in a line of business after a core of
     * two or more ({@code 碳衡科技}, {@code 通联数码}): found once, it is the same company where it
     * stands alone again.
     */
    private boolean industryNamed(String text, CompanyCandidate c) {
        int industry = cues.endingAt(Kind.INDUSTRY, text, c.end());
        return c.name().length() >= 4 && CharClass.isHan(c.name().charAt(0)) && industry > 0
                && c.name().length() - industry >= 2;
    }

    /** The longest short form of a legal name the text writes elsewhere, or null. */
    private String core(String text, CompanyCandidate c, int legal) {
        int start = c.start() + placeLength(c.name());
        int end = c.end() - legal;
        for (String form : List.of(text.substring(start, end), text.substring(start, end - industryLength(text, start, end)))) {
            if (form.length() >= MIN_CORE && occursElsewhere(text, form, c)) {
                return form;
            }
        }
        return null;
    }

    /**
     * Whether {@code [from, to)} is a word of its own: no Han name runs into it from the left and,
     * unless {@code openRight} (a marked name of three or more characters, which the text has
     * declared a name), none runs on from it to the right.
     */
    private boolean standsAlone(String text, int from, int to, boolean openRight) {
        boolean left = from == 0 || !CharClass.isHan(text.charAt(from - 1))
                || cues.endingAt(Kind.BOUNDARY, text, from) > 0 || cues.endingAt(Kind.DESCRIPTOR, text, from) > 0;
        boolean right = openRight || to >= text.length() || !CharClass.isHan(text.charAt(to))
                || cues.at(Kind.BOUNDARY, text, to) > 0;
        return left && right;
    }

    private int placeLength(String name) {
        for (int len = Math.min(4, name.length() - 1); len >= 2; len--) {
            if (places.contains(name.substring(0, len))) {
                return len;
            }
        }
        return 0;
    }

    private int industryLength(String text, int start, int end) {
        int industry = cues.endingAt(Kind.INDUSTRY, text, end);
        return industry > 0 && end - industry - start >= MIN_CORE ? industry : 0;
    }

    private static boolean occursElsewhere(String text, String form, CompanyCandidate c) {
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
            if (at + form.length() <= c.start() || at >= c.end()) {
                return true;
            }
        }
        return false;
    }
}
