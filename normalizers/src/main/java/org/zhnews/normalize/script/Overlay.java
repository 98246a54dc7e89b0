package org.zhnews.normalize.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;

/**
 * The project's reviewed overlay dictionaries next to this class: conversions the bundled OpenCC
 * data gets wrong or lacks. {@code regional-overlay.tsv} holds vocabulary and character
 * exceptions, {@code names-tw.tsv} and {@code names-hk.tsv} Taiwan and Hong Kong transliterations
 * of well-known people's names. All share one format (header {@code from to direction source}). A name
 * written with the middle dot {@code ·} also matches the other separators news text uses for it
 * ({@code ‧ ・ •}) and no separator at all. Loaded once per JVM; later files win over earlier ones.
 */
final class Overlay {

    static final String RESOURCE = "regional-overlay.tsv";

    /** Every overlay file, in load order. */
    static final List<String> RESOURCES = List.of(RESOURCE, "names-tw.tsv", "names-hk.tsv");

    /** The header of every overlay file. */
    static final Columns COLUMNS = Columns.of("from", "to", "direction", "source");

    /** Separators a name may be written with instead of the middle dot ("" = none). */
    private static final List<String> NAME_SEPARATORS = List.of("\u2027", "\u30FB", "\u2022", "");

    private Overlay() {
    }

    /** The entries in file order; throws {@link org.zhnews.text.lexicon.LexiconException} on a malformed line. */
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
        for (LexiconRow row : Lexicon.resource(Overlay.class, resource, COLUMNS)) {
            if (row.get(0).isEmpty() || row.get(1).isEmpty() || row.get(3).isEmpty()) {
                throw row.error("want from<TAB>to<TAB>direction<TAB>source, none empty");
            }
            OverlayEntry.Direction d;
            try {
                d = OverlayEntry.Direction.valueOf(row.get(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("bad direction " + row.get(2));
            }
            OverlayEntry entry = new OverlayEntry(row.get(0), row.get(1), d, row.get(3));
            out.add(entry);
            if (entry.from().indexOf('\u00B7') >= 0) {
                for (String sep : NAME_SEPARATORS) {
                    out.add(new OverlayEntry(entry.from().replace("\u00B7", sep),
                            entry.to().replace("\u00B7", sep), d, entry.source()));
                }
            }
        }
    }
}
