package org.zhnews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Test helper: checks that one row of the mentions table holds exactly the fields of one
 * mention object of the analysis JSON, with the same values.
 */
final class JsonComparison {

    /** Columns the JSON mention object does not have. */
    private static final Set<String> ROW_ONLY = Set.of("source", "charset", "company");

    private JsonComparison() {
    }

    /**
     * @param mention the JSON mention object
     * @param column  the row's value of a column by name (null when the column is null)
     * @param columns all column names of the row
     */
    static void assertSameMention(JsonNode mention, Function<String, Object> column, Iterable<String> columns,
                                  String where) {
        String type = mention.get("type").asText();
        Set<String> seen = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = mention.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey().equals("value") && type.equals("date") ? "dateValue" : field.getKey();
            seen.add(name);
            JsonNode json = field.getValue();
            Object actual = column.apply(name);
            String label = where + " " + type + " '" + mention.get("text").asText() + "' field " + name;
            if (json.isTextual()) {
                assertEquals(json.asText(), actual, label);
            } else if (json.isBoolean()) {
                assertEquals(json.asBoolean(), actual, label);
            } else if (json.isIntegralNumber() && actual instanceof Integer) {
                assertEquals(json.asInt(), actual, label);
            } else if (json.isNumber()) {
                assertEquals(MentionRows.plain(json.decimalValue()), actual, label);
            } else {
                throw new AssertionError(label + ": unexpected JSON " + json);
            }
        }
        for (String c : columns) {
            if (!seen.contains(c) && !ROW_ONLY.contains(c)) {
                assertNull(column.apply(c), where + " " + type + " '" + mention.get("text").asText()
                        + "': column " + c + " is set but the JSON has no such field");
            }
        }
    }
}
