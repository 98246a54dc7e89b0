package org.zhnews.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ComponentBenchmark} and prints each component's throughput in characters per
 * second and its ratio to HanLP's standard segmenter measured in the same run. JMH options
 * given on the command line (e.g. {@code -wi 1 -i 3}) pass through.
 */
public final class BenchMain {

    private static final String BASELINE = "baseline:hanlp-segment";

    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions cli = new CommandLineOptions(args);
        Collection<RunResult> results = new Runner(new OptionsBuilder().parent(cli)
                .include(ComponentBenchmark.class.getSimpleName()).build()).run();
        int chars = ComponentBenchmark.textLength();
        double baseline = Double.NaN;
        List<String[]> rows = new ArrayList<>();
        for (RunResult r : results) {
            String component = r.getParams().getParam("component");
            double charsPerSecond = r.getPrimaryResult().getScore() * chars;
            if (component.equals(BASELINE)) {
                baseline = charsPerSecond;
            }
            rows.add(new String[] {component, String.valueOf(charsPerSecond)});
        }
        System.out.printf("%n%-32s %16s %10s%n", "component", "M chars/s", "x " + BASELINE);
        for (String[] row : rows) {
            double cps = Double.parseDouble(row[1]);
            System.out.printf("%-32s %16.2f %10.2f%n", row[0], cps / 1e6, cps / baseline);
        }
        System.out.printf("(text of %,d chars; ratios against the baseline measured in this run)%n", chars);
    }
}
