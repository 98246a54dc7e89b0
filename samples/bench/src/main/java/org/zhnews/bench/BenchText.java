package org.zhnews.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The text the benchmarks read, chosen by system properties:
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

    /** The benchmark text. */
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
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                once.append(Files.readString(f, StandardCharsets.UTF_8)).append(separator);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark corpus " + dir.toAbsolutePath()
                    + " (set -Dzhnews.bench.corpus=DIR)", e);
        }
        if (once.length() == 0) {
            throw new IllegalStateException("no *.txt files in " + dir.toAbsolutePath());
        }
        return once.toString();
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
