package org.zhnews.normalize.script;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhnews.text.lexicon.Lexicon;

/**
 * The OpenCC dictionary files bundled in the opencc4j jar ({@code data/dictionary/*.txt}), read
 * once per JVM as plain data (no opencc4j code runs) through the lexicon loader's line reader:
 * they are OpenCC's format (key, then candidates separated by tabs or spaces; no header), not
 * the project's TSV. Each map keeps file order and lists a key's candidates with the preferred
 * one first.
 *
 * <p>In this snapshot the keys of {@code TWVariants} and {@code TWPhrases} were rewritten into
 * simplified characters by opencc4j; {@link ConversionTables} accounts for that.
 */
final class OpenCcData {

    /** Simplified char -> traditional candidates. */
    final Map<String, List<String>> stCharacters;
    /** Traditional char -> simplified candidates. */
    final Map<String, List<String>> tsCharacters;
    /** Traditional phrase -> simplified phrase. */
    final Map<String, List<String>> tsPhrases;
    /** Simplified phrase (mainland wording) -> Taiwan phrase. */
    final Map<String, List<String>> twPhrases;
    /** Simplified char -> Taiwan variant char. */
    final Map<String, List<String>> twVariants;
    /** Standard (OpenCC) traditional char -> Hong Kong variant char. */
    final Map<String, List<String>> hkVariants;
    /** Hong Kong phrase -> standard traditional phrase. */
    final Map<String, List<String>> hkVariantsRevPhrases;

    private OpenCcData() {
        stCharacters = load("STCharacters.txt");
        tsCharacters = load("TSCharacters.txt");
        tsPhrases = load("TSPhrases.txt");
        twPhrases = load("TWPhrases.txt");
        twVariants = load("TWVariants.txt");
        hkVariants = load("HKVariants.txt");
        hkVariantsRevPhrases = load("HKVariantsRevPhrases.txt");
    }

    /**
     * The data, loaded on first use; throws {@link org.zhnews.text.lexicon.LexiconException} if
     * the jar lacks it.
     */
    static OpenCcData get() {
        return Holder.INSTANCE;
    }

    /**
     * Simplified phrase -> traditional phrase. The largest file (a megabyte), only needed by
     * the traditional targets, so read on first use of this method.
     */
    Map<String, List<String>> stPhrases() {
        return StPhrases.MAP;
    }

    private static final class Holder {
        static final OpenCcData INSTANCE = new OpenCcData();
    }

    private static final class StPhrases {
        static final Map<String, List<String>> MAP = load("STPhrases.txt");
    }

    private static Map<String, List<String>> load(String name) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        Lexicon.forEachLine(OpenCcData.class, "/data/dictionary/" + name, (line, no) -> addLine(map, line.trim()));
        return Collections.unmodifiableMap(map);
    }

    /**
     * Adds one line {@code key<sep>candidate<sep>...} (separators: tab or space, empty fields
     * skipped); lines without a candidate and {@code #} comments are ignored. Split by hand:
     * {@code String.split} with a character class compiles a pattern for every line.
     */
    private static void addLine(Map<String, List<String>> map, String line) {
        int n = line.length();
        int sep = 0;
        while (sep < n && !isSeparator(line.charAt(sep))) {
            sep++;
        }
        if (sep == 0 || sep == n || line.charAt(0) == '#') {
            return;
        }
        List<String> candidates = new ArrayList<>(2);
        int i = sep + 1;
        while (i < n) {
            int end = i;
            while (end < n && !isSeparator(line.charAt(end))) {
                end++;
            }
            if (end > i) {
                candidates.add(line.substring(i, end));
            }
            i = end + 1;
        }
        if (!candidates.isEmpty()) {
            map.putIfAbsent(line.substring(0, sep), List.copyOf(candidates));
        }
    }

    private static boolean isSeparator(char c) {
        return c == '\t' || c == ' ';
    }
}
