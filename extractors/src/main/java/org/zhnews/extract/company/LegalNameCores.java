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
 * The short names of full legal names found in a document: {@code 北京星衡智能科技股份有限公司}
 * is later written {@code 星衡智能} (place, industry word and legal form dropped) or
 * {@code 星衡智能科技}. Each later occurrence of the longest short form the text uses becomes a
 * candidate that carries the full name ({@code core:} evidence), so both are one company.
 * Immutable and thread-safe; linear in the text per legal name (a bounded number per document).
 */
final class LegalNameCores {

    private static final int MIN_CORE = 3;
    private static final int MAX_NAMES = 64;

    private final OpenCues cues;
    private final Set<String> places;

    LegalNameCores(OpenCues cues, Set<String> places) {
        this.cues = cues;
        this.places = Set.copyOf(places);
    }

    /** With the bundled place names ({@code place-prefixes.tsv}). */
    static LegalNameCores standard(OpenCues cues) {
        Set<String> places = new HashSet<>();
        for (LexiconRow row : Lexicon.resource(LegalNameCores.class, "place-prefixes.tsv", Columns.of("place"))) {
            places.add(row.get(0));
        }
        return new LegalNameCores(cues, places);
    }

    /** Candidates for the short names of the legal-name candidates in {@code found}. */
    List<CompanyCandidate> find(String text, List<CompanyCandidate> found) {
        List<CompanyCandidate> out = new ArrayList<>();
        int names = 0;
        for (CompanyCandidate c : found) {
            int legal = cues.endingAt(Kind.LEGAL, text, c.end());
            if (legal == 0 || names++ >= MAX_NAMES) {
                continue;
            }
            int start = c.start() + placeLength(c.name());
            int end = c.end() - legal;
            String core = null;
            for (String form : List.of(text.substring(start, end), text.substring(start, end - industryLength(text, start, end)))) {
                if (form.length() >= MIN_CORE && occursElsewhere(text, form, c)) {
                    core = form;
                    break;
                }
            }
            if (core == null) {
                continue;
            }
            for (int at = text.indexOf(core); at >= 0; at = text.indexOf(core, at + core.length())) {
                if (at + core.length() <= c.start() || at >= c.end()) {
                    int next = at + core.length();
                    if (next >= text.length() || !CharClass.isHan(text.charAt(next))
                            || cues.at(Kind.BOUNDARY, text, next) > 0 || cues.at(Kind.GENERIC, text, next) == 0) {
                        out.add(new CompanyCandidate(at, at + core.length(), core, "core:" + c.name()));
                    }
                }
            }
        }
        return out;
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
