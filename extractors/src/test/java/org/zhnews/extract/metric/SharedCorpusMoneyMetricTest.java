package org.zhnews.extract.metric;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.extract.money.MoneyExtractor;
import org.zhnews.testkit.ConsistencyKit;

/**
 * Runs the money and metric extractors over the shared seeds and prints every mention, for a
 * comparison by eye with ../shared/corpus/gold. Asserts only the invariants.
 */
@Tag("shared")
class SharedCorpusMoneyMetricTest {

    private static final Logger LOG = LoggerFactory.getLogger(SharedCorpusMoneyMetricTest.class);

    private static Path shared() {
        return org.zhnews.testkit.SharedDir.root();
    }

    @Test
    void printsMoneyAndMetricsOfEverySeed() throws IOException {
        Pipeline pipeline = Pipeline.builder().extractor(new MoneyExtractor()).extractor(new MetricExtractor()).build();
        List<Path> seeds;
        try (Stream<Path> s = Files.list(shared().resolve("corpus").resolve("seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(seeds.isEmpty());
        StringBuilder report = new StringBuilder();
        for (Path seed : seeds) {
            Document doc = pipeline.analyze(Files.readString(seed));
            ConsistencyKit.checkDocument(doc);
            long money = doc.mentions().stream().filter(MoneyMention.class::isInstance).count();
            long metrics = doc.mentions().stream().filter(MetricMention.class::isInstance).count();
            report.append("== ").append(seed.getFileName()).append(": ").append(money).append(" money, ")
                    .append(metrics).append(" metrics\n");
            for (Mention m : doc.mentions()) {
                assertTrue(doc.original().substring(m.originalStart(), m.originalEnd()).equals(m.text()));
                if (m instanceof MoneyMention x) {
                    report.append("  money  ").append(x.text()).append(" = ")
                            .append(x.amount().map(BigDecimal::toPlainString).orElse("-")).append(' ')
                            .append(x.currency()).append(' ').append(x.qualifier().jsonName())
                            .append(range(x.min().orElse(null), x.max().orElse(null))).append('\n');
                } else if (m instanceof MetricMention x) {
                    report.append("  metric ").append(x.text()).append(" = ")
                            .append(x.value().map(BigDecimal::toPlainString).orElse("-")).append(' ')
                            .append(x.unit().jsonName()).append(' ').append(x.measure().orElse("-")).append(' ')
                            .append(x.qualifier().jsonName())
                            .append(range(x.min().orElse(null), x.max().orElse(null))).append('\n');
                }
            }
        }
        // printed on purpose: this test exists to be read next to the gold files
        System.out.print(report);
        LOG.info("money and metrics over the seeds:\n{}", report);
    }

    private static String range(BigDecimal min, BigDecimal max) {
        if (min == null && max == null) {
            return "";
        }
        return " [" + (min == null ? "" : min.toPlainString()) + ", " + (max == null ? "" : max.toPlainString()) + "]";
    }
}
