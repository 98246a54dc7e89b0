package org.zhnews.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One part of a JSON object being written in pieces (the elements of an array, or the content
 * of a string), kept in a temporary file so that memory does not grow with it, and copied into
 * the output when the object is complete. The file is deleted on {@link #close()}. Not
 * thread-safe.
 */
final class Spool implements Closeable {

    private final Path file;
    private final Writer writer;
    private long elements;

    Spool() throws IOException {
        this.file = Files.createTempFile("zhnews-", ".json");
        this.file.toFile().deleteOnExit();
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** Appends one array element (JSON), with a comma before every element but the first. */
    void element(String json) throws IOException {
        if (elements++ > 0) {
            writer.write(',');
        }
        writer.write(json);
    }

    /** Appends raw JSON text (the escaped content of a string). */
    void raw(String json) throws IOException {
        writer.write(json);
    }

    /** Copies everything appended so far to {@code out}. */
    void copyTo(Writer out) throws IOException {
        writer.flush();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
