package org.zhnews.normalize.pinyin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Normalization;
import org.zhnews.core.offset.TextRange;
import org.zhnews.testkit.ConsistencyKit;

/** Runs the stripper over the real seed articles in {@code ../shared/corpus/seeds}. */
@Tag("shared")
class PinyinSeedsTest {

    private static final PinyinAnnotationStripper STRIPPER = new PinyinAnnotationStripper();

    /** Walks up from the working directory to the first directory holding {@code shared/corpus}. */
    private static Path seedsDir() {
        return org.zhnews.testkit.SharedDir.root().resolve("corpus").resolve("seeds");
    }

    @Test
    void stripsSeed001AndLeavesTheOthersUnchanged() throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(seedsDir())) {
            seeds = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(seeds.isEmpty(), "no seeds");
        boolean saw001 = false;
        for (Path seed : seeds) {
            String input = Files.readString(seed, StandardCharsets.UTF_8);
            Normalization n = ConsistencyKit.checkNormalizer(STRIPPER, input);
            String name = seed.getFileName().toString();
            if (name.startsWith("001_")) {
                saw001 = true;
                List<String> left = annotationsAfterHan(n.text());
                assertTrue(left.isEmpty(), name + " still has annotations: " + left);
                int removed = removedCount(n);
                System.out.println("[pinyin] " + name + ": stripped " + removed + " annotations, "
                        + input.length() + " -> " + n.text().length() + " chars");
                assertEquals(654, removed, name);
                assertEquals(654, n.map().edits().size(), "one deletion per annotation in " + name);
                assertEquals(1, n.warnings().size(), name);
                checkEveryHanMapsToItself(input, n);
            } else {
                assertTrue(input.equals(n.text()), name + " was changed");
                assertTrue(n.map().isIdentity(), name);
                assertTrue(n.warnings().isEmpty(), name);
            }
        }
        assertTrue(saw001, "seed 001 missing");
    }

    /** Every parenthesised pinyin syllable (toned or not) written directly after a Han char. */
    private static List<String> annotationsAfterHan(String text) {
        List<String> found = new ArrayList<>();
        PinyinSyllables syllables = PinyinSyllables.standard();
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '(' || c == '（') && Character.UnicodeScript.of(Character.codePointBefore(text, i))
                    == Character.UnicodeScript.HAN) {
                for (int j = i + 1; j < Math.min(text.length(), i + 16); j++) {
                    char d = text.charAt(j);
                    if (d == ')' || d == '）') {
                        if (syllables.parse(text, i + 1, j).isPresent()) {
                            found.add(text.substring(Math.max(0, i - 3), j + 1));
                        }
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static int removedCount(Normalization n) {
        String message = n.warnings().get(0).message();
        return Integer.parseInt(message.replaceAll("\\D+", " ").trim().split(" ")[0]);
    }

    /** Each output character maps back to the same character in the input. */
    private static void checkEveryHanMapsToItself(String input, Normalization n) {
        String out = n.text();
        for (int i = 0; i < out.length(); i++) {
            TextRange r = n.map().toOriginal(i, i + 1);
            assertEquals(String.valueOf(out.charAt(i)), input.substring(r.start(), r.end()), "at " + i);
        }
    }
}
