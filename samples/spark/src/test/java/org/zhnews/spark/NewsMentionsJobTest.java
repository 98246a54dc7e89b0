package org.zhnews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.json.DocumentJson;

/**
 * Runs the job in {@code local[2]} on the project's sample corpus and checks its tables against
 * the CLI's {@code --json} output for the same files, computed in-process the way the CLI does.
 */
class NewsMentionsJobTest {

    private static final Path CORPUS = Path.of("..", "corpus");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static SparkSession spark;

    @TempDir
    static Path out;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("zhnews-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "1")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void tablesMatchTheCliJsonForTheSampleCorpus() throws Exception {
        Map<String, JsonNode> expected = cliJson();
        assertEquals(12, expected.size(), "sample corpus files");

        long t0 = System.nanoTime();
        NewsMentionsJob.Result result = NewsMentionsJob.run(spark, CORPUS.toAbsolutePath().toString(),
                out.toString(), OutputFormat.BOTH);
        long millis = (System.nanoTime() - t0) / 1_000_000;

        assertEquals(1, PipelineHolder.DEFAULT.builds(), "one pipeline for the JVM (both task threads)");
        assertEquals(12, result.documents());

        Dataset<Row> parquet = spark.read().parquet(out.resolve("parquet/mentions").toString());
        Dataset<Row> json = spark.read().schema(SparkTables.MENTIONS).json(out.resolve("json/mentions").toString());
        List<Row> rows = parquet.collectAsList();
        assertEquals(parquet.schema().fieldNames().length, SparkTables.MENTIONS.fieldNames().length);
        assertEquals(sorted(rows), sorted(json.collectAsList()), "JSON lines hold the same rows as Parquet");

        Map<String, List<Row>> byFile = new TreeMap<>();
        for (Row r : rows) {
            byFile.computeIfAbsent(fileName(r.getAs("source")), k -> new ArrayList<>()).add(r);
        }
        long expectedMentions = 0;
        Map<String, Long> expectedPerType = new TreeMap<>();
        List<String> columns = Arrays.asList(SparkTables.MENTIONS.fieldNames());
        for (Map.Entry<String, JsonNode> e : expected.entrySet()) {
            JsonNode mentions = e.getValue().get("mentions");
            List<Row> got = new ArrayList<>(byFile.getOrDefault(e.getKey(), List.of()));
            got.sort((a, b) -> Integer.compare(a.<Integer>getAs("start"), b.<Integer>getAs("start")));
            assertEquals(mentions.size(), got.size(), e.getKey() + " mention count");
            for (int i = 0; i < got.size(); i++) {
                Row row = got.get(i);
                assertEquals(e.getValue().get("charset").asText(), row.getAs("charset"));
                JsonComparison.assertSameMention(mentions.get(i), row::getAs, columns, e.getKey() + " #" + i);
                expectedPerType.merge(mentions.get(i).get("type").asText(), 1L, Long::sum);
            }
            expectedMentions += mentions.size();
        }
        assertEquals(expectedMentions, rows.size());
        assertEquals(expectedPerType, new TreeMap<>(result.mentionsPerType()));

        List<Row> companies = spark.read().parquet(out.resolve("parquet/company_mentions").toString()).collectAsList();
        List<Row> money = spark.read().parquet(out.resolve("parquet/company_money").toString()).collectAsList();
        checkCompanyCounts(expected, companies);
        checkMoneyTotals(rows, money);
        long warnings = spark.read().parquet(out.resolve("parquet/warnings").toString()).count();
        assertEquals(expected.values().stream().mapToLong(d -> d.get("warnings").size()).sum(), warnings);

        Dataset<Row> events = spark.read().parquet(out.resolve("parquet/events").toString());
        assertEquals(Arrays.stream(SparkTables.EVENTS.fields()).map(f -> f.name() + " " + f.dataType()).toList(),
                Arrays.stream(events.schema().fields()).map(f -> f.name() + " " + f.dataType()).toList(),
                "the events table keeps its columns, money as decimals");
        Map<String, List<String>> kinds = new TreeMap<>();
        for (Row r : events.collectAsList()) {
            kinds.computeIfAbsent(fileName(r.getAs("source")), k -> new ArrayList<>())
                    .add(r.<Integer>getAs("start") + ":" + r.getAs("kind"));
        }
        Map<String, List<String>> wantKinds = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : expected.entrySet()) {
            for (JsonNode ev : e.getValue().get("events")) {
                wantKinds.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(ev.get("start").asInt() + ":" + ev.get("kind").asText());
            }
        }
        kinds.values().forEach(l -> l.sort(null));
        wantKinds.values().forEach(l -> l.sort(null));
        assertEquals(wantKinds, kinds, "one row per event of the CLI JSON");
        assertEquals(events.count(), spark.read().schema(SparkTables.EVENTS).json(out.resolve("json/events").toString())
                .count());

