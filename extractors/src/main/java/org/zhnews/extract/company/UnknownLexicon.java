package org.zhnews.extract.company;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;

/**
 * The word lists of {@link UnknownCompanyFinder}, read once from the {@code unknown-*.tsv}
 * resources. Immutable.
 */
final class UnknownLexicon {

    /** What a suffix does. */
    enum Kind { LEGAL, INDUSTRY, STACK, BRANCH, LATIN }

    /** One suffix row. */
    record Suffix(String text, Kind kind, boolean placeOnly) {
    }

    private final Map<String, Suffix> suffixes;
    private final int maxSuffixLength;
    private final Set<String> generic;
    private final Set<String> leftStops;
    private final Set<String> rightStops;
    private final Set<Character> leadChars;
    private final Set<String> afterCues;
    private final Set<String> beforeCues;
    private final int maxCueLength;

    private UnknownLexicon(Map<String, Suffix> suffixes, Set<String> generic, Set<String> leftStops,
            Set<String> rightStops, Set<Character> leadChars, Set<String> afterCues, Set<String> beforeCues) {
        this.suffixes = Map.copyOf(suffixes);
        this.maxSuffixLength = suffixes.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.generic = Set.copyOf(generic);
        this.leftStops = Set.copyOf(leftStops);
        this.rightStops = Set.copyOf(rightStops);
        this.leadChars = Set.copyOf(leadChars);
        this.afterCues = Set.copyOf(afterCues);
        this.beforeCues = Set.copyOf(beforeCues);
        this.maxCueLength = java.util.stream.Stream.concat(afterCues.stream(), beforeCues.stream())
                .mapToInt(String::length).max().orElse(0);
    }

    /** The lists shipped as resources. */
    static UnknownLexicon standard() {
        Map<String, Suffix> suffixes = new HashMap<>();
        for (LexiconRow r : Lexicon.resource(UnknownLexicon.class, "unknown-suffixes.tsv",
                Columns.of("suffix", "kind", "placeOnly"))) {
            Kind kind = Kind.valueOf(r.get(1).toUpperCase(java.util.Locale.ROOT));
            suffixes.put(r.get(0), new Suffix(r.get(0), kind, r.get(2).equals("yes")));
        }
        Set<String> generic = new HashSet<>();
        for (LexiconRow r : Lexicon.resource(UnknownLexicon.class, "unknown-generic.tsv", Columns.of("word"))) {
            generic.add(r.get(0));
        }
        Set<String> leftStops = new HashSet<>();
        Set<String> rightStops = new HashSet<>();
        Set<Character> leadChars = new HashSet<>();
        for (LexiconRow r : Lexicon.resource(UnknownLexicon.class, "unknown-stopwords.tsv", Columns.of("word", "kind"))) {
            switch (r.get(1)) {
                case "left" -> leftStops.add(r.get(0));
                case "right" -> rightStops.add(r.get(0));
                case "leadchar" -> {
                    if (r.get(0).length() != 1) {
                        throw r.error("leadchar must be one character: " + r.get(0));
                    }
                    leadChars.add(r.get(0).charAt(0));
                }
                default -> throw r.error("unknown stop-word kind " + r.get(1));
            }
        }
        Set<String> after = new HashSet<>();
        Set<String> before = new HashSet<>();
        for (LexiconRow r : Lexicon.resource(UnknownLexicon.class, "unknown-cues.tsv", Columns.of("word", "side"))) {
            (r.get(1).equals("before") ? before : after).add(r.get(0));
        }
        return new UnknownLexicon(suffixes, generic, leftStops, rightStops, leadChars, after, before);
    }

    /**
     * The Chinese (non-Latin) suffixes ending at {@code end} in {@code text}, longest first.
     */
    List<Suffix> suffixesEndingAt(CharSequence text, int from, int end) {
        List<Suffix> found = new ArrayList<>(2);
        for (int len = Math.min(maxSuffixLength, end - from); len >= 1; len--) {
            Suffix s = suffixes.get(text.subSequence(end - len, end).toString());
            if (s != null && s.kind() != Kind.LATIN) {
                found.add(s);
            }
        }
        return found.isEmpty() ? List.of() : Collections.unmodifiableList(found);
    }

    /** Whether any Chinese suffix ends within {@code (from, to]} of {@code text}. */
    boolean hasSuffixIn(CharSequence text, int from, int to) {
        for (int end = from + 1; end <= to; end++) {
            for (int len = Math.min(maxSuffixLength, end - from); len >= 1; len--) {
                if (suffixes.containsKey(text.subSequence(end - len, end).toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The suffix row for exactly {@code word}, or null. */
    Suffix suffix(String word) {
        return suffixes.get(word);
    }

    boolean isGeneric(String word) {
        return generic.contains(word);
    }

    boolean isLeftStop(String word) {
        return leftStops.contains(word);
    }

    boolean isRightStop(String word) {
        return rightStops.contains(word);
    }

    boolean isLeadChar(char c) {
        return leadChars.contains(c);
    }

    boolean isAfterCue(String word) {
        return afterCues.contains(word);
    }

    boolean isBeforeCue(String word) {
        return beforeCues.contains(word);
    }

    /** The after-cue that {@code text} continues with at {@code at}, longest first, or null. */
    String afterCueAt(String text, int at) {
        for (int len = Math.min(maxCueLength, text.length() - at); len >= 1; len--) {
            String w = text.substring(at, at + len);
            if (afterCues.contains(w)) {
                return w;
            }
        }
        return null;
    }
}
