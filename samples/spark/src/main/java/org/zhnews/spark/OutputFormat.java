package org.zhnews.spark;

import java.util.List;
import java.util.Locale;

/** Which files the job writes: Parquet, JSON lines, or both. */
public enum OutputFormat {
    PARQUET, JSON, BOTH;

    /** The Spark data source names this format writes ({@code parquet}, {@code json}). */
    public List<String> sparkFormats() {
        return switch (this) {
            case PARQUET -> List.of("parquet");
            case JSON -> List.of("json");
            case BOTH -> List.of("parquet", "json");
        };
    }

    /**
     * Parses {@code parquet}, {@code json} or {@code both}, ignoring case.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static OutputFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format must be parquet, json or both, not '" + text + "'", e);
        }
    }
}
