package org.zhnews.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;

/**
 * Heap used while one big document is analysed: the documents of the bench corpus joined and
 * repeated to {@code N} chars (default 10,000,000), one {@code analyze} call, and the sum of the
 * heap pools' peaks over that call (an upper bound: the pools peak at different times), as a
 * multiple of the document's size in bytes (two per UTF-16 char). The bound that counts is the
 * heap limit it runs under, for example 20× the document (pipeline included):
 * {@code java -Xmx400m -cp samples/bench/target/benchmarks.jar org.zhnews.bench.BigDocumentHeap}.
 */
public final class BigDocumentHeap {

    private BigDocumentHeap() {
    }

    public static void main(String[] args) {
        int chars = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        List<String> documents = BenchText.documents();
        StringBuilder sb = new StringBuilder(chars);
        for (int i = 0; sb.length() < chars; i++) {
            sb.append(documents.get(i % documents.size())).append('\n');
        }
        sb.setLength(chars);
        String text = sb.toString();
        ZhNews.analyze(ColdStart.SAMPLE); // load the pipeline first: its tables are not the document's
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        Document doc = ZhNews.analyze(text);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("document of %,d chars (%,d bytes as UTF-16): %,d mentions in %,d ms; heap in use before %.1f MB, "
                        + "sum of the pools' peaks during the call %.1f MB = %.1f x the document (max heap %.0f MB)%n",
                chars, 2L * chars, doc.mentions().size(), millis, before / 1e6, peak / 1e6,
                (double) peak / (2.0 * chars), Runtime.getRuntime().maxMemory() / 1e6);
    }
}
