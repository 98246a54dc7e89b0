package org.zhnews.reliability;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.zhnews.ZhNews;
import org.zhnews.core.Pipeline;
import org.zhnews.testkit.ConsistencyKit;

/**
 * Run in a JVM with a small heap by {@link StreamMemoryTest}: analyses a generated UTF-8 stream
 * of {@code args[0]} bytes in batches of {@code args[1]} chars with the default pipeline and
 * prints one line {@code bytes=.. chars=.. batches=.. mentions=.. maxHeapAfterGcMb=.. gcs=..
 * seconds=..}: the largest heap in use right after a garbage collection, over the whole run.
 */
public final class StreamMemoryMain {

    private StreamMemoryMain() {
    }

    public static void main(String[] args) throws Exception {
        long bytes = Long.parseLong(args[0]);
        int batchChars = Integer.parseInt(args[1]);
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        AtomicLong maxAfterGc = new AtomicLong();
        AtomicLong gcs = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = 0;
                for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(e.getKey())) {
                        used += e.getValue().getUsed();
                    }
                }
                maxAfterGc.accumulateAndGet(used, Math::max);
                gcs.incrementAndGet();
            }, null, null);
        }
        Pipeline pipeline = ZhNews.pipeline();
        long start = System.nanoTime();
        AtomicLong chars = new AtomicLong();
        AtomicLong mentions = new AtomicLong();
        long batches;
        try (Reader in = new InputStreamReader(new GeneratedNews(bytes, 100), StandardCharsets.UTF_8)) {
            batches = pipeline.analyzeStream(in, "generated", batchChars, b -> {
                if (b.offset() != chars.get()) {
                    throw new IllegalStateException("batch at " + b.offset() + " after " + chars.get() + " chars");
                }
                if (chars.get() == 0) {
                    ConsistencyKit.checkDocument(b.document());
                }
                chars.addAndGet(b.document().original().length());
                mentions.addAndGet(b.document().mentions().size());
            });
        }
        System.out.printf("bytes=%d chars=%d batches=%d mentions=%d maxHeapAfterGcMb=%d gcs=%d seconds=%.1f%n", bytes,
                chars.get(), batches, mentions.get(), maxAfterGc.get() / (1 << 20), gcs.get(),
                (System.nanoTime() - start) / 1e9);
    }
}
