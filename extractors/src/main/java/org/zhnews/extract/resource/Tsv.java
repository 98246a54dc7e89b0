package org.zhnews.extract.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the word lists of the extractors: UTF-8 TSV resources, one entry a line, {@code #}
 * comments and blank lines skipped; bundled resources or a caller's files. Used at construction
 * time only.
 *
 * <p>Internal: public only for the extractor packages; not part of the API, may change without
 * notice.
 */
public final class Tsv {

    private Tsv() {
    }

    /**
     * The rows of resource {@code name} next to {@code anchor}, each with at least
     * {@code columns} fields.
     *
     * @throws IllegalStateException if the resource is missing or a row is short
     */
    public static List<String[]> read(Class<?> anchor, String name, int columns) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name + " next to " + anchor.getName());
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return rows(r, name, columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * The rows of file {@code path} (UTF-8), each with at least {@code columns} fields.
     *
     * @throws UncheckedIOException  if the file cannot be read
     * @throws IllegalStateException if a row is short
     */
    public static List<String[]> read(Path path, int columns) {
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return rows(r, path.toString(), columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static List<String[]> rows(BufferedReader r, String name, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < columns) {
                throw new IllegalStateException(name + ":" + no + ": expected " + columns + " columns");
            }
            rows.add(f);
        }
        return rows;
    }
}
