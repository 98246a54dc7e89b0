package org.zhnews.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every main-code Java file of the repository (core, normalizers, extractors and the samples)
 * stays under 400 lines: small classes with one purpose each. Runs from the extractors module,
 * whose parent directory is the repository.
 */
class MainFileSizeTest {

    private static final int MAX_LINES = 400;

    @Test
    void noMainFileReachesFourHundredLines() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(root.resolve("pom.xml")), root.toString());
        List<String> tooLong = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(MainFileSizeTest::isMainJava).toList()) {
                files++;
                long lines = lines(p);
                if (lines > MAX_LINES) {
                    tooLong.add(root.relativize(p) + " " + lines);
                }
            }
        }
        assertTrue(files > 300, "main files found: " + files);
        assertEquals(List.of(), tooLong);
    }

    private static boolean isMainJava(Path p) {
        String s = p.toString().replace('\\', '/');
        return s.endsWith(".java") && s.contains("/src/main/") && !s.contains("/target/");
    }

    private static long lines(Path p) {
        try (Stream<String> l = Files.lines(p)) {
            return l.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
