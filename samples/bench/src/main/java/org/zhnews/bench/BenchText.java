package org.zhnews.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The text every benchmark reads: the *.txt files of a corpus directory (system property
 * {@code zhnews.bench.corpus}, default {@code samples/corpus}), concatenated and repeated to
 * at least {@code zhnews.bench.chars} characters (default 200,000).
 */
final class BenchText {

    private BenchText() {
    }

    static String load() {
        Path dir = Path.of(System.getProperty("zhnews.bench.corpus", "samples/corpus"));
        int target = Integer.getInteger("zhnews.bench.chars", 200_000);
        StringBuilder once = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                once.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark corpus " + dir.toAbsolutePath()
                    + " (set -Dzhnews.bench.corpus=DIR)", e);
        }
        if (once.length() == 0) {
            throw new IllegalStateException("no *.txt files in " + dir.toAbsolutePath());
        }
        StringBuilder all = new StringBuilder(target + once.length());
        while (all.length() < target) {
            all.append(once);
        }
        return all.toString();
    }
}
