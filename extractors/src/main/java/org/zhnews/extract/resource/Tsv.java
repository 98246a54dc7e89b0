package org.zhnews.extract.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the word lists of the extractors: UTF-8 TSV resources, one entry a line, {@code #}
 * comments and blank lines skipped. Used at construction time only.
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
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
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
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return rows;
    }
}
