package org.zhnews.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import javax.management.ObjectName;
import org.zhnews.ZhNews;

/**
 * Retained heap after loading: heap in use after a full GC, before and after building the default
 * pipeline and analysing one document (so everything the pipeline loads once per JVM is
 * counted, and nothing of the document is). With {@code --histogram N} it also prints the N
 * biggest classes of the live heap (the JVM's {@code GC.class_histogram}).
 *
 * <p>{@code java -cp samples/bench/target/benchmarks.jar org.zhnews.bench.RetainedHeap [--histogram 25]}
 */
public final class RetainedHeap {

    private RetainedHeap() {
    }

    public static void main(String[] args) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        int mentions = ZhNews.analyze(ColdStart.SAMPLE).mentions().size();
        long after = usedAfterGc(memory);
        System.out.printf("retained heap after loading: %.1f MB in use after a full GC (%.1f MB before building "
                        + "the default pipeline; the pipeline holds %.1f MB; first document gave %d mentions)%n",
                after / 1e6, before / 1e6, (after - before) / 1e6, mentions);
        if (args.length == 2 && args[0].equals("--histogram")) {
            String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            histogram.lines().limit(Integer.parseInt(args[1]) + 3L).forEach(System.out::println);
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            memory.gc();
            Thread.sleep(50);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
