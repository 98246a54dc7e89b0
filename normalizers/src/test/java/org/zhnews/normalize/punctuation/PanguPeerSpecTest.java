package org.zhnews.normalize.punctuation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Normalizer;
import org.zhnews.testkit.ConsistencyKit;

/**
 * Runs pangu.js's and pangu.java's shared test pairs (../shared/peer-specs/pangu) through the
 * spacing step alone and reports the pass rate; see normalizers/PEER-PANGU.md for the failures.
 */
@Tag("shared")
class PanguPeerSpecTest {

    private static final Normalizer SPACING = PunctuationNormalizer.none().panguSpacing(true).build();

    record Case(String file, String status, String input, String expected) {
    }

    static Path shared() {
        return org.zhnews.testkit.SharedDir.root();
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                b.append(switch (d) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> d;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static List<Case> load(Path file, boolean js) throws IOException {
        List<Case> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (js) {
                cases.add(new Case(f[0], f[2], unescape(f[3]), unescape(f[4])));
            } else {
                cases.add(new Case("pangu.java", "active", f[0], f[1]));
            }
        }
        return cases;
    }

    private static int report(String title, List<Case> cases) {
        int pass = 0;
        StringBuilder failures = new StringBuilder();
        for (Case c : cases) {
            String got = ConsistencyKit.checkNormalizer(SPACING, c.input()).text();
            if (got.equals(c.expected())) {
                pass++;
            } else {
                failures.append("  [").append(c.file()).append("] ").append(show(c.input()))
                        .append("\n     want ").append(show(c.expected()))
                        .append("\n     got  ").append(show(got)).append('\n');
            }
        }
        System.out.printf("%s: %d/%d (%.1f%%)%n%s", title, pass, cases.size(),
                100.0 * pass / Math.max(1, cases.size()), failures);
        return pass;
    }

    private static String show(String s) {
        return s.replace("\n", "\\n");
    }

    @Test
    void panguJsSharedSuite() throws IOException {
        List<Case> all = load(shared().resolve("peer-specs/pangu/pangu.js.shared.tsv"), true);
        List<Case> active = all.stream().filter(c -> c.status().equals("active")).toList();
        List<Case> fixme = all.stream().filter(c -> !c.status().equals("active")).toList();
        int pass = report("pangu.js active", active);
        report("pangu.js FIXME (pangu.js itself fails these)", fixme);
        assertTrue(pass >= active.size() * 0.90, "pass rate fell below 90%: " + pass);
    }

    @Test
    void panguJavaSuite() throws IOException {
        Path dir = shared().resolve("peer-specs/pangu/pangu.java");
        List<Case> cases = new ArrayList<>(load(dir.resolve("PanguTest.pairs.tsv"), false));
        cases.add(new Case("test_file", "active",
                Files.readString(dir.resolve("test_file.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("test_file_expected.txt"), StandardCharsets.UTF_8)));
        int pass = report("pangu.java", cases);
        assertTrue(pass >= cases.size() * 0.85, "pass rate fell below 85%: " + pass);
    }
}
