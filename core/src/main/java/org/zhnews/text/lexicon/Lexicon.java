package org.zhnews.text.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.zhnews.text.decode.ConformingDecoder;

/**
 * Reads lexicon files: UTF-8 TSV (malformed bytes read as U+FFFD, one per maximal subpart), an
 * optional byte-order mark, {@code #} comment lines and blank lines skipped, then a header line
 * that must name exactly the {@link Columns} the caller expects, then one entry a line. A row with fewer than the required or more than the declared
 * columns is rejected. Bundled resources are found next to an anchor class (a name starting
 * with {@code /} from the class path root).
 *
 * <p>Every failure throws {@link LexiconException}: {@code source:line: ...} for a bad header
 * or row, {@code missing resource ...} / {@code missing file ...} for an absent one, {@code
 * cannot read ...} (with the {@link IOException} as cause) otherwise. Stateless and
 * thread-safe; meant for construction time, not for per-document work.
 */
public final class Lexicon {

    private Lexicon() {
    }

    /** Receives the content lines of a file in a format of its own ({@link #forEachLine}). */
    @FunctionalInterface
    public interface LineHandler {
        /**
         * One line that is neither blank nor a comment; {@code number} counts from 1.
         *
         * @param text   the line, without its line break (and without a leading byte-order mark)
         * @param number its line number
         */
        void line(String text, int number);
    }

    /**
     * The rows of the bundled resource {@code name} next to {@code anchor}.
     *
     * @param anchor  the class the resource is found next to
     * @param name    the resource name, relative to the anchor's package unless it starts with
     *     {@code /}
     * @param columns the header the file must have
     * @return the data rows, in file order
     * @throws LexiconException if it is missing, unreadable, or its header or a row is wrong
     */
    public static List<LexiconRow> resource(Class<?> anchor, String name, Columns columns) {
        String source = resourcePath(anchor, name);
        try (InputStream in = open(anchor, name, source)) {
            return read(in, source, columns);
        } catch (IOException e) {
            throw new LexiconException("cannot read " + source, e);
        }
    }

    /**
     * The rows of the UTF-8 file {@code path}.
     *
     * @param path    the file
     * @param columns the header the file must have
     * @return the data rows, in file order
     * @throws LexiconException if it is missing, unreadable, or its header or a row is wrong
     */
    public static List<LexiconRow> file(Path path, Columns columns) {
        Objects.requireNonNull(path, "path");
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString(), columns);
        } catch (NoSuchFileException e) {
            throw new LexiconException("missing file " + path, e);
        } catch (IOException e) {
            throw new LexiconException("cannot read " + path, e);
        }
    }

    /**
     * The rows of {@code in} (UTF-8; read to its end, not closed); {@code source} names it in
     * messages.
     *
     * @param in      the stream
     * @param source  the name for messages
     * @param columns the header the stream must have
     * @return the data rows, in stream order
     * @throws LexiconException if it cannot be read, or its header or a row is wrong
     */
    public static List<LexiconRow> read(InputStream in, String source, Columns columns) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(columns, "columns");
        List<LexiconRow> rows = new ArrayList<>();
        boolean[] header = {false};
        scan(in, source, (line, no) -> {
            String[] fields = line.split("\t", -1);
            if (!header[0]) {
                checkHeader(fields, source, no, columns);
                header[0] = true;
                return;
            }
            if (fields.length < columns.required() || fields.length > columns.size()) {
                String bound = fields.length < columns.required()
                        ? "at least " + columns.required() : "at most " + columns.size();
                throw new LexiconException(source + ":" + no + ": " + fields.length + " columns, "
                        + bound + " expected (" + columns.describe() + ")");
            }
            rows.add(new LexiconRow(source, no, fields));
        });
        if (!header[0]) {
            throw new LexiconException(source + ": no header line, expected " + columns.describe());
        }
        return rows;
    }

    /**
     * Hands every content line of the bundled resource {@code name} next to {@code anchor} to
     * {@code handler}, for files in a format of their own (no header is expected). The
     * handler may throw {@link LexiconException} for a line it cannot parse.
     *
     * @param anchor  the class the resource is found next to
     * @param name    the resource name, relative to the anchor's package unless it starts with
     *     {@code /}
     * @param handler receives each content line in order
     * @throws LexiconException if the resource is missing or unreadable
     */
    public static void forEachLine(Class<?> anchor, String name, LineHandler handler) {
        Objects.requireNonNull(handler, "handler");
        String source = resourcePath(anchor, name);
        try (InputStream in = open(anchor, name, source)) {
            scan(in, source, handler);
        } catch (IOException e) {
            throw new LexiconException("cannot read " + source, e);
        }
    }

    private static void scan(InputStream in, String source, LineHandler handler) {
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, ConformingDecoder.of(StandardCharsets.UTF_8)
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
            int no = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                no++;
                if (no == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                handler.line(line, no);
            }
        } catch (IOException e) {
            throw new LexiconException("cannot read " + source, e);
        }
    }

    private static void checkHeader(String[] fields, String source, int no, Columns columns) {
        List<String> got = Arrays.stream(fields).map(String::strip).toList();
        if (!got.equals(columns.names())) {
            throw new LexiconException(source + ":" + no + ": header must be " + columns.describe()
                    + " but is " + String.join(" <tab> ", got));
        }
    }

    /**
     * Opens a resource through its anchor class, else through the anchor's class loader: a
     * resource another jar holds (OpenCC's data in the opencc4j jar) is found that way on the
     * module path too, where {@link Class#getResourceAsStream} looks in the anchor's module only.
     */
    private static InputStream open(Class<?> anchor, String name, String source) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            ClassLoader loader = anchor.getClassLoader();
            in = loader == null ? ClassLoader.getSystemResourceAsStream(source)
                    : loader.getResourceAsStream(source);
        }
        if (in == null) {
            throw new LexiconException("missing resource " + source);
        }
        return in;
    }

    /** The class-path path of resource {@code name} as {@link Class#getResourceAsStream} resolves it. */
    private static String resourcePath(Class<?> anchor, String name) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(name, "name");
        if (name.startsWith("/")) {
            return name.substring(1);
        }
        String pkg = anchor.getPackageName();
        return pkg.isEmpty() ? name : pkg.replace('.', '/') + "/" + name;
    }
}
