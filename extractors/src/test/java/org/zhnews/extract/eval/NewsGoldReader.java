package org.zhnews.extract.eval;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zhnews.extract.eval.GoldPassage.GoldCompany;
import org.zhnews.extract.eval.GoldPassage.GoldModel;
import org.zhnews.extract.eval.NewsGold.GoldMetric;
import org.zhnews.extract.eval.NewsGold.GoldMoney;
import org.zhnews.testkit.JsonValues;

/**
 * Reads one gold file of the {@code ../shared/corpus/gold} format ({@code NNN.json}) into a
 * {@link NewsGold}. Notes, kinds, modifiers and other fields that do not affect the score are
 * skipped. Stateless; safe from any thread.
 */
final class NewsGoldReader {

    private NewsGoldReader() {
    }

    /**
     * The gold of {@code file}; its id is the file name without {@code .json}.
     *
     * @throws java.io.UncheckedIOException if the file cannot be read or is not JSON
     * @throws IllegalStateException if an entry lacks a field the score needs
     */
    static NewsGold read(Path file) {
        String name = file.getFileName().toString();
        String id = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        Map<String, Object> root = object(JsonValues.read(file), name);
        try {
            return new NewsGold(id, text(root, "region", "?"), text(root, "style", "?"),
                    companies(root), models(root), money(root), metrics(root));
        } catch (RuntimeException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    private static List<GoldCompany> companies(Map<String, Object> root) {
        List<GoldCompany> out = new ArrayList<>();
        for (Map<String, Object> c : entries(root, "companies")) {
            out.add(new GoldCompany(required(c, "surface"), required(c, "canonical"), optional(c)));
        }
        return out;
    }

    private static List<GoldModel> models(Map<String, Object> root) {
        List<GoldModel> out = new ArrayList<>();
        for (Map<String, Object> m : entries(root, "models")) {
            out.add(new GoldModel(required(m, "surface"), required(m, "family"),
                    Optional.ofNullable((String) m.get("version")), optional(m)));
        }
        return out;
    }

    private static List<GoldMoney> money(Map<String, Object> root) {
        List<GoldMoney> out = new ArrayList<>();
        for (Map<String, Object> m : entries(root, "money")) {
            Object amount = m.get("amount");
            String currency = text(m, "currency", "").toUpperCase(Locale.ROOT);
            if (amount instanceof Map<?, ?> range) {
                out.add(new GoldMoney(required(m, "surface"), Optional.empty(), number(range.get("min")),
                        number(range.get("max")), true, false, currency, optional(m)));
            } else if (amount == null && (m.containsKey("min") || m.containsKey("max"))) {
                out.add(new GoldMoney(required(m, "surface"), Optional.empty(), number(m.get("min")),
                        number(m.get("max")), true, true, currency, optional(m)));
            } else {
                out.add(new GoldMoney(required(m, "surface"), number(amount), Optional.empty(),
                        Optional.empty(), false, amount == null, currency, optional(m)));
            }
        }
        return out;
    }

    private static List<GoldMetric> metrics(Map<String, Object> root) {
        List<GoldMetric> out = new ArrayList<>();
        for (Map<String, Object> m : entries(root, "metrics")) {
            Object value = m.get("value");
            if (value instanceof Map<?, ?> range) {
                value = range.get("min");
            }
            String unit = text(m, "unit", "").toLowerCase(Locale.ROOT);
            boolean percent = unit.equals("percent") || unit.equals("%") || unit.equals("percentage");
            out.add(new GoldMetric(required(m, "surface"), number(value), percent, unit, optional(m)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> root, String field) {
        Object list = root.get(field);
        if (list == null) {
            return List.of();
        }
        if (!(list instanceof List<?>)) {
            throw new IllegalStateException(field + " is not an array");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : (List<Object>) list) {
            out.add(object(o, field));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object o, String where) {
        if (!(o instanceof Map<?, ?>)) {
            throw new IllegalStateException("expected an object in " + where);
        }
        return (Map<String, Object>) o;
    }

    private static Optional<BigDecimal> number(Object o) {
        if (o == null) {
            return Optional.empty();
        }
        if (o instanceof BigDecimal d) {
            return Optional.of(d);
        }
        throw new IllegalStateException("expected a number, found " + o);
    }

    private static boolean optional(Map<String, Object> entry) {
        return Boolean.TRUE.equals(entry.get("optional"));
    }

    private static String required(Map<String, Object> entry, String field) {
        Object o = entry.get(field);
        if (!(o instanceof String s)) {
            throw new IllegalStateException("entry without " + field + ": " + entry);
        }
        return s;
    }

    private static String text(Map<String, Object> entry, String field, String absent) {
        Object o = entry.get(field);
        return o instanceof String s ? s : absent;
    }
}
