package org.zhnews.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Spark job that analyses a directory (recursively, {@code *.txt}, as the CLI does) or a glob
 * of news files with the default zhnews pipeline and writes, under the output directory, for
 * each chosen format ({@code <out>/parquet/...}, {@code <out>/json/...}):
 * <ul>
 *   <li>{@code mentions}: one row per mention ({@link SparkTables#MENTIONS}, {@link MentionRow});</li>
 *   <li>{@code warnings}: one row per document warning ({@link SparkTables#WARNINGS});</li>
 *   <li>{@code events}: one row per event, roles flattened, money exact ({@link SparkTables#EVENTS},
 *       {@link EventRow});</li>
 *   <li>{@code company_mentions} and {@code company_money}: the {@link Aggregates}.</li>
 * </ul>
 * Files are read as bytes (the {@code binaryFile} source), so the pipeline's charset detection
 * applies. Each executor JVM builds one pipeline ({@link PipelineHolder#DEFAULT}). The output
 * directory must not exist yet.
 *
 * <p>Usage: {@code NewsMentionsJob INPUT OUTPUT [parquet|json|both]} (default {@code parquet}).
 */
public final class NewsMentionsJob {

    private static final Logger LOG = LoggerFactory.getLogger(NewsMentionsJob.class);

    private NewsMentionsJob() {
    }

    /** Counts of one run. */
    public record Result(long documents, Map<String, Long> mentionsPerType, long warnings,
                         long companyRows, long moneyRows) {
        public Result {
            mentionsPerType = Map.copyOf(mentionsPerType);
        }

        /** All mentions. */
        public long mentions() {
            return mentionsPerType.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: NewsMentionsJob INPUT_DIR_OR_GLOB OUTPUT_DIR [parquet|json|both]");
            System.exit(2);
        }
        OutputFormat format = args.length == 3 ? OutputFormat.parse(args[2]) : OutputFormat.PARQUET;
        SparkSession spark = SparkSession.builder().appName("zhnews mentions").getOrCreate();
        try {
            Result result = run(spark, args[0], args[1], format);
            LOG.info("zhnews: {}", result);
        } finally {
            spark.stop();
        }
    }

    /**
     * Runs the job in {@code spark}.
     *
     * @param input  a directory (read recursively, {@code *.txt} files) or a path with a glob
     * @param output the directory to write to; must not exist
     */
    public static Result run(SparkSession spark, String input, String output, OutputFormat format) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(format, "format");
        JavaRDD<AnalyzedFile> files = reader(spark, input).load(input).select("path", "content")
                .javaRDD()
                .map(r -> AnalyzedFile.analyze(PipelineHolder.DEFAULT.get(), r.getString(0), r.<byte[]>getAs(1)))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> mentions = spark.createDataFrame(
                    files.flatMap(f -> f.mentions().iterator()).map(SparkTables::row), SparkTables.MENTIONS);
            Dataset<Row> warnings = spark.createDataFrame(
                    files.flatMap(f -> f.warnings().iterator()).map(SparkTables::row), SparkTables.WARNINGS);
            Dataset<Row> events = spark.createDataFrame(
                    files.flatMap(f -> f.events().iterator()).map(SparkTables::row), SparkTables.EVENTS);
            Dataset<Row> companies = Aggregates.companyMentions(mentions).coalesce(1).cache();
            Dataset<Row> money = Aggregates.companyMoney(mentions).coalesce(1).cache();
            for (String f : format.sparkFormats()) {
                String dir = output + "/" + f + "/";
                mentions.write().format(f).save(dir + "mentions");
                warnings.write().format(f).save(dir + "warnings");
                events.write().format(f).save(dir + "events");
                companies.write().format(f).save(dir + "company_mentions");
                money.write().format(f).save(dir + "company_money");
            }
            Map<String, Long> perType = new LinkedHashMap<>();
            for (Row r : mentions.groupBy("type").count().orderBy("type").collectAsList()) {
                perType.put(r.getString(0), r.getLong(1));
            }
            return new Result(files.count(), perType, warnings.count(), companies.count(), money.count());
        } finally {
            files.unpersist(false);
        }
    }

    private static DataFrameReader reader(SparkSession spark, String input) {
        DataFrameReader reader = spark.read().format("binaryFile");
        if (!hasGlob(input)) {
            reader = reader.option("recursiveFileLookup", "true").option("pathGlobFilter", "*.txt");
        }
        return reader;
    }

    private static boolean hasGlob(String path) {
        for (int i = 0; i < path.length(); i++) {
            switch (path.charAt(i)) {
                case '*', '?', '[', '{' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** The names of the tables the job writes under each format's directory. */
    public static List<String> tables() {
        return List.of("mentions", "warnings", "events", "company_mentions", "company_money");
    }
}
