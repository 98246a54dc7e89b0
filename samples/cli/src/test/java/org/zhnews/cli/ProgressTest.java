package org.zhnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void rendersBarCountsPercentAndEta() {
        Progress p = new Progress(new PrintWriter(new StringWriter()), 10, true, () -> 0L, 80);
        String line = p.render(4, 8 * SECOND, "corpus/04.txt");
        assertEquals("[" + "#".repeat(12) + ".".repeat(18) + "] 4/10 40% ETA 12s corpus/04.txt", line);
        assertEquals("[" + "#".repeat(30) + "] 10/10 100% ETA 0s x", p.render(10, 3 * SECOND, "x"));
    }

    @Test
    void fitsTheWidthCuttingTheNameFromTheStart() {
        Progress p = new Progress(new PrintWriter(new StringWriter()), 100, true, () -> 0L, 60);
        String line = p.render(1, 90 * SECOND, "新闻/很长很长很长很长很长的目录名字/文章.txt");
        assertTrue(TextWidth.of(line) <= 59, line + " " + TextWidth.of(line));
        assertTrue(line.contains("ETA 2h28m50s".substring(0, 9)), line);
        assertTrue(line.endsWith("文章.txt") && line.contains("…"), line);
    }

    @Test
    void durationsReadWell() {
        assertEquals("7s", Progress.duration(7 * SECOND));
        assertEquals("2m05s", Progress.duration(125 * SECOND));
        assertEquals("1h02m", Progress.duration(3720 * SECOND));
    }

    @Test
    void drawsInPlaceWithAFakeClockAndClears() {
        StringWriter err = new StringWriter();
        AtomicLong clock = new AtomicLong();
        Progress p = new Progress(new PrintWriter(err), 2, true, clock::get, 80);
        clock.set(2 * SECOND);
        p.advance("a.txt");
        assertTrue(err.toString().startsWith("\r[" + "#".repeat(15) + ".".repeat(15) + "] 1/2 50% ETA 2s a.txt\u001b[K"),
                err.toString());
        p.clear();
        assertTrue(err.toString().endsWith("\r\u001b[K"));
    }

    @Test
    void forcedOffOrNotATerminalDrawsNothing() {
        StringWriter err = new StringWriter();
        Progress off = Progress.create(new PrintWriter(err), 100, Boolean.FALSE);
        off.advance("a.txt");
        off.clear();
        assertFalse(off.enabled());
        assertEquals("", err.toString());
        assertTrue(Progress.create(new PrintWriter(err), 1, Boolean.TRUE).enabled());
        // surefire's stderr is a pipe, not a terminal
        assertFalse(Progress.create(new PrintWriter(err), 100, null).enabled());
    }

    @Test
    void progressOptionDrawsOnTheCommandsStderr(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("a.txt"), "百度");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"analyze", "--progress", dir.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code);
        assertTrue(err.toString().contains("] 1/1 100% ETA"), err.toString());
        assertTrue(err.toString().endsWith("\r\u001b[K"), err.toString());
        assertFalse(out.toString().contains("\r"));
    }
}
