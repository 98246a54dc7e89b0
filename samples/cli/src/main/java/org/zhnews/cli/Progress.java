package org.zhnews.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar with ETA, redrawn in place on stderr: {@code [#####.....] 5/12 42%
 * ETA 7s name}. By default shown only when stderr is a terminal and there are at least
 * {@value #MIN_FILES} inputs; {@code --progress}/{@code --no-progress} force it on or off.
 * Callers {@link #clear()} it before writing other output to the same terminal. Not
 * thread-safe.
 */
final class Progress {

    /** Fewer inputs than this get no bar unless asked for. */
    static final int MIN_FILES = 5;
    private static final int BAR_MAX = 30;
    private static final int DEFAULT_COLUMNS = 80;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final LongSupplier nanoClock;
    private final int columns;
    private final long startNanos;
    private int done;
    private boolean drawn;

    Progress(PrintWriter err, int total, boolean enabled, LongSupplier nanoClock, int columns) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
        this.nanoClock = nanoClock;
        this.columns = columns;
        this.startNanos = nanoClock.getAsLong();
    }

    /**
     * A progress bar on {@code err} for {@code total} inputs.
     *
     * @param forced {@code TRUE} to always draw it, {@code FALSE} never, {@code null} to draw it
     *               when stderr is a terminal and there are many inputs
     */
    static Progress create(PrintWriter err, int total, Boolean forced) {
        boolean enabled = forced != null ? forced : total >= MIN_FILES && stderrIsTerminal();
        return new Progress(err, total, enabled, System::nanoTime, terminalColumns());
    }

    boolean enabled() {
        return enabled;
    }

    /** Counts one input as done and redraws the bar naming it. */
    void advance(String name) {
        done++;
        if (!enabled) {
            return;
        }
        err.print("\r" + render(done, nanoClock.getAsLong() - startNanos, name) + "\u001b[K");
        err.flush();
        drawn = true;
    }

    /** Removes the bar from the line, so other output starts at column 0. */
    void clear() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }

    /** The bar's text after {@code done} inputs and {@code elapsedNanos}, fitted to the width. */
    String render(int done, long elapsedNanos, String name) {
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        String eta = done == 0 ? "?" : duration(elapsedNanos / done * (total - done));
        String counts = " " + done + "/" + total + " " + percent + "% ETA " + eta + " ";
        int bar = Math.max(5, Math.min(BAR_MAX, columns - 1 - counts.length() - 2 - 12));
        int filled = total == 0 ? bar : (int) ((long) bar * done / total);
        String line = "[" + "#".repeat(filled) + ".".repeat(bar - filled) + "]" + counts;
        int room = columns - 1 - TextWidth.of(line);
        return room <= 1 ? line : line + TextWidth.truncateStart(TextWidth.oneLine(name), room);
    }

    /** {@code 7s}, {@code 2m05s}, {@code 1h02m}. */
    static String duration(long nanos) {
        long s = Math.max(0, (nanos + 500_000_000L) / 1_000_000_000L);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format("%dm%02ds", s / 60, s % 60);
        }
        return String.format("%dh%02dm", s / 3600, s % 3600 / 60);
    }

    private static int terminalColumns() {
        try {
            int c = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", ""));
            return c >= 20 ? c : DEFAULT_COLUMNS;
        } catch (NumberFormatException e) {
            return DEFAULT_COLUMNS;
        }
    }

    private static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // not Linux, or not allowed to look: fall back below
        }
        return System.console() != null;
    }
}
