package org.zhnews.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhnews.core.Document;
import org.zhnews.core.StreamBatch;
import org.zhnews.core.Warning;
import org.zhnews.core.WarningCode;
import org.zhnews.core.event.Event;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Sentence;

/**
 * Prints documents as tables for people: per document a header (source, charset, script,
 * articles, warnings), one row per mention (type, surface as in the input, normalized value,
 * offsets in the input, {@code boilerplate <kind>} for a mention in a boilerplate zone), the
 * warnings; an input analysed in batches gets that per batch, offsets counted in the whole
 * input; totals at the end. Column widths count East Asian wide characters as two columns; long
 * cells end with …. After the rows, one line per event (kind, trigger as written, modality,
 * its filled roles as {@code name=value}, see {@link EventCells}) when events are selected.
 * Only the selected mention types (and events) are printed and counted. Not thread-safe: one
 * per output.
 */
final class TablePrinter implements AnalysisOutput {

    private static final int SURFACE_MAX = 24;
    private static final int VALUE_MAX = 56;
    private static final int SENTENCE_MAX = 72;
    private static final int MODALITY_WIDTH = 8;
    private static final String[] HEADINGS = {"type", "surface", "normalized", "at", "note"};

    private final PrintWriter out;
    private final Set<MentionType> types;
    private final boolean allTypes;
    private final boolean withText;
    private final boolean withSentences;
    private final Map<MentionType, Integer> totals = new EnumMap<>(MentionType.class);
    private final boolean withEvents;
    private int documents;
    private int events;
    private int warnings;

    /**
     * @param types         the mention types printed and counted ({@link MentionType#EVENT}: the events)
     * @param withText      whether each document's display text is printed
     * @param withSentences whether each document's sentences are printed
     */
    TablePrinter(PrintWriter out, Set<MentionType> types, boolean withText, boolean withSentences) {
        this.out = out;
        this.types = Set.copyOf(types);
        this.allTypes = this.types.size() == MentionType.values().length;
        this.withEvents = this.types.contains(MentionType.EVENT);
        this.withText = withText;
        this.withSentences = withSentences;
        for (MentionType t : MentionType.values()) {
            if (types.contains(t) && t.isMention()) {
                totals.put(t, 0);
            }
        }
    }

    @Override
    public void document(Document doc) {
        documents++;
        out.println(TextWidth.oneLine(doc.source().orElse("<text>")));
        body(doc, BatchShift.NONE, "  ", new HashSet<>());
        out.println();
    }

    /**
     * An input analysed in batches: its name and how it was cut, then per batch a line with
     * where it starts and its header, its rows, warnings (those about the whole input once),
     * text and sentences, every offset counted in the whole input.
     */
    @Override
    public Batches streamed(String name, int batchChars) {
        documents++;
        out.println(TextWidth.oneLine(name));
        out.println("  streamed in batches of at most " + String.format(Locale.ROOT, "%,d", batchChars)
                + " chars, cut at line breaks; offsets count in the whole input");
        Set<Warning> shown = new HashSet<>();
        return new Batches() {
            private BatchShift shift = BatchShift.NONE;
            private long count;

            @Override
            public void batch(StreamBatch batch) {
                count++;
                body(batch.document(), shift, "  batch " + count + " at " + batch.offset() + ": ", shown);
                shift = shift.after(batch);
            }

            @Override
            public void finish() {
                out.println("  " + count(count, "batch") + ", " + shift.originalStart() + " chars");
                out.println();
            }
        };
    }

    /**
     * A document's header line (after {@code lead}), rows, warnings, text and sentences, with
     * offsets moved by {@code shift}; a warning about a whole stream already in {@code shown} is
     * left out (and counted once).
     */
    private void body(Document doc, BatchShift shift, String lead, Set<Warning> shown) {
        List<String[]> rows = new ArrayList<>();
        boolean notes = false;
        long at = shift.originalStart();
        for (Mention m : doc.mentions()) {
            MentionType type = MentionType.of(m);
            if (!types.contains(type)) {
                continue;
            }
            totals.merge(type, 1, Integer::sum);
            String note = doc.zoneOf(m).map(z -> "boilerplate " + z.kind().jsonName()).orElse("");
            notes |= !note.isEmpty();
            rows.add(new String[] {
                type.jsonName(),
                TextWidth.truncate(TextWidth.oneLine(m.text()), SURFACE_MAX),
                TextWidth.truncate(TextWidth.oneLine(Cells.normalized(m)), VALUE_MAX),
                (m.originalStart() + at) + "-" + (m.originalEnd() + at),
                note});
        }
        List<Warning> listed = new ArrayList<>();
        for (Warning w : doc.warnings()) {
            if (w.range().isPresent() || !isAboutTheStream(w) || shown.add(w)) {
                listed.add(w);
            }
        }
        warnings += listed.size();
        out.println(lead + doc.charset().map(Charset::name).orElse("text input") + " · " + doc.script().jsonName()
                + " · " + count(doc.articles().size(), "article") + " · " + count(listed.size(), "warning")
                + " · " + count(rows.size(), "mention")
                + (withEvents ? " · " + count(doc.events().size(), "event") : ""));
        if (!rows.isEmpty()) {
            printRows(rows, notes ? 5 : 4);
        }
        if (withEvents) {
            printEvents(doc);
        }
        for (Warning w : listed) {
            out.println("  ! " + w.code().jsonName() + ": " + TextWidth.oneLine(w.message())
                    + w.range().map(r -> " (at " + (r.start() + at) + "-" + (r.end() + at) + ")").orElse(""));
        }
        if (withText) {
            out.println("  text:");
            doc.displayText().lines().forEach(l -> out.println("    " + TextWidth.oneLine(l)));
        }
        if (withSentences) {
            printSentences(doc, at);
        }
    }

