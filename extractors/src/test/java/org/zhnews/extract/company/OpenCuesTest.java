package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhnews.extract.company.OpenCues.Kind;
import org.zhnews.text.match.PrefixTrie;

/**
 * The cue lookups that answer from the first and last characters of a kind's words agree with
 * the backward trie read in full ({@link OpenCues#allEndingAt}), on news passages.
 */
class OpenCuesTest {

    private static final OpenCues CUES = OpenCues.standard();
    private static final int LONGEST = 16;

    private static String passages() throws IOException {
        Path dir = Path.of("src/test/resources/org/zhnews/extract/eval/news/texts");
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().limit(12).toList()) {
                sb.append(Files.readString(p)).append('\n');
            }
        }
        return sb.toString();
    }

    /** The longest {@code kind} word in {@code text} from {@code start}, by the backward trie. */
    private static int longestFrom(Kind kind, String text, int start) {
        int longest = 0;
        for (int end = start + 1; end <= text.length() && end <= start + LONGEST; end++) {
            for (PrefixTrie.Hit<Boolean> h : CUES.allEndingAt(kind, text, end)) {
                if (h.start() == start) {
                    longest = end - start;
                }
            }
        }
        return longest;
    }

    @Test
    void lookupsAgreeWithTheFullTrie() throws IOException {
        String text = passages();
        int found = 0;
        for (Kind kind : Kind.values()) {
            boolean seen = false;
            for (int i = 0; i <= text.length(); i++) {
                List<PrefixTrie.Hit<Boolean>> ending = CUES.allEndingAt(kind, text, i);
                int expectedEnding = ending.isEmpty() ? 0 : ending.get(ending.size() - 1).length();
                assertEquals(expectedEnding, CUES.endingAt(kind, text, i), kind + " ending at " + i);
                int at = longestFrom(kind, text, i);
                assertEquals(at, CUES.at(kind, text, i), kind + " at " + i);
                seen |= at > 0;
                if (i % 7 == 0) {
                    int to = Math.min(text.length(), i + 9);
                    boolean any = false;
                    for (int k = i; k < to && !any; k++) {
                        any = longestFrom(kind, text, k) > 0;
                    }
                    assertEquals(any, CUES.anyIn(kind, text, i, to), kind + " in " + i + ".." + to);
                }
            }
            found += seen ? 1 : 0;
        }
        assertTrue(found >= 10, "kinds found " + found);
    }
}
