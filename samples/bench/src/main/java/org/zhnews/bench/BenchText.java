package org.zhnews.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents and the text the benchmarks read, chosen by system properties. Throughput is
 * measured per document ({@link #documents()}: each news article analysed by its own call, as
 * users do); {@link #load()}, the documents run together and repeated, is only the "one huge
 * document" of the size-scaling benchmark.
 * <ul>
 * <li>default: the *.txt files of {@code samples/corpus} (or {@code -Dzhnews.bench.corpus=DIR}),
 *     each followed by a newline, repeated to at least {@code zhnews.bench.chars} characters
 *     (default 200,000);</li>
 * <li>{@code -Dzhnews.bench.text=seeds}: the seed texts of the workplace's shared corpus
 *     ({@code ../shared/corpus/seeds}, found above the working directory and read at run time
 *     only), concatenated and repeated to at least {@code zhnews.bench.bytes} UTF-8 bytes
 *     (default 2,000,000: 834,458 chars, the text of the baseline figures).</li>
 * </ul>
 */
final class BenchText {

    private BenchText() {
    }

    /**
     * The benchmark documents, one per file, in file-name order: the *.txt files of
     * {@code samples/corpus} (or {@code -Dzhnews.bench.corpus=DIR}), or with
     * {@code -Dzhnews.bench.text=seeds} the shared seeds.
     */
    static List<String> documents() {
        Path dir = "seeds".equals(System.getProperty("zhnews.bench.text")) ? seedsDir()
                : Path.of(System.getProperty("zhnews.bench.corpus", "samples/corpus"));
        List<String> docs = new ArrayList<>();
        for (Path f : textFiles(dir)) {
            docs.add(read(f));
        }
        return List.copyOf(docs);
    }

    /** The number of chars of all {@code documents}. */
    static long chars(List<String> documents) {
        long n = 0;
        for (String d : documents) {
            n += d.length();
        }
        return n;
    }

    /** A description of the documents for reports: how many, their total and median size. */
    static String describe(List<String> documents) {
        int[] sizes = documents.stream().mapToInt(String::length).sorted().toArray();
        String which = "seeds".equals(System.getProperty("zhnews.bench.text")) ? "shared seeds"
                : System.getProperty("zhnews.bench.corpus", "samples/corpus");
        return String.format("%d documents of %s, one call each, %,d chars in all, median %,d chars",
                sizes.length, which, chars(documents), sizes.length == 0 ? 0 : sizes[sizes.length / 2]);
    }

    /** The benchmark text: the documents run together and repeated (the size benchmark's input). */
    static String load() {
        if ("seeds".equals(System.getProperty("zhnews.bench.text"))) {
            String once = concatenate(seedsDir(), "");
            return repeatToBytes(once, Integer.getInteger("zhnews.bench.bytes", 2_000_000));
        }
        Path dir = Path.of(System.getProperty("zhnews.bench.corpus", "samples/corpus"));
        return repeatToChars(concatenate(dir, "\n"), Integer.getInteger("zhnews.bench.chars", 200_000));
    }

    /** A description of the text for reports. */
    static String describe(String text) {
        String which = "seeds".equals(System.getProperty("zhnews.bench.text")) ? "shared seeds"
                : System.getProperty("zhnews.bench.corpus", "samples/corpus");
        return String.format("%s repeated to %,d chars", which, text.length());
    }

    /** {@code once} repeated and cut to exactly {@code chars} characters (never inside a surrogate pair). */
    static String ofLength(int chars) {
        String once = load();
        StringBuilder sb = new StringBuilder(chars + once.length());
        while (sb.length() < chars) {
            sb.append(once);
        }
        int end = chars;
        if (end > 0 && Character.isHighSurrogate(sb.charAt(end - 1))) {
            end--;
        }
        return sb.substring(0, end);
    }

    private static String concatenate(Path dir, String separator) {
        StringBuilder once = new StringBuilder();
        for (Path f : textFiles(dir)) {
            once.append(read(f)).append(separator);
        }
        return once.toString();
    }

    /** The *.txt files below {@code dir}, sorted; at least one. */
    private static List<Path> textFiles(Path dir) {
        List<Path> found;
        try (Stream<Path> files = Files.walk(dir)) {
            found = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark corpus " + dir.toAbsolutePath()
                    + " (set -Dzhnews.bench.corpus=DIR)", e);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no *.txt files in " + dir.toAbsolutePath());
        }
        return found;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f.toAbsolutePath(), e);
        }
    }

    private static String repeatToChars(String once, int target) {
        StringBuilder all = new StringBuilder(target + once.length());
        while (all.length() < target) {
            all.append(once);
        }
        return all.toString();
    }

    private static String repeatToBytes(String once, int targetBytes) {
        int onceBytes = once.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder all = new StringBuilder();
        for (long bytes = 0; bytes < targetBytes; bytes += onceBytes) {
            all.append(once);
        }
        return all.toString();
    }

    /** {@code corpus/seeds} of the first {@code shared} directory beside the working directory or an ancestor. */
    private static Path seedsDir() {
        Path start = Path.of("").toAbsolutePath();
        for (Path d = start; d != null && d.getParent() != null; d = d.getParent()) {
            Path seeds = d.resolveSibling("shared").resolve("corpus").resolve("seeds");
            if (Files.isDirectory(seeds)) {
                return seeds;
            }
        }
        throw new IllegalStateException("-Dzhnews.bench.text=seeds: no ../shared/corpus/seeds above " + start);
    }
}
