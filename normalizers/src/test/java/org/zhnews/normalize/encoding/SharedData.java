package org.zhnews.normalize.encoding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds /work/shared-style data: walks up from the working directory to a sibling "shared". */
final class SharedData {
    private SharedData() { }

    static Path root() {
        return org.zhnews.testkit.SharedDir.root();
    }

    static List<Path> seeds() {
        try (Stream<Path> s = Files.list(root().resolve("corpus").resolve("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
