package org.zhnews.extract.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One knowledge-base file: UTF-8 TSV, {@code #} comments and blank lines skipped, a header row
 * naming the columns, then one entry a line.
 */
final class KbTable {

    /** A data row with its line number, for error messages. */
    record Row(String file, int line, String[] fields) {
        String get(int i) {
            return i < fields.length ? fields[i].strip() : "";
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + ":" + line + ": " + message);
        }
    }

    private KbTable() {
    }

    /**
     * Reads all rows of {@code in}, checking the header row equals {@code header}.
     *
     * @throws IllegalArgumentException on a wrong header or a row with too many columns
     * @throws UncheckedIOException     when the stream cannot be read
     */
    static List<Row> read(InputStream in, String file, List<String> header) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            boolean headerSeen = false;
            while ((line = r.readLine()) != null) {
                no++;
                if (no == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (!headerSeen) {
                    List<String> got = Arrays.stream(f).map(String::strip).toList();
                    if (!got.equals(header)) {
                        throw new IllegalArgumentException(file + ":" + no + ": header must be "
                                + String.join(" <tab> ", header) + " but is " + String.join(" <tab> ", got));
                    }
                    headerSeen = true;
                    continue;
                }
                if (f.length > header.size()) {
                    throw new IllegalArgumentException(file + ":" + no + ": " + f.length
                            + " columns, at most " + header.size() + " expected");
                }
                rows.add(new Row(file, no, f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return rows;
    }
}
