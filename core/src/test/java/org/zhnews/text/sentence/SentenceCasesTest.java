package org.zhnews.text.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the cases of {@code cases.txt}: each marks where its sentences and clauses end. */
class SentenceCasesTest {

    static final char SENTENCE = '‖';
    static final char CLAUSE = '¦';

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void segmentsAsMarked(String marked) {
        String text = marked.replace(String.valueOf(SENTENCE), "").replace(String.valueOf(CLAUSE), "");
        assertEquals(marked, render(text, SentenceSegmenter.standard().segment(text)));
    }

    @Test
    void theCaseFileHoldsEnoughCases() throws IOException {
        assertTrue(cases().count() >= 60);
    }

    /** The text with {@code ‖} between sentences and {@code ¦} between clauses. */
    static String render(String text, List<SentenceSegment> sentences) {
        StringBuilder sb = new StringBuilder();
        for (SentenceSegment s : sentences) {
            if (sb.length() > 0) {
                sb.append(SENTENCE);
            }
            for (int k = 0; k < s.clauses().size(); k++) {
                ClauseSegment c = s.clauses().get(k);
                if (k > 0) {
                    sb.append(CLAUSE);
                }
                sb.append(text, c.start(), c.end());
            }
        }
        return sb.toString();
    }

    static Stream<String> cases() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(SentenceCasesTest.class.getResourceAsStream("cases.txt"));
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(unescape(line));
                }
            }
        }
        return out.stream();
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            sb.append(switch (e) {
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 's' -> ' ';
                case '\\' -> '\\';
                default -> throw new IllegalArgumentException("unknown escape \\" + e + " in " + s);
            });
        }
        return sb.toString();
    }
}
