package org.zhnews.testkit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The one check that work stays linear in input size: a step run on 10× the input may cost at most
 * {@value #MAX_RATIO}× as much as on 1× (a quadratic step costs 100×).
 *
 * <p>Cost is the calling thread's CPU time, best of {@value #RUNS} interleaved runs per size, so
 * other processes on a shared machine and the garbage collector's own threads do not count; a
 * pattern gets up to {@value #ATTEMPTS} attempts before it is called super-linear. This is a
 * complexity guard, not a speed measurement (speed is measured by the JMH benchmarks).
 */
public final class LinearTime {

    /** The most 10× the input may cost, in multiples of 1×. */
    public static final int MAX_RATIO = 25;
    private static final int RUNS = 3;
    private static final int ATTEMPTS = 3;
    /** Costs below this are raised to it, so a 1× run near zero cannot make any ratio fail. */
    private static final long FLOOR_NANOS = 1_000_000;

    private LinearTime() {
    }

    /**
     * Returns {@code null} when {@code large} (meant as 10× {@code small}) costs at most
     * {@value #MAX_RATIO}× {@code small} in one of the attempts, or else a message naming
     * {@code what} and the ratios measured.
     */
    public static String check(String what, Runnable small, Runnable large) {
        small.run();
        large.run();
        StringBuilder ratios = new StringBuilder();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long smallCost = Long.MAX_VALUE;
            long largeCost = Long.MAX_VALUE;
            for (int i = 0; i < RUNS; i++) {
                smallCost = Math.min(smallCost, cpuNanos(small));
                largeCost = Math.min(largeCost, cpuNanos(large));
            }
            double ratio = (double) largeCost / Math.max(smallCost, FLOOR_NANOS);
            if (ratio <= MAX_RATIO) {
                return null;
            }
            ratios.append(ratios.length() == 0 ? "" : ", ").append(String.format("%.1fx", ratio));
        }
        return what + " (10x the input cost " + ratios + " the CPU time)";
    }

    private static long cpuNanos(Runnable work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            long start = System.nanoTime();
            work.run();
            return System.nanoTime() - start;
        }
        long start = threads.getCurrentThreadCpuTime();
        work.run();
        return threads.getCurrentThreadCpuTime() - start;
    }
}
