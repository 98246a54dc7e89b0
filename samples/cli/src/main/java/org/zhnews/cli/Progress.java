package org.zhnews.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-line progress bar with ETA on stderr, shown only when stderr is a terminal. */
final class Progress {

    private static final int MIN_FILES = 5;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private int done;
    private boolean drawn;

    private Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    /** A progress bar that draws itself if stderr is a terminal and there are many files. */
    static Progress forTerminal(PrintWriter err, int total) {
        return new Progress(err, total, total >= MIN_FILES && stderrIsTerminal());
    }

    void advance(String name) {
        done++;
        if (!enabled) {
            return;
        }
        long elapsed = System.nanoTime() - startNanos;
        long etaSeconds = done == 0 ? 0 : elapsed / done * (total - done) / 1_000_000_000L;
        int filled = (int) ((long) WIDTH * done / total);
        String label = name.length() > 30 ? "…" + name.substring(name.length() - 29) : name;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                + " ETA " + etaSeconds + "s " + label + "\u001b[K");
        err.flush();
        drawn = true;
    }

    void clear() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
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
