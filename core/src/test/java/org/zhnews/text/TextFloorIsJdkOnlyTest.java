package org.zhnews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The text floor's promise: its sources import nothing but the JDK and each other (never the
 * {@code org.zhnews.core} API packages), every package has a package-info, and every file stays
 * under 400 lines.
 */
class TextFloorIsJdkOnlyTest {

    private static final Path SOURCES = Path.of("src/main/java/org/zhnews/text");

    @Test
    void importsOnlyTheJdkAndItself() throws IOException {
        List<String> offending = new ArrayList<>();
        List<Path> files = javaFiles();
        assertTrue(files.size() >= 15, "sources found: " + files.size());
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.startsWith("import ") && !l.startsWith("import java.") && !l.startsWith("import org.zhnews.text.")
                        && !l.startsWith("import static java.")) {
                    offending.add(SOURCES.relativize(f) + ": " + l);
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void everyPackageHasItsInfoAndEveryFileIsShort() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                if (!Files.exists(dir.resolve("package-info.java"))) {
                    problems.add(dir.getFileName() + ": no package-info.java");
                }
            }
        }
        for (Path f : javaFiles()) {
            int lines = Files.readAllLines(f, StandardCharsets.UTF_8).size();
            if (lines >= 400) {
                problems.add(SOURCES.relativize(f) + ": " + lines + " lines");
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> all = Files.walk(SOURCES)) {
            return all.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
