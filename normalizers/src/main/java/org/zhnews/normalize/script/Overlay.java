package org.zhnews.normalize.script;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The project's reviewed overlay dictionaries next to this class: conversions the bundled OpenCC
 * data gets wrong or lacks. {@code regional-overlay.tsv} holds vocabulary and character
 * exceptions, {@code names-tw.tsv} and {@code names-hk.tsv} Taiwan and Hong Kong transliterations
 * of well-known people's names. All share one format (from, to, direction, source). A name
 * written with the middle dot {@code ·} also matches the other separators news text uses for it
 * ({@code ‧ ・ •}) and no separator at all. Loaded once per JVM; later files win over earlier ones.
 */
final class Overlay {

    static final String RESOURCE = "regional-overlay.tsv";

    /** Every overlay file, in load order. */
    static final List<String> RESOURCES = List.of(RESOURCE, "names-tw.tsv", "names-hk.tsv");

    /** Separators a name may be written with instead of the middle dot ("" = none). */
    private static final List<String> NAME_SEPARATORS = List.of("\u2027", "\u30FB", "\u2022", "");

    private Overlay() {
    }

    /** The entries in file order; throws {@link IllegalStateException} on a malformed line. */
    static List<OverlayEntry> entries() {
        return Holder.ENTRIES;
    }

    private static final class Holder {
        static final List<OverlayEntry> ENTRIES = load();
    }

    static List<OverlayEntry> load() {
        List<OverlayEntry> out = new ArrayList<>();
        for (String resource : RESOURCES) {
            load(resource, out);
        }
        return List.copyOf(out);
    }

    private static void load(String resource, List<OverlayEntry> out) {
        try (InputStream in = Overlay.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + resource));
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4 || f[0].isEmpty() || f[1].isEmpty() || f[3].isBlank()) {
                    throw new IllegalStateException(resource + ":" + lineNo
                            + ": want from<TAB>to<TAB>direction<TAB>source");
                }
                OverlayEntry.Direction d;
                try {
                    d = OverlayEntry.Direction.valueOf(f[2].trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": bad direction "
                            + f[2], e);
                }
                OverlayEntry entry = new OverlayEntry(f[0], f[1], d, f[3].trim());
                out.add(entry);
                if (entry.from().indexOf('\u00B7') >= 0) {
                    for (String sep : NAME_SEPARATORS) {
                        out.add(new OverlayEntry(entry.from().replace("\u00B7", sep),
                                entry.to().replace("\u00B7", sep), d, entry.source()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
