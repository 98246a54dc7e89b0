package org.zhnews.extract.company;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;
import org.zhnews.text.match.DictionaryMatcher;
import org.zhnews.text.match.Match;
import org.zhnews.text.match.PrefixTrie;

/**
 * The cue words of {@link OpenCompanyFinder}, read once from {@code open-cues.tsv}: name endings
 * (legal forms, group, investor, industry and outlet words), the words that end a name, the
 * cues around investor and source slots, and the place names that open legal names
 * ({@code place-prefixes.tsv}). Immutable and thread-safe.
 */
final class OpenCues {

    /** What a cue word does; see the header of {@code open-cues.tsv}. */
    enum Kind {
        LEGAL, GROUP, INVESTOR, STRONG, INDUSTRY, OUTLET, LATIN, DESCRIPTION, DESCRIPTOR, INTRODUCER, INTRO_VERB, GENERIC,
        NOT_COMPANY_END, BOUNDARY, PLACE, NAME_WORD,
        INVESTMENT_CONTEXT, SUBJECT_CLOSE, LEAD_OPEN, LEAD_CLOSE, GAIN_OPEN, LIST_OPEN, ROLE_CLOSE, SOURCE_OPEN, SOURCE_CLOSE,
        ITEM_PREFIX, ITEM_SUFFIX, PRODUCT_CLAUSE, OBJECT_VERB;

        static Kind of(LexiconRow row) {
            try {
                return valueOf(row.get(1).toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind " + row.get(1));
            }
        }
    }

    /** The kinds a name may end in. */
    static final Set<Kind> ENDINGS = EnumSet.of(Kind.LEGAL, Kind.GROUP, Kind.INVESTOR, Kind.INDUSTRY, Kind.OUTLET);
    /** The kinds that open or close a slot. */
    static final Set<Kind> SLOT_CUES = EnumSet.of(Kind.LEAD_OPEN, Kind.GAIN_OPEN, Kind.LIST_OPEN, Kind.ROLE_CLOSE,
            Kind.SOURCE_OPEN, Kind.SOURCE_CLOSE, Kind.SUBJECT_CLOSE);

    private static final Columns COLUMNS = Columns.of("text", "kind");
    /** The place names that open full legal names (kind {@link Kind#PLACE}). */
    static final String PLACES = "place-prefixes.tsv";

    private final Map<Kind, PrefixTrie<Boolean>> byKind;
    /**
     * Per kind (by ordinal), the first and the last characters of its words: a position whose
     * character is not among them starts or ends no word of the kind, which answers most asks
     * without reading the trie (the tries match exactly, without folding).
     */
    private final BitSet[] firstChars = new BitSet[Kind.values().length];
    private final BitSet[] lastChars = new BitSet[Kind.values().length];
    private final DictionaryMatcher<Set<Kind>> anchors;
    private final Set<String> latin;
    /** The characters of the name words ({@link Kind#NAME_WORD}), to answer most asks at once. */
    private final BitSet nameWordChars = new BitSet(Character.MAX_VALUE + 1);

    private OpenCues(List<LexiconRow> rows, List<String> genericWords, List<String> places) {
        Map<Kind, Map<String, Boolean>> words = new EnumMap<>(Kind.class);
        Map<String, Boolean> generic = words.computeIfAbsent(Kind.GENERIC, k -> new HashMap<>());
        genericWords.forEach(w -> generic.put(w, Boolean.TRUE));
        Map<String, Boolean> place = words.computeIfAbsent(Kind.PLACE, k -> new HashMap<>());
        places.forEach(w -> place.put(w, Boolean.TRUE));
        Map<String, Set<Kind>> anchorKinds = new HashMap<>();
        for (LexiconRow row : rows) {
            Kind kind = Kind.of(row);
            words.computeIfAbsent(kind, k -> new HashMap<>()).put(row.get(0), Boolean.TRUE);
            if (ENDINGS.contains(kind) || SLOT_CUES.contains(kind)) {
                anchorKinds.computeIfAbsent(row.get(0), k -> EnumSet.noneOf(Kind.class)).add(kind);
            }
        }
        this.byKind = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            Map<String, Boolean> w = words.getOrDefault(kind, Map.of());
            byKind.put(kind, PrefixTrie.<Boolean>builder().forward(true).backward(true).putAll(w).build());
            BitSet first = new BitSet();
            BitSet last = new BitSet();
            for (String word : w.keySet()) {
                if (!word.isEmpty()) {
                    first.set(word.charAt(0));
                    last.set(word.charAt(word.length() - 1));
                }
            }
            firstChars[kind.ordinal()] = first;
            lastChars[kind.ordinal()] = last;
        }
        DictionaryMatcher.Builder<Set<Kind>> b = DictionaryMatcher.builder();
        anchorKinds.forEach((text, kinds) -> b.add(text, Set.copyOf(kinds)));
        this.anchors = b.digitMayFollow(true).build();
        this.latin = Set.copyOf(words.getOrDefault(Kind.LATIN, Map.of()).keySet());
        words.getOrDefault(Kind.NAME_WORD, Map.of()).keySet().forEach(w -> w.chars().forEach(nameWordChars::set));
    }

