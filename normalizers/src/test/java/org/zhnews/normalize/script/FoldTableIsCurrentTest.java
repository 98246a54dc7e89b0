package org.zhnews.normalize.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.fold.CharFold;
import org.zhnews.text.match.PrefixTrie;

/**
 * Generates core's traditional-to-simplified fold table ({@value #RESOURCE}) from the script
 * data: every Han character of the BMP that the default script normalizer's table (mainland
 * simplified, characters only: OpenCC's TSCharacters with the Taiwan and Hong Kong variants and
 * the project's overlay) turns, on its own, into one other BMP character. Fails when the
 * committed file differs; rewrite it with {@value #COMMAND}.
 */
class FoldTableIsCurrentTest {

    static final String RESOURCE = "/org/zhnews/text/fold/t2s-chars.tsv";
    static final String COMMAND = "mvn -B -o -q -pl normalizers -am test -Dtest=FoldTableIsCurrentTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dzhnews.regenerateFold=true";
    private static final Path SOURCE = Path.of("../core/src/main/resources" + RESOURCE);

    private static final String HEADER = """
            # Traditional -> simplified characters for org.zhnews.text.fold.CharFold, one BMP character
            # to one, so a folded text keeps its offsets. Includes the Taiwan and Hong Kong variant forms
            # (裡 -> 里) and leaves alone characters simplified text also writes (乾, 著, 秘, 台).
            # Source: generated from OpenCC's character data (TSCharacters, TWVariants, HKVariants) as
            # bundled with opencc4j (Apache-2.0), combined with the project's regional-overlay.tsv the
            # way the default script normalizer combines them. Do not edit: regenerate with
            # %s
            traditional\tsimplified
            """.formatted(COMMAND);

    @Test
    void committedTableIsCurrent() throws IOException {
        String expected = render(pairs());
        if (Boolean.getBoolean("zhnews.regenerateFold")) {
            Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
            return;
        }
        String committed;
        try (InputStream in = FoldTableIsCurrentTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE);
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, committed, RESOURCE + " is stale: regenerate it with " + COMMAND);
    }

    @Test
    void theFoldAgreesWithTheScriptNormalizerOnEveryCharacter() {
        Map<Character, Character> pairs = pairs();
        CharFold fold = CharFold.keepingCase();
        for (char c = '\u2E80'; c < '\uFFFF'; c++) {
            if (CharClass.isHan(c)) {
                char ch = c;
                assertEquals(pairs.getOrDefault(ch, ch), fold.fold(ch), () -> "fold of " + ch);
            }
        }
    }

    /** Traditional -> simplified, by code point; chains resolved, so folding twice changes nothing. */
    static Map<Character, Character> pairs() {
        PrefixTrie<String> table = ConversionTables.build(ScriptTarget.SIMPLIFIED_MAINLAND, false);
        Map<Character, Character> pairs = new TreeMap<>();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (!CharClass.isHan(c) || Character.isSurrogate(c)) {
                continue;
            }
            String value = ConversionTables.convert(table, String.valueOf(c));
            if (value.length() == 1 && value.charAt(0) != c) {
                pairs.put(c, value.charAt(0));
            }
        }
        pairs.replaceAll((from, to) -> {
            char t = to;
            for (int hops = 0; hops < 4 && pairs.containsKey(t) && pairs.get(t) != t; hops++) {
                t = pairs.get(t);
            }
            return t;
        });
        return pairs;
    }

    private static String render(Map<Character, Character> pairs) {
        StringBuilder sb = new StringBuilder(HEADER);
        pairs.forEach((from, to) -> sb.append(from).append('\t').append(to).append('\n'));
        return sb.toString();
    }
}
