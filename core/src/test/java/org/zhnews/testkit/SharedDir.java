package org.zhnews.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the workplace's {@code shared} directory (real corpus, gold, peer suites) that sits
 * beside the repository, for tests tagged {@code shared}. It walks up from the working
 * directory, so it works from the repository root and from any module.
 */
public final class SharedDir {

    private SharedDir() {
    }

    /**
     * The {@code shared} directory.
     *
     * @throws IllegalStateException when there is none above the working directory
     */
    public static Path root() {
        Path start = Path.of("").toAbsolutePath();
        for (Path d = start; d != null && d.getParent() != null; d = d.getParent()) {
            Path candidate = d.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("corpus")) || Files.isDirectory(candidate.resolve("peer-specs"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no ../shared found above " + start);
    }

    /** The seed texts of the corpus, sorted by name. */
    public static List<Path> seeds() {
        try (Stream<Path> files = Files.list(root().resolve("corpus").resolve("seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