    /** One line per event: kind, trigger as written, modality, roles; columns padded to the widest. */
    private void printEvents(Document doc) {
        List<Event> found = doc.events();
        events += found.size();
        if (found.isEmpty()) {
            return;
        }
        int kindWidth = 0;
        int triggerWidth = 0;
        List<String> triggers = new ArrayList<>();
        for (Event e : found) {
            String trigger = TextWidth.truncate(TextWidth.oneLine(e.trigger().text()), SURFACE_MAX);
            triggers.add(trigger);
            kindWidth = Math.max(kindWidth, TextWidth.of(e.kind().jsonName()));
            triggerWidth = Math.max(triggerWidth, TextWidth.of(trigger));
        }
        out.println("  events:");
        for (int i = 0; i < found.size(); i++) {
            Event e = found.get(i);
            String line = "  " + TextWidth.pad(e.kind().jsonName(), kindWidth)
                    + "  " + TextWidth.pad(triggers.get(i), triggerWidth)
                    + "  " + TextWidth.pad(e.modality().jsonName(), MODALITY_WIDTH) + "  " + EventCells.roles(e);
            out.println(line.stripTrailing());
        }
    }

    /** A warning every batch of a stream carries: how its charset was chosen. */
    private static boolean isAboutTheStream(Warning w) {
        return w.code() == WarningCode.LOW_CONFIDENCE_CHARSET || w.code() == WarningCode.BINARY_INPUT;
    }

    /** One line per sentence: its offsets in the input (moved by {@code at}) and its display text, shortened. */
    private void printSentences(Document doc, long at) {
        out.println("  sentences:");
        String shown = doc.displayText();
        for (Sentence s : doc.sentences()) {
            TextRange r = doc.display().range(s.range());
            String range = (s.originalRange().start() + at) + "-" + (s.originalRange().end() + at);
            out.println("    " + TextWidth.pad(range, 12) + "  "
                    + TextWidth.truncate(TextWidth.oneLine(shown.substring(r.start(), r.end()).strip()), SENTENCE_MAX));
        }
    }

    private void printRows(List<String[]> rows, int columns) {
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = TextWidth.of(HEADINGS[c]);
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], TextWidth.of(row[c]));
            }
        }
        String[] rule = new String[columns];
        for (int c = 0; c < columns; c++) {
            rule[c] = "─".repeat(widths[c]);
        }
        printRow(HEADINGS, widths, columns);
        printRow(rule, widths, columns);
        for (String[] row : rows) {
            printRow(row, widths, columns);
        }
    }

    private void printRow(String[] cells, int[] widths, int columns) {
        StringBuilder sb = new StringBuilder("  ");
        for (int c = 0; c < columns; c++) {
            sb.append(c == columns - 1 ? cells[c] : TextWidth.pad(cells[c], widths[c]) + "  ");
        }
        out.println(sb.toString().stripTrailing());
    }

    /**
     * One line: documents, mentions per type (every selected type with --only, else the types
     * found), warnings, failed inputs.
     */
    void printTotals(int failures) {
        int all = totals.values().stream().mapToInt(Integer::intValue).sum();
        List<String> parts = new ArrayList<>();
        totals.forEach((type, n) -> {
            if (n > 0 || !allTypes) {
                parts.add(type.jsonName() + " " + n);
            }
        });
        StringBuilder sb = new StringBuilder("Total: ").append(count(documents, "document")).append(" · ");
        if (!totals.isEmpty()) {
            sb.append(count(all, "mention")).append(" (").append(String.join(", ", parts)).append(") · ");
        }
        if (withEvents) {
            sb.append(count(events, "event")).append(" · ");
        }
        sb.append(count(warnings, "warning"));
        if (failures > 0) {
            sb.append(" · ").append(failures).append(failures == 1 ? " input failed" : " inputs failed");
        }
        out.println(sb);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : noun.endsWith("h") ? "es" : "s");
    }
}
