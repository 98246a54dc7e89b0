package org.zhnews.extract.date;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.zhnews.core.mention.DateGranularity;
import org.zhnews.text.fold.CharFold;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;

/**
 * The word lists of the date grammar: relative words ({@code relative-words.tsv}) and words to
 * step over ({@code not-dates.tsv}), matched on text folded by {@link CharFold#keepingCase()}
 * (width, spaces, traditional to simplified; case is kept for {@code Q3}). Loaded once per JVM
 * ({@link #standard()}, about 200 KB of lookup tables); immutable after construction and
 * thread-safe. Lookups probe at most the longest word's
 * length, and only at characters that start a word.
 */
final class DateWords {

    private static final DateWords STANDARD = load();

    private final CharFold fold;
    private final Map<String, RelativeWord> relative;
    private final boolean[] relativeFirst = new boolean[Character.MAX_VALUE + 1];
    private final int relativeMax;
    private final Set<String> blocked;
    private final boolean[] blockedFirst = new boolean[Character.MAX_VALUE + 1];
    private final int blockedMax;

    private DateWords(CharFold fold, Map<String, RelativeWord> relative, Set<String> blocked) {
        this.fold = fold;
        this.relative = Map.copyOf(relative);
        this.blocked = Set.copyOf(blocked);
        int rm = 0;
        for (String w : relative.keySet()) {
            relativeFirst[w.charAt(0)] = true;
            rm = Math.max(rm, w.length());
        }
        int bm = 0;
        for (String w : blocked) {
            blockedFirst[w.charAt(0)] = true;
            bm = Math.max(bm, w.length());
        }
        this.relativeMax = rm;
        this.blockedMax = bm;
    }

    /** The built-in lists, loaded on first use. */
    static DateWords standard() {
        return STANDARD;
    }

    /** One character folded: full-width ASCII to ASCII, spaces to a space, traditional to simplified. */
    char fold(char c) {
        return fold.fold(c);
    }

    /** The longest relative word starting at {@code i} of the folded text, or null. */
    RelativeWord relativeAt(char[] text, int i) {
        if (!relativeFirst[text[i]]) {
            return null;
        }
        for (int len = Math.min(relativeMax, text.length - i); len >= 2; len--) {
            RelativeWord w = relative.get(new String(text, i, len));
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    /** The end of the longest not-a-date word starting at {@code i} of the folded text, or -1. */
    int blockedEnd(char[] text, int i) {
        if (!blockedFirst[text[i]]) {
            return -1;
        }
        for (int len = Math.min(blockedMax, text.length - i); len >= 2; len--) {
            if (blocked.contains(new String(text, i, len))) {
                return i + len;
            }
        }
        return -1;
    }

    private static DateWords load() {
        CharFold fold = CharFold.keepingCase();
        Map<String, RelativeWord> relative = new HashMap<>();
        List<LexiconRow> rows = Lexicon.resource(DateWords.class, "relative-words.tsv",
                Columns.of("word", "unit", "amount", "modifier", "not-after", "not-before"));
        for (LexiconRow row : rows) {
            String word = row.get(0);
            DateGranularity unit = switch (row.get(1)) {
                case "half" -> DateGranularity.HALF_YEAR;
                default -> DateGranularity.valueOf(row.get(1).toUpperCase(Locale.ROOT));
            };
            relative.put(word, new RelativeWord(word, unit, Integer.parseInt(row.get(2)),
                    none(row.get(3)), orEmpty(row.get(4)), orEmpty(row.get(5))));
        }
        Set<String> blocked = new HashSet<>();
        for (LexiconRow row : Lexicon.resource(DateWords.class, "not-dates.tsv", Columns.of("word"))) {
            if (row.get(0).length() >= 2) {
                blocked.add(row.get(0));
            }
        }
        return new DateWords(fold, relative, blocked);
    }

    private static String none(String field) {
        String f = field.trim();
        return f.isEmpty() || f.equals("-") ? null : f;
    }

    private static String orEmpty(String field) {
        String f = none(field);
        return f == null ? "" : f;
    }
}