        System.out.printf("spark job on samples/corpus: %d documents, %d mentions %s, %d warnings, "
                        + "%d company rows, %d company/currency money rows, %d ms (local[2], both formats)%n",
                result.documents(), result.mentions(), new TreeMap<>(result.mentionsPerType()), warnings,
                companies.size(), money.size(), millis);
        companies.stream().limit(5).forEach(r -> System.out.println("  top company " + r));
        money.stream().limit(5).forEach(r -> System.out.println("  money " + r));
        assertTrue(money.size() > 0, "the corpus attributes some money to companies");
    }

    /** mentions per company id = the linked company mentions of the CLI JSON, outside boilerplate. */
    private static void checkCompanyCounts(Map<String, JsonNode> expected, List<Row> companies) {
        Map<String, Long> want = new TreeMap<>();
        for (JsonNode doc : expected.values()) {
            for (JsonNode m : doc.get("mentions")) {
                if (m.get("type").asText().equals("company") && m.has("id") && !m.get("boilerplate").asBoolean()) {
                    want.merge(m.get("id").asText(), 1L, Long::sum);
                }
            }
        }
        Map<String, Long> got = new TreeMap<>();
        for (Row r : companies) {
            got.put(r.getAs("id"), r.getAs("mentions"));
        }
        assertEquals(want, got);
        for (int i = 1; i < companies.size(); i++) {
            assertTrue(companies.get(i - 1).<Long>getAs("mentions") >= companies.get(i).<Long>getAs("mentions"));
        }
    }

    /** total per company and currency = the exact sum of the attributed amounts of the table. */
    private static void checkMoneyTotals(List<Row> rows, List<Row> money) {
        Map<String, BigDecimal> want = new HashMap<>();
        for (Row r : rows) {
            if ("money".equals(r.getAs("type")) && r.getAs("company") != null && r.getAs("equivalentOf") == null
                    && !r.<Boolean>getAs("boilerplate") && r.getAs("amount") != null) {
                want.merge(r.getAs("company") + "/" + r.getAs("currency"), new BigDecimal(r.<String>getAs("amount")),
                        BigDecimal::add);
            }
        }
        Map<String, BigDecimal> got = new HashMap<>();
        for (Row r : money) {
            BigDecimal total = r.getAs("total");
            if (total != null) {
                got.put(r.getAs("company") + "/" + r.getAs("currency"), total);
            }
        }
        assertEquals(want.keySet(), got.keySet());
        for (Map.Entry<String, BigDecimal> e : want.entrySet()) {
            assertEquals(0, e.getValue().compareTo(got.get(e.getKey())), e.getKey());
        }
    }

    /** What {@code zhnews analyze --json samples/corpus} prints, by file name. */
    private static Map<String, JsonNode> cliJson() throws Exception {
        Map<String, JsonNode> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Document doc = ZhNews.pipeline().analyze(Files.readAllBytes(f), f.toString());
                out.put(f.getFileName().toString(), JSON.readTree(DocumentJson.toJson(doc, false)));
            }
        }
        return out;
    }

    private static List<String> sorted(List<Row> rows) {
        return rows.stream().map(Row::toString).sorted().toList();
    }

    private static String fileName(String source) {
        return source.substring(source.lastIndexOf('/') + 1);
    }
}
