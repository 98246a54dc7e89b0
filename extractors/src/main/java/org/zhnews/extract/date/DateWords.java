package org.zhnews.extract.date;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.zhnews.core.mention.DateGranularity;
import org.zhnews.extract.resource.Tsv;
import org.zhnews.text.fold.CharFold;

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
        List<String[]> rows = Tsv.read(DateWords.class, "relative-words.tsv", 6);
        for (String[] row : rows) {
            String word = row[0].trim();
            DateGranularity unit = switch (row[1].trim()) {
                case "half" -> DateGranularity.HALF_YEAR;
                default -> DateGranularity.valueOf(row[1].trim().toUpperCase(Locale.ROOT));
            };
            relative.put(word, new RelativeWord(word, unit, Integer.parseInt(row[2].trim()),
                    none(row[3]), orEmpty(row[4]), orEmpty(row[5])));
        }
        Set<String> blocked = new HashSet<>();
        for (String[] row : Tsv.read(DateWords.class, "not-dates.tsv", 1)) {
            if (row[0].trim().length() >= 2) {
                blocked.add(row[0].trim());
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
