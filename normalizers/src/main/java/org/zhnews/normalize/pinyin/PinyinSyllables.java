package org.zhnews.normalize.pinyin;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;

/**
 * The inventory of toneless Hanyu Pinyin base syllables ({@code a, ai, ..., lüe, ..., zuo}) and
 * a strict reader of single tone-marked syllables.
 *
 * <p>A written syllable is accepted by {@link #parse} when it is lower case, stripping its tone
 * mark gives an inventory syllable, it carries at most one tone mark, and that mark sits where
 * pinyin orthography puts it: on {@code a} or {@code e} when present, on {@code o} in
 * {@code ou}, otherwise on the last vowel. Precomposed marks ({@code ǎ}, {@code ǜ}) and
 * combining marks (U+0304, U+0301, U+030C, U+0300, and U+0308 for {@code ü}) are both read.
 * {@code v} for {@code ü} is accepted only in toneless syllables ({@code lv}, {@code nve}), as
 * romanisation tools print it; {@code u:} is not accepted.
 *
 * <p>Instances are immutable and safe to share between threads; {@link #standard()} is loaded
 * once from {@code syllables.tsv} next to this class.
 */
public final class PinyinSyllables {

    /** The longest written syllable read, in code units ({@code zhuang} with combining marks). */
    static final int MAX_WRITTEN_LENGTH = 10;

    private static final String RESOURCE = "syllables.tsv";
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final String TONED_BASE = "aaaaeeeeiiiioooouuuuüüüü";

    private final Set<String> bases;

    private PinyinSyllables(Set<String> bases) {
        this.bases = Set.copyOf(bases);
    }

    /**
     * The ~410 syllables of Standard Mandarin, from the bundled resource.
     *
     * @return the shared standard inventory
     */
    public static PinyinSyllables standard() {
        return Standard.INSTANCE;
    }

    /**
     * An inventory of the given toneless syllables (lower case, {@code ü} for u-umlaut).
     *
     * @param syllables the toneless syllables
     * @return a new inventory
     * @throws IllegalArgumentException if a syllable is empty or not lower-case pinyin letters
     */
    public static PinyinSyllables of(Collection<String> syllables) {
        Set<String> set = new HashSet<>();
        for (String s : syllables) {
            if (s.isEmpty() || !s.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == 'ü')) {
                throw new IllegalArgumentException("not a toneless pinyin syllable: " + s);
            }
            set.add(s);
        }
        return new PinyinSyllables(set);
    }

    /**
     * Number of syllables in the inventory.
     *
     * @return the number of distinct syllables
     */
    public int size() {
        return bases.size();
    }

    /**
     * True when {@code base} (toneless, {@code ü} spelled out) is in the inventory.
     *
     * @param base a toneless syllable
     * @return whether the inventory holds it
     */
    public boolean contains(String base) {
        return bases.contains(base);
    }

    /**
     * Reads {@code text[start, end)} as exactly one written syllable.
     *
     * @param text  the text
     * @param start first char of the syllable
     * @param end   one past its last char
     * @return the syllable, or empty when the range is anything else
     * @throws IndexOutOfBoundsException if the range is not inside {@code text}
     */
    public Optional<Syllable> parse(CharSequence text, int start, int end) {
        java.util.Objects.checkFromToIndex(start, end, text.length());
        int len = end - start;
        if (len == 0 || len > MAX_WRITTEN_LENGTH) {
            return Optional.empty();
        }
        StringBuilder base = new StringBuilder(len);
        int tone = 0;
        int tonePos = -1;
        boolean usedV = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int t = TONED.indexOf(c);
            if (c >= 'a' && c <= 'z') {
                if (c == 'v') {
                    usedV = true;
                    base.append('ü');
                } else {
                    base.append(c);
                }
            } else if (c == 'ü') {
                base.append('ü');
            } else if (t >= 0) {
                if (tone != 0) {
                    return Optional.empty();
                }
                base.append(TONED_BASE.charAt(t));
                tone = t % 4 + 1;
                tonePos = base.length() - 1;
            } else if (c == '\u0308') {
                int last = base.length() - 1;
                if (last < 0 || base.charAt(last) != 'u' || tonePos == last) {
                    return Optional.empty();
                }
                base.setCharAt(last, 'ü');
            } else {
                int combining = combiningTone(c);
                int last = base.length() - 1;
                if (combining == 0 || tone != 0 || last < 0 || !isVowel(base.charAt(last))) {
                    return Optional.empty();
                }
                tone = combining;
                tonePos = last;
            }
        }
        String b = base.toString();
        if (!bases.contains(b) || usedV && tone != 0) {
            return Optional.empty();
        }
        if (tone != 0 && tonePos != markPosition(b)) {
            return Optional.empty();
        }
        return Optional.of(new Syllable(b, tone));
    }

    /** Where pinyin orthography puts the tone mark in a toneless syllable, or -1 if no vowel. */
    static int markPosition(String base) {
        int a = base.indexOf('a');
        if (a >= 0) {
            return a;
        }
        int e = base.indexOf('e');
        if (e >= 0) {
            return e;
        }
        int ou = base.indexOf("ou");
        if (ou >= 0) {
            return ou;
        }
        for (int i = base.length() - 1; i >= 0; i--) {
            if (isVowel(base.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'ü';
    }

    private static int combiningTone(char c) {
        switch (c) {
            case '\u0304': return 1;
            case '\u0301': return 2;
            case '\u030C': return 3;
            case '\u0300': return 4;
            default: return 0;
        }
    }

    /**
     * One written syllable.
     *
     * @param base the toneless syllable, {@code ü} spelled out
     * @param tone 1 to 4, or 0 when no tone mark was written (neutral tone or toneless spelling)
     */
    public record Syllable(String base, int tone) {

        /**
         * True when a tone mark was written.
         *
         * @return {@code tone() != 0}
         */
        public boolean toned() {
            return tone != 0;
        }
    }

    private static final class Standard {
        static final PinyinSyllables INSTANCE = load();

        private static PinyinSyllables load() {
            Set<String> set = new HashSet<>();
            for (LexiconRow row : Lexicon.resource(PinyinSyllables.class, RESOURCE, Columns.of("syllable"))) {
                set.add(row.get(0).toLowerCase(Locale.ROOT));
            }
            return of(set);
        }
    }
}
