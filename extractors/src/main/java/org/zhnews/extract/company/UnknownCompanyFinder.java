package org.zhnews.extract.company;

import static org.zhnews.extract.company.HanlpNatures.isCompanyNature;
import static org.zhnews.extract.company.HanlpNatures.isOrg;
import static org.zhnews.extract.company.SuffixCandidates.allNameChars;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

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
final class UnknownCompanyFinder {

    /** Longest stretch handed to HanLP at once; sentences are cut at punctuation first. */
    private static final int MAX_CHUNK = 400;
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
    private final SuffixCandidates suffixCandidates;
    private final LatinCompanyNames latin;

    UnknownCompanyFinder(UnknownLexicon lexicon, Settings settings) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.suffixCandidates = new SuffixCandidates(lexicon);
        this.latin = new LatinCompanyNames(lexicon);
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
        latin.findLatin(text, all);
        return resolve(all);
    }

    // ---------------------------------------------------------------- chunks

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

    // ---------------------------------------------------------------- Chinese suffix candidates

    private void findInChunk(String text, int from, int to, List<CompanyCandidate> out) {
        if (!settings.brandCues() && !lexicon.hasSuffixIn(text, from, to)) {
            return; // every Chinese route needs a suffix: skip the segmenters where there is none
        }
        HanlpTokens t = HanlpTokens.tokens(words, text, from, to);
        for (int i = 0; i < t.size(); i++) {
            suffixCandidates.candidateEndingAt(text, t, from, t.end()[i], out);
            if (settings.brandCues() && isCompanyNature(t.nature()[i])) {
                brand(text, t, i, out);
            }
        }
        if (organisations != null) {
            HanlpTokens orgs = HanlpTokens.tokens(organisations, text, from, to);
            for (int k = 0; k < orgs.size(); k++) {
                if (isOrg(orgs.nature()[k]) && orgs.end()[k] - orgs.start()[k] <= MAX_ORG_WORD) {
                    suffixCandidates.recognisedCandidates(text, t, orgs.start()[k], orgs.end()[k], out);
                }
            }
        }
    }

    // ---------------------------------------------------------------- bare brands with a cue

    private void brand(String text, HanlpTokens t, int i, List<CompanyCandidate> out) {
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