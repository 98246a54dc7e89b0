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
 * The project's reviewed overlay dictionary ({@code regional-overlay.tsv} next to this class):
 * conversions the bundled OpenCC data gets wrong or lacks. Loaded once per JVM.
 */
final class Overlay {

    static final String RESOURCE = "regional-overlay.tsv";

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
        try (InputStream in = Overlay.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + RESOURCE));
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
                    throw new IllegalStateException(RESOURCE + ":" + lineNo
                            + ": want from<TAB>to<TAB>direction<TAB>source");
                }
                OverlayEntry.Direction d;
                try {
                    d = OverlayEntry.Direction.valueOf(f[2].trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": bad direction "
                            + f[2], e);
                }
                out.add(new OverlayEntry(f[0], f[1], d, f[3].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return List.copyOf(out);
    }
}
