package org.zhnews.extract.peer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Pass/fail/out-of-scope counts of one peer suite, and its failures. Not thread-safe. */
final class SuiteReport {

    final String name;
    int total;
    int passed;
    final List<String> failures = new ArrayList<>();
    final Map<String, Integer> outOfScope = new TreeMap<>();

    SuiteReport(String name) {
        this.name = name;
    }

    /** Records a case that the in-scope rule leaves out, with the reason. */
    void skip(String reason) {
        total++;
        outOfScope.merge(reason, 1, Integer::sum);
    }

    /** Records an in-scope case. */
    void check(String input, String expected, String got) {
        total++;
        if (expected.equals(got)) {
            passed++;
        } else {
            failures.add(clean(input) + "\t" + expected + "\t" + got);
        }
    }

    int inScope() {
        return passed + failures.size();
    }

    double rate() {
        return inScope() == 0 ? 1.0 : (double) passed / inScope();
    }

    String row() {
        return String.format("| %-28s | %5d | %8d | %6d | %6.1f %% |", name, total, inScope(), passed, 100 * rate());
    }

    /** Writes target/peer-NAME-failures.tsv (input, expected, got) and returns the path. */
    Path writeFailures(Path dir) {
        Path file = dir.resolve("peer-" + name.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase() + "-failures.tsv");
        StringBuilder b = new StringBuilder("# input\texpected\tgot\n");
        failures.forEach(f -> b.append(f).append('\n'));
        b.append("# out of scope: ").append(outOfScope).append('\n');
        try {
            Files.createDirectories(dir);
            Files.writeString(file, b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
