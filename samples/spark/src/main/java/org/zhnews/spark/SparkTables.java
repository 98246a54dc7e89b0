package org.zhnews.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schemas of the mentions, warnings and events tables and the conversion of
 * {@link MentionRow}/{@link WarningRow}/{@link EventRow} to Spark rows. Column names and order are those of the
 * records; columns a mention type lacks are null. Stateless and thread-safe.
 */
public final class SparkTables {

    /** Schema of the mentions table. */
    public static final StructType MENTIONS = new StructType(new StructField[] {
            required("source", StringType), nullable("charset", StringType), required("type", StringType),
            required("text", StringType), required("start", IntegerType), required("end", IntegerType),
            required("originalStart", IntegerType), required("originalEnd", IntegerType),
            required("article", IntegerType), required("boilerplate", BooleanType),
            nullable("id", StringType), nullable("name", StringType), nullable("nameEn", StringType),
            nullable("family", StringType), nullable("version", StringType), nullable("variant", StringType),
            nullable("vendor", StringType), nullable("parameters", StringType),
            nullable("amount", StringType), nullable("currency", StringType), nullable("qualifier", StringType),
            nullable("min", StringType), nullable("max", StringType), nullable("equivalentOf", IntegerType),
            nullable("currencySource", StringType), nullable("company", StringType),
            nullable("value", StringType), nullable("unit", StringType), nullable("kind", StringType),
            nullable("dateValue", StringType), nullable("granularity", StringType),
            nullable("relative", BooleanType), nullable("modifier", StringType)});

    /** Schema of the warnings table. */
    public static final StructType WARNINGS = new StructType(new StructField[] {
            required("source", StringType), required("code", StringType), required("message", StringType),
            nullable("originalStart", IntegerType), nullable("originalEnd", IntegerType)});

    /** Exact decimals of the events table: money and fractions, 28 integer and 10 fraction digits. */
    public static final DecimalType EXACT = DataTypes.createDecimalType(38, 10);

    /** Schema of the events table ({@link EventRow}): roles flattened, in snake_case as in the JSON contract. */
    public static final StructType EVENTS = new StructType(new StructField[] {
            required("source", StringType), required("article", IntegerType), required("sentence", IntegerType),
            required("kind", StringType), required("modality", StringType), required("text", StringType),
            required("start", IntegerType), required("end", IntegerType),
            required("originalStart", IntegerType), required("originalEnd", IntegerType),
            nullable("company", StringType), nullable("company_id", StringType), nullable("round", StringType),
            nullable("amount", EXACT), nullable("currency", StringType), nullable("valuation", EXACT),
            nullable("valuation_currency", StringType), nullable("investors", StringType),
            nullable("lead", StringType), nullable("acquirer", StringType), nullable("target", StringType),
            nullable("stake", EXACT), nullable("exchange", StringType), nullable("status", StringType),
            nullable("model_family", StringType), nullable("model_version", StringType),
            nullable("vendor", StringType), nullable("open_source", BooleanType), nullable("period", StringType),
            nullable("revenue", EXACT), nullable("revenue_currency", StringType), nullable("net_income", EXACT),
            nullable("revenue_growth", EXACT), nullable("net_income_growth", EXACT),
            nullable("person", StringType), nullable("role", StringType), nullable("change", StringType)});

    private SparkTables() {
    }

    /** A mention row as a Spark row of {@link #MENTIONS}. */
    public static Row row(MentionRow r) {
        return RowFactory.create(r.source(), r.charset(), r.type(), r.text(), r.start(), r.end(),
                r.originalStart(), r.originalEnd(), r.article(), r.boilerplate(), r.id(), r.name(), r.nameEn(),
                r.family(), r.version(), r.variant(), r.vendor(), r.parameters(), r.amount(), r.currency(),
                r.qualifier(), r.min(), r.max(), r.equivalentOf(), r.currencySource(), r.company(), r.value(), r.unit(), r.kind(),
                r.dateValue(), r.granularity(), r.relative(), r.modifier());
    }

    /** A warning row as a Spark row of {@link #WARNINGS}. */
    public static Row row(WarningRow r) {
        return RowFactory.create(r.source(), r.code(), r.message(), r.originalStart(), r.originalEnd());
    }

    /** An event row as a Spark row of {@link #EVENTS}. */
    public static Row row(EventRow r) {
        return RowFactory.create(r.source(), r.article(), r.sentence(), r.kind(), r.modality(), r.text(), r.start(),
                r.end(), r.originalStart(), r.originalEnd(), r.company(), r.companyId(), r.round(), r.amount(),
                r.currency(), r.valuation(), r.valuationCurrency(), r.investors(), r.lead(), r.acquirer(), r.target(),
                r.stake(), r.exchange(), r.status(), r.modelFamily(), r.modelVersion(), r.vendor(), r.openSource(),
                r.period(), r.revenue(), r.revenueCurrency(), r.netIncome(), r.revenueGrowth(), r.netIncomeGrowth(),
                r.person(), r.role(), r.change());
    }

    private static StructField required(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, false);
    }

    private static StructField nullable(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
