package org.zhnews.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Memory stays bounded for a 100 MB input stream analysed in batches: {@link StreamMemoryMain}
 * runs the default pipeline over a generated 100 MB UTF-8 stream in a JVM limited to
 * {@value #HEAP_MB} MB of heap (the stream as one string would need more than that), and the heap
 * in use after any garbage collection stays under {@value #BOUND_MB} MB.
 */
class StreamMemoryTest {

    private static final int HEAP_MB = 256;
    private static final int BOUND_MB = 96;
    private static final long BYTES = 100L << 20;
    private static final Pattern RESULT = Pattern.compile(
            "bytes=(\\d+) chars=(\\d+) batches=(\\d+) mentions=(\\d+) maxHeapAfterGcMb=(\\d+) gcs=(\\d+) seconds=\\S+");

    @Test
    void aHundredMegabyteStreamRunsInASmallHeap() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC",
                "-cp", classpath, StreamMemoryMain.class.getName(), Long.toString(BYTES), "200000"))
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.MINUTES), "did not finish");
        System.out.println("stream memory: " + out.strip());
        assertEquals(0, p.exitValue(), out);
        Matcher m = RESULT.matcher(out);
        assertTrue(m.find(), out);
        long chars = Long.parseLong(m.group(2));
        assertTrue(chars > 30_000_000L, "too few chars read: " + chars);
        assertTrue(Long.parseLong(m.group(3)) > 150, "too few batches: " + m.group(3));
        assertTrue(Long.parseLong(m.group(6)) > 0, "no garbage collection seen");
        long peak = Long.parseLong(m.group(5));
        assertTrue(peak < BOUND_MB, "heap after GC reached " + peak + " MB, bound " + BOUND_MB + " MB");
    }
}
