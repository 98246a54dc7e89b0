package org.zhnews.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files a command-line path names: a file itself, a directory every {@code *.txt} below it. */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * A readable file as given; for a directory, every regular {@code *.txt} file below it,
     * recursively, in path order.
     *
     * @throws NoSuchFileException if nothing exists at {@code path}
     * @throws IOException         if it is neither a readable file nor a directory, or cannot be listed
     */
    static List<Path> expand(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                return walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
                        .sorted().toList();
            }
        }
        if (Files.isRegularFile(path) && Files.isReadable(path)) {
            return List.of(path);
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        throw new IOException("not a readable file or directory");
    }

    /** A short reason for an error message. */
    static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
