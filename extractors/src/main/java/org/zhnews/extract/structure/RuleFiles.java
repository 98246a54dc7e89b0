package org.zhnews.extract.structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhnews.extract.resource.Tsv;

/** Reads the rule files of the structure step: the bundled resources and the caller's files. */
final class RuleFiles {

    private RuleFiles() {
    }

    /** The rows of bundled resource {@code name}. */
    static List<String[]> resource(String name, int columns) {
        return Tsv.read(RuleFiles.class, name, columns);
    }

    /**
     * The rows of file {@code path}: UTF-8, one entry a line, {@code #} comments and blank lines
     * skipped, tab-separated.
     *
     * @throws UncheckedIOException  if the file cannot be read
     * @throws IllegalStateException if a row has fewer than {@code columns} fields
     */
    static List<String[]> file(Path path, int columns) {
        List<String> text;
        try {
            text = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < columns) {
                throw new IllegalStateException(path + ":" + (i + 1) + ": expected " + columns + " columns");
            }
            rows.add(f);
        }
        return rows;
    }
}
