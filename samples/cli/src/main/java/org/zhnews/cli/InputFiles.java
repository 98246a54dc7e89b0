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

    /**
     * The message for a directory that holds no {@code *.txt} file: what was looked for, and
     * how many other files there are, with an example, to name directly.
     */
    static String noTextFiles(Path dir) throws IOException {
        List<Path> others;
        try (Stream<Path> walk = Files.walk(dir)) {
            others = walk.filter(Files::isRegularFile).sorted().limit(1000).toList();
        }
        String found = others.isEmpty() ? "it holds no files"
                : "it holds " + (others.size() == 1000 ? "1000 or more" : Integer.toString(others.size()))
                + " other file" + (others.size() == 1 ? "" : "s") + ", such as " + others.get(0)
                + ": name a file to analyse it whatever its extension";
        return "no *.txt file in " + dir + " (directories are searched for *.txt files only; " + found + ")";
    }

    /** A short reason for an error message. */
    static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
