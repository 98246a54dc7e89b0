package org.zhnews.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs one of the benchmarks and prints a table:
 * <ul>
 * <li>{@code components} (default): {@link ComponentBenchmark}, each component's chars/s and its
 *     ratio to HanLP's standard segmenter measured in the same run;</li>
 * <li>{@code scaling}: {@link SizeScalingBenchmark}, the default pipeline's chars/s per document
 *     size and the ratio to the smallest size's;</li>
 * <li>{@code threads}: {@link ThreadsBenchmark}, the shared pipeline on 1 and 2 threads and the
 *     speed-up;</li>
 * <li>{@code sentence}: {@link OneSentenceBenchmark}, the fixed cost of a one-sentence document,
 *     microseconds per call, pipeline and segmenter.</li>
 * </ul>
 * Usage: {@code java [-Dzhnews.bench.text=seeds] -jar benchmarks.jar [components|scaling|threads|sentence]
 * [JMH options]}; JMH options (e.g. {@code -wi 1 -i 3}, {@code -p component=pipeline:default})
 * pass through.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        boolean named = args.length > 0 && !args[0].startsWith("-");
        String mode = named ? args[0] : "components";
        String[] jmhArgs = named ? Arrays.copyOfRange(args, 1, args.length) : args;
        CommandLineOptions cli = new CommandLineOptions(jmhArgs);
        switch (mode) {
            case "components" -> components(cli);
            case "scaling" -> scaling(cli);
            case "threads" -> threads(cli);
            case "sentence" -> sentence(cli);
            default -> {
                System.err.println("unknown benchmark " + mode + " (components, scaling, threads or sentence)");
                System.exit(2);
            }
        }
    }

    private static Collection<RunResult> run(CommandLineOptions cli, Class<?> benchmark,
                                             java.util.function.UnaryOperator<ChainedOptionsBuilder> more)
            throws RunnerException {
        return new Runner(more.apply(new OptionsBuilder().parent(cli).include(benchmark.getSimpleName() + "\\."))
                .build()).run();
    }

    private static void components(CommandLineOptions cli) throws RunnerException {
        Collection<RunResult> results = run(cli, ComponentBenchmark.class,
                b -> cli.getParameter("component").hasValue() ? b : b.param("component", Components.names()));
        List<String> documents = BenchText.documents();
        long chars = BenchText.chars(documents);
        double baseline = Double.NaN;
        for (RunResult r : results) {
            if (r.getParams().getParam("component").equals(Components.BASELINE)) {
                baseline = r.getPrimaryResult().getScore() * chars;
            }
        }
        System.out.printf("%n%-32s %12s %12s %10s%n", "component", "M chars/s", "error (99.9%)",
                "x " + Components.BASELINE);
        for (RunResult r : results) {
            double cps = r.getPrimaryResult().getScore() * chars;
            double err = r.getPrimaryResult().getScoreError() * chars;
            System.out.printf("%-32s %12.2f %12.2f %10.2f%n", r.getParams().getParam("component"),
                    cps / 1e6, err / 1e6, cps / baseline);
        }
        System.out.printf("(%s; ratios against the baseline measured in this run)%n", BenchText.describe(documents));
    }

    private static void scaling(CommandLineOptions cli) throws RunnerException {
        List<RunResult> results = List.copyOf(run(cli, SizeScalingBenchmark.class, b -> b));
        double first = Double.NaN;
        double min = Double.MAX_VALUE;
        double max = 0;
        System.out.printf("%n%14s %12s %12s %10s%n", "document chars", "M chars/s", "error (99.9%)", "x smallest");
        for (RunResult r : results) {
            int chars = Integer.parseInt(r.getParams().getParam("chars"));
            double cps = r.getPrimaryResult().getScore() * chars;
            double err = r.getPrimaryResult().getScoreError() * chars;
            if (Double.isNaN(first)) {
                first = cps;
            }
            min = Math.min(min, cps);
            max = Math.max(max, cps);
            System.out.printf("%,14d %12.2f %12.2f %10.2f%n", chars, cps / 1e6, err / 1e6, cps / first);
        }
        System.out.printf("(default pipeline; slowest size at %.2f of the fastest; %s)%n", min / max,
                BenchText.describe(BenchText.load()));
    }

    private static void sentence(CommandLineOptions cli) throws RunnerException {
        System.out.printf("%n%-10s %14s %12s%n", "work", "us/document", "error (99.9%)");
        for (RunResult r : run(cli, OneSentenceBenchmark.class, b -> b)) {
            System.out.printf("%-10s %14.2f %12.2f%n", r.getParams().getParam("work"),
                    r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError());
        }
        System.out.printf("(one analyze call per one-sentence document, %d sentences of %d to %d chars in turn)%n",
                OneSentenceBenchmark.SENTENCES.size(),
                OneSentenceBenchmark.SENTENCES.stream().mapToInt(String::length).min().orElse(0),
                OneSentenceBenchmark.SENTENCES.stream().mapToInt(String::length).max().orElse(0));
    }

    private static void threads(CommandLineOptions cli) throws RunnerException {
        Collection<RunResult> results = run(cli, ThreadsBenchmark.class, b -> b);
        List<String> documents = BenchText.documents();
        long chars = BenchText.chars(documents);
        double one = Double.NaN;
        double two = Double.NaN;
        System.out.printf("%n%-10s %12s %12s%n", "threads", "M chars/s", "error (99.9%)");
        for (RunResult r : results) {
            int threads = r.getParams().getThreads();
            double cps = r.getPrimaryResult().getScore() * chars;
            System.out.printf("%-10d %12.2f %12.2f%n", threads, cps / 1e6, r.getPrimaryResult().getScoreError() * chars / 1e6);
            if (threads == 1) {
                one = cps;
            } else if (threads == 2) {
                two = cps;
            }
        }
        System.out.printf("2 threads / 1 thread: %.2f (one shared default pipeline; %s; %d cores)%n", two / one,
                BenchText.describe(documents), Runtime.getRuntime().availableProcessors());
    }
}
