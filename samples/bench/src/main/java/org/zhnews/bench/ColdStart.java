package org.zhnews.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;

/**
 * Cold start: the time from JVM start to the first document analysed by the default pipeline.
 * Prints the JVM's uptime when {@code main} begins, when the default pipeline is built and when
 * the first document is analysed (milliseconds since JVM start, from {@link RuntimeMXBean}).
 *
 * <p>Run once per measurement, in a fresh JVM:
 * {@code java -cp samples/bench/target/benchmarks.jar org.zhnews.bench.ColdStart [FILE]} (the
 * document defaults to a short mixed-script text written for this benchmark). The JVM startup
 * itself (before {@code main}) is included in the total. The process's CPU time (all threads:
 * JIT compilers and GC included) is printed as well: on a busy machine it varies less than the
 * wall-clock time.
 */
public final class ColdStart {

    /** A short article exercising every extractor and the traditional-to-simplified path. */
    static final String SAMPLE = "字節跳動週二公布，旗下豆包大模型日均調用量同比增長超過五成；"
            + "阿里巴巴則發布Qwen2.5-Max，並宣布未來三年投入逾3800億元人民幣建設雲端運算與AI基礎設施。";

    private ColdStart() {
    }

    /** CPU time of all the JVM's threads so far (less sensitive to a busy machine than wall time), or -1. */
    static long processCpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }

    public static void main(String[] args) throws IOException {
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        long atMain = runtime.getUptime();
        String text = args.length > 0 ? Files.readString(Path.of(args[0]), StandardCharsets.UTF_8) : SAMPLE;
        long t0 = System.nanoTime();
        ZhNews.pipeline();
        long built = System.nanoTime();
        Document doc = ZhNews.analyze(text);
        long analysed = System.nanoTime();
        long total = runtime.getUptime();
        System.out.printf("cold start: %d ms from JVM start to the first analysed document "
                        + "(JVM start to main %d ms, pipeline built in %d ms, first document of %d chars "
                        + "analysed in %d ms, %d mentions); CPU time of the process %d ms%n",
                total, atMain, (built - t0) / 1_000_000, text.length(), (analysed - built) / 1_000_000,
                doc.mentions().size(), processCpuMillis());
    }
}
