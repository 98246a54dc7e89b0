package org.zhnews.extract.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A directory of texts with their gold in the {@code ../shared/corpus/gold} layout: every
 * {@code NNN.json} of the gold directory names the text {@code NNN.txt} or {@code NNN_*.txt}.
 * Stateless; safe from any thread.
 */
final class NewsCorpus {

    /** The classpath folder of the news passages, next to this class. */
    static final String NEWS_RESOURCE = "news";

    private NewsCorpus() {
    }

    /**
     * One gold file and its text.
     *
     * @param gold the gold
     * @param text the text file, empty when none is named by the gold's id
     */
    record Case(NewsGold gold, Optional<Path> text) {
    }

    /** The news passages shipped as test resources ({@code news/texts}, {@code news/gold}). */
    static Path newsRoot() {
        URL url = NewsCorpus.class.getResource(NEWS_RESOURCE);
        if (url == null) {
            throw new IllegalStateException("missing resource folder " + NEWS_RESOURCE);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cases of the news passages. */
    static List<Case> news() {
        Path root = newsRoot();
        return load(root.resolve("texts"), root.resolve("gold"));
    }

    /**
     * Every gold file of {@code goldDir} (sorted by name) with the text it names in
     * {@code textDir}.
     *
     * @throws UncheckedIOException  if a directory or file cannot be read
     * @throws IllegalStateException if a gold file is malformed
     */
    static List<Case> load(Path textDir, Path goldDir) {
        List<Path> texts = list(textDir, ".txt");
        List<Case> out = new ArrayList<>();
        for (Path g : list(goldDir, ".json")) {
            NewsGold gold = NewsGoldReader.read(g);
            out.add(new Case(gold, textOf(gold.id(), texts)));
        }
        return List.copyOf(out);
    }

    /** The text file named by a gold id: {@code id.txt} first, else the first {@code id_*.txt}. */
    static Optional<Path> textOf(String id, List<Path> texts) {
        Optional<Path> prefixed = Optional.empty();
        for (Path t : texts) {
            String stem = stem(t);
            if (stem.equals(id)) {
                return Optional.of(t);
            }
            if (prefixed.isEmpty() && stem.startsWith(id + "_")) {
                prefixed = Optional.of(t);
            }
        }
        return prefixed;
    }

    /** The file name without its extension. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The files of {@code dir} ending in {@code suffix}, sorted by name. */
    static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
