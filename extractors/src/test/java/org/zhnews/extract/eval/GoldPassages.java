package org.zhnews.extract.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhnews.extract.eval.GoldPassage.GoldCompany;
import org.zhnews.extract.eval.GoldPassage.GoldModel;

/**
 * Reads the hand-annotated passages ({@code passages.json}, a JSON array of
 * {@code {id, text, hard, companies:[{surface, canonical, optional}], models:[{surface,
 * family, version, optional}]}}) with Jackson's streaming parser; unknown fields (notes) are skipped.
 * Stateless; safe from any thread.
 */
public final class GoldPassages {

    /** The classpath resource of the passages, next to this class. */
    public static final String RESOURCE = "passages.json";

    private static final JsonFactory JSON = new JsonFactory();

    private GoldPassages() {
    }

    /**
     * The passages shipped as a test resource.
     *
     * @throws IllegalStateException if the resource is missing or malformed
     */
    public static List<GoldPassage> load() {
        try (InputStream in = GoldPassages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads passages from a UTF-8 JSON stream.
     *
     * @throws IOException           if the stream cannot be read or is not JSON
     * @throws IllegalStateException if a required field is missing
     */
    public static List<GoldPassage> read(InputStream in) throws IOException {
        List<GoldPassage> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(in)) {
            expect(p.nextToken(), JsonToken.START_ARRAY, p);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                out.add(passage(p));
            }
        }
        return List.copyOf(out);
    }

    private static GoldPassage passage(JsonParser p) throws IOException {
        String id = null;
        String text = null;
        List<GoldCompany> companies = new ArrayList<>();
        List<GoldModel> models = new ArrayList<>();
        boolean hard = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "id" -> id = p.getText();
                case "text" -> text = p.getText();
                case "hard" -> hard = value == JsonToken.VALUE_TRUE;
                case "companies" -> {
                    expect(value, JsonToken.START_ARRAY, p);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        companies.add(company(p));
                    }
                }
                case "models" -> {
                    expect(value, JsonToken.START_ARRAY, p);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        models.add(model(p));
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (id == null || text == null) {
            throw new IllegalStateException("passage without id or text near " + p.currentLocation());
        }
        return new GoldPassage(id, text, companies, models, hard);
    }

    private static GoldCompany company(JsonParser p) throws IOException {
        String surface = null;
        String canonical = null;
        boolean optional = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "surface" -> surface = p.getText();
                case "canonical" -> canonical = p.getText();
                case "optional" -> optional = value == JsonToken.VALUE_TRUE;
                default -> p.skipChildren();
            }
        }
        if (surface == null || canonical == null) {
            throw new IllegalStateException("company without surface or canonical near " + p.currentLocation());
        }
        return new GoldCompany(surface, canonical, optional);
    }

    private static GoldModel model(JsonParser p) throws IOException {
        String surface = null;
        String family = null;
        String version = null;
        boolean optional = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "surface" -> surface = p.getText();
                case "family" -> family = p.getText();
                case "version" -> version = value == JsonToken.VALUE_NULL ? null : p.getText();
                case "optional" -> optional = value == JsonToken.VALUE_TRUE;
                default -> p.skipChildren();
            }
        }
        if (surface == null || family == null) {
            throw new IllegalStateException("model without surface or family near " + p.currentLocation());
        }
        return new GoldModel(surface, family, Optional.ofNullable(version), optional);
    }

    private static void expect(JsonToken actual, JsonToken expected, JsonParser p) {
        if (actual != expected) {
            throw new IllegalStateException("expected " + expected + " but found " + actual
                    + " near " + p.currentLocation());
        }
    }
}
