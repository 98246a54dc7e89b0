package org.zhnews.extract.lexicon;

import org.zhnews.text.chars.CharClass;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;
import org.zhnews.text.match.DictionaryMatcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Model names that are also everyday words or people's names ({@code 豆包} the bun, {@code Gemini}
 * the star sign, {@code Claude} a first name): resource {@code model-senses.tsv}. Such a name,
 * standing bare, is a model only in a document that speaks of AI or software or names the
 * family's vendor, and never
 * <ul>
 *   <li>next to a negative cue ({@code 豆沙豆包}, {@code 文心兰}, {@code 名叫Kimi}, {@code 主厨Claude});</li>
 *   <li>in brackets right after a Chinese word that is no name, which it glosses
 *       ({@code 双子座(Gemini)}, {@code 羊驼(Llama)});</li>
 *   <li>for a person's name, before a capitalised Latin word that is no version or variant
 *       ({@code Claude Monet}: a full name), unless the vendor is named in the sentence
 *       ({@code Anthropic推出Claude Desktop}).</li>
 * </ul>
 * A name that also names a technique ({@code GPT}, row kind {@code generic}), standing bare, is a
 * model only with its vendor named in its sentence. What the name is read as otherwise is for the
 * other rules. Immutable and thread-safe.
 */
final class ModelSenses {

    private static final String ANY = "*";

    private enum Kind { SENSE, PERSON, GENERIC, LEFT, RIGHT, TOPIC }

    private static final String OPEN_BRACKETS = "(（";
    private static final String CLOSE_BRACKETS = ")）";

    /** Surfaces with an everyday sense (lower case), and those that are also people's names. */
    private final Set<String> senses;
    private final Set<String> persons;
    private final Set<String> generic;
    private final Map<String, List<String>> left;
    private final Map<String, List<String>> right;
    private final DictionaryMatcher<Boolean> topic;

    private ModelSenses(Set<String> senses, Set<String> persons, Set<String> generic, Map<String, List<String>> left,
                        Map<String, List<String>> right, DictionaryMatcher<Boolean> topic) {
        this.senses = senses;
        this.persons = persons;
        this.generic = generic;
        this.left = left;
        this.right = right;
        this.topic = topic;
    }

    static ModelSenses standard() {
        Set<String> senses = new HashSet<>();
        Set<String> persons = new HashSet<>();
        Set<String> generic = new HashSet<>();
        Map<String, List<String>> left = new HashMap<>();
        Map<String, List<String>> right = new HashMap<>();
        DictionaryMatcher.Builder<Boolean> topic = DictionaryMatcher.builder();
        for (LexiconRow row : Lexicon.resource(ModelSenses.class, "model-senses.tsv",
                Columns.of("surface", "kind", "words"))) {
            String surface = key(row.get(0).strip());
            Kind kind = Kind.valueOf(row.get(1).strip().toUpperCase(Locale.ROOT));
            switch (kind) {
                case SENSE -> senses.add(surface);
                case PERSON -> {
                    senses.add(surface);
                    persons.add(surface);
                }
                case GENERIC -> generic.add(surface);
                case LEFT -> left.computeIfAbsent(surface, k -> new ArrayList<>()).addAll(row.list(2));
                case RIGHT -> right.computeIfAbsent(surface, k -> new ArrayList<>()).addAll(row.list(2));
                case TOPIC -> row.list(2).forEach(w -> topic.add(w, Boolean.TRUE));
            }
        }
        return new ModelSenses(Set.copyOf(senses), Set.copyOf(persons), Set.copyOf(generic), Map.copyOf(left), Map.copyOf(right),
                topic.build());
    }


    private static String key(String surface) {
        return surface.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code surface} (as written in the text) is a name with an everyday sense. */
    boolean hasSense(String surface) {
        return senses.contains(key(surface));
    }

    /**
     * Whether {@code surface} (as written) also names a technique ({@code GPT}: 类GPT, GPT技术), so
     * that standing bare it is a model only beside its vendor ({@code OpenAI的GPT}).
     */
    boolean isGeneric(String surface) {
        return generic.contains(key(surface));
    }

    /** Fewest topic words that make a document one that speaks of AI or software. */
    static final int MIN_TOPIC_WORDS = 2;

    /**
     * Whether {@code text} speaks of AI or software: at least {@value #MIN_TOPIC_WORDS} topic
     * words stand in it. One passing word is no topic (a farm's alpacas named Gemini and Claude,
     * said to have "more character than many AI").
     */
    boolean speaksOfAi(String text) {
        return topic.findLongest(text).size() >= MIN_TOPIC_WORDS;
    }

    /** Whether a topic word stands in {@code [start, end)} of {@code text} (the sentence of a name). */
    boolean speaksOfAi(String text, int start, int end) {
        return !topic.findAll(text.substring(start, end)).isEmpty();
    }

    /**
     * Why the bare name {@code [start, end)} (a name {@link #hasSense with a sense}) is no model
     * where it stands, if a local cue says so: {@link Reason#NEGATIVE_CUE}.
     *
     * @param nameBefore whether a dictionary name ends right before the bracket that may hold it
     * @param vendorNear whether the family's vendor is named in the sentence: then a person's name
     *                   before a capitalised word is the product's ({@code Anthropic推出Claude Desktop})
     */
    Optional<Reason> localCue(String text, int start, int end, boolean nameBefore, boolean vendorNear) {
        String surface = key(text.substring(start, end));
        boolean quoted = start > 0 && end < text.length() && OpenModelCues.OPEN_QUOTES.indexOf(text.charAt(start - 1)) >= 0
                && OpenModelCues.CLOSE_QUOTES.indexOf(text.charAt(end)) >= 0;
        int before = quoted ? start - 1 : start; // 橘猫“Kimi”, “Claude特调”: cues stand outside the quotes too
        int after = quoted ? end + 1 : end;
        if (cueAround(text, start, end, surface) || quoted && cueAround(text, before, after, surface)
                || (!nameBefore && glossOfAWord(text, start, end))
                || (persons.contains(surface) && !vendorNear && fullName(text, end))) {
            return Optional.of(Reason.NEGATIVE_CUE);
        }
        return Optional.empty();
    }

    private boolean cueAround(String text, int start, int end, String surface) {
        return CueWords.before(text, start, left.get(ANY)) || CueWords.before(text, start, left.get(surface))
                || CueWords.after(text, end, right.get(ANY)) || CueWords.after(text, end, right.get(surface));
    }

    /**
     * {@code 双子座(Gemini)}: alone in brackets, right after Chinese text, with no model word
     * before the brackets or right after them ({@code 谷歌的双子座(Gemini)模型} is the model).
     */
    private static boolean glossOfAWord(String text, int start, int end) {
        if (start < 2 || end >= text.length() || OPEN_BRACKETS.indexOf(text.charAt(start - 1)) < 0
                || CLOSE_BRACKETS.indexOf(text.charAt(end)) < 0) {
            return false;
        }
        int before = start - 1;
        return CharClass.isHan(text.charAt(before - 1)) && !modelWord(text, before - 2) && !modelWord(text, end + 1)
                && !modelWord(text, end + 2);
    }

    private static boolean modelWord(String text, int at) {
        return at >= 0 && (text.startsWith("模型", at) || text.startsWith("助手", at));
    }

    /** {@code Claude Monet}: a space, then a capitalised Latin word (the version grammar read nothing). */
    private static boolean fullName(String text, int end) {
        return end + 2 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))
                && CharClass.isAsciiLetter(text.charAt(end + 1)) && Character.isLowerCase(text.charAt(end + 2));
    }
}
