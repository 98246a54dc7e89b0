package org.zhnews.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps only the mentions of some types in one analysis JSON object: the objects of the
 * top-level {@code mentions} array whose {@code type} is not selected are cut out; every other
 * character of the JSON stays as written (numbers, escapes, field order). Thread-safe.
 */
final class JsonMentionFilter {

    private static final JsonFactory JSON = new JsonFactory();

    private final Set<String> types;

    JsonMentionFilter(Set<MentionType> types) {
        this.types = types.stream().map(MentionType::jsonName).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The JSON object with the unselected mentions removed. */
    String filter(String json) {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("mentions") && value == JsonToken.START_ARRAY) {
                    return splice(json, p);
                }
                p.skipChildren();
            }
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** With the parser on the array's start: the JSON with the array rebuilt from kept elements. */
    private String splice(String json, JsonParser p) throws IOException {
        int open = offset(p.currentTokenLocation().getCharOffset());
        List<String> kept = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            int start = offset(p.currentTokenLocation().getCharOffset());
            String type = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("type")) {
                    type = p.getText();
                }
                p.skipChildren();
            }
            int end = offset(p.currentLocation().getCharOffset());
            if (type != null && types.contains(type)) {
                kept.add(json.substring(start, end));
            }
        }
        int close = offset(p.currentTokenLocation().getCharOffset());
        return json.substring(0, open + 1) + String.join(",", kept) + json.substring(close);
    }

    private static int offset(long charOffset) {
        return Math.toIntExact(charOffset);
    }
}