    /** The bundled cues. */
    static OpenCues standard() {
        List<LexiconRow> rows = new ArrayList<>(Lexicon.resource(OpenCues.class, "open-cues.tsv", COLUMNS));
        List<String> generic = new ArrayList<>();
        Lexicon.resource(OpenCues.class, "unknown-generic.tsv", Columns.of("word")).forEach(r -> generic.add(r.get(0)));
        Lexicon.resource(OpenCues.class, "unknown-stopwords.tsv", Columns.of("word", "kind")).forEach(r -> generic.add(r.get(0)));
        List<String> places = new ArrayList<>();
        Lexicon.resource(OpenCues.class, PLACES, Columns.of("place")).forEach(r -> places.add(r.get(0)));
        return new OpenCues(rows, generic, places);
    }

    /**
     * Whether a name word ({@code 都市}, {@code 首都}, {@code 在线}: kind {@code name-word}) covers
     * the character at {@code pos}: a one-character boundary word there cuts nothing.
     */
    boolean inNameWord(CharSequence text, int pos) {
        if (!nameWordChars.get(text.charAt(pos))) {
            return false;
        }
        for (int s = Math.max(0, pos - MAX_NAME_WORD + 1); s <= pos; s++) {
            if (at(Kind.NAME_WORD, text, s) > pos - s) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text[start, end)} is a name's ending alone ({@code 有限公司}, {@code 集团}, {@code 资本}): no name. */
    boolean onlyAnEnding(CharSequence text, int start, int end) {
        for (Kind kind : BARE_ENDINGS) {
            if (at(kind, text, start) == end - start) {
                return true;
            }
        }
        return false;
    }

    /** The kinds of name endings that name no one on their own. */
    private static final List<Kind> BARE_ENDINGS = List.of(Kind.LEGAL, Kind.GROUP, Kind.INVESTOR, Kind.STRONG, Kind.INDUSTRY);

    /** Longest name word looked back over. */
    private static final int MAX_NAME_WORD = 4;

    /** Every name ending and slot cue in {@code text}, all overlapping ones, in text order. */
    List<Match<Set<Kind>>> anchors(String text) {
        return anchors.findAll(text);
    }

    /** Length of the longest {@code kind} word starting at {@code start}, or 0. */
    int at(Kind kind, CharSequence text, int start) {
        if (start >= text.length() || start >= 0 && !firstChars[kind.ordinal()].get(text.charAt(start))) {
            return 0;
        }
        return byKind.get(kind).longestLengthAt(text, start);
    }

    /** Length of the longest {@code kind} word ending at {@code end}, or 0. */
    int endingAt(Kind kind, CharSequence text, int end) {
        if (end <= 0 || end <= text.length() && !lastChars[kind.ordinal()].get(text.charAt(end - 1))) {
            return 0;
        }
        return byKind.get(kind).longestLengthEndingAt(text, end);
    }

    /** The lengths of every {@code kind} word ending at {@code end}. */
    List<PrefixTrie.Hit<Boolean>> allEndingAt(Kind kind, CharSequence text, int end) {
        return byKind.get(kind).allEndingAt(text, end);
    }

    /** Whether a {@code kind} word starts anywhere in {@code text[from, to)}. */
    boolean anyIn(Kind kind, String text, int from, int to) {
        BitSet first = firstChars[kind.ordinal()];
        PrefixTrie<Boolean> words = byKind.get(kind);
        for (int i = Math.max(0, from); i < to; i++) {
            if (i < text.length() && first.get(text.charAt(i)) && words.longestLengthAt(text, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Length of the longest name ending ({@link #ENDINGS}) that ends at {@code end}, or 0. */
    int endingBefore(CharSequence text, int end) {
        int longest = 0;
        for (Kind k : ENDINGS) {
            longest = Math.max(longest, endingAt(k, text, end));
        }
        return longest;
    }

    /** Whether {@code word} is a whole {@code kind} word. */
    boolean is(Kind kind, String word) {
        return !word.isEmpty() && at(kind, word, 0) == word.length();
    }

    /** Whether a Latin word (with its dot) ends a company name ({@code Capital}, {@code Inc.}). */
    boolean isLatinEnding(String word) {
        return latin.contains(word);
    }
}
