package org.zhnews.extract.eval;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhnews.testkit.JsonValues;

/**
 * Reads event gold as {@code score_events.py}'s {@code load_gold} does: every {@code NN.json} of
 * a folder that has an {@code events} key, in name order; its companies from the same file, or
 * else from the file of the same name in the folder's parent or in a {@code gold/} folder beside
 * it (the seeds' {@code gold/events/NN.json} take their companies from {@code gold/NN.json}).
 * Stateless; safe from any thread.
 */
final class EventGoldReader {

    private EventGoldReader() {
    }

    /**
     * Every event gold file of {@code goldDir}.
     *
     * @throws UncheckedIOException  if a file cannot be read
     * @throws IllegalStateException if a file is not a JSON object or its events are not a list of objects
     */
    static List<EventGold> load(Path goldDir) {
        Path parent = goldDir.toAbsolutePath().getParent();
        List<EventGold> out = new ArrayList<>();
        for (Path file : NewsCorpus.list(goldDir, ".json")) {
            Map<String, Object> g = object(read(file), file);
            if (!g.containsKey("events")) {
                continue;
            }
            Object companies = g.get("companies");
            String name = file.getFileName().toString();
            if (companies == null && parent != null) {
                for (Path dir : List.of(parent, parent.resolve("gold"))) {
                    Path entities = dir.resolve(name);
                    if (Files.isRegularFile(entities)) {
                        companies = object(read(entities), entities).get("companies");
                        if (companies != null) {
                            break;
                        }
                    }
                }
            }
            out.add(of(NewsCorpus.stem(file), g, companies));
        }
        return List.copyOf(out);
    }

    /**
     * The gold of one document from its JSON object and its entity gold's {@code companies}.
     *
     * @throws IllegalStateException if its events are not a list of objects
     */
    static EventGold of(String id, Map<String, Object> g, Object companies) {
        return new EventGold(id, string(g.get("region")), string(g.get("style")),
                Optional.ofNullable(g.get("published")).map(Object::toString), events(g.get("events"), id),
                context(companies));
    }

    /** The company context of an entity gold's {@code companies} list ({@code null}: none). */
    static EventCompanies context(Object companies) {
        if (!(companies instanceof List<?> list)) {
            return EventCompanies.NONE;
        }
        Map<String, Set<String>> surfaces = new HashMap<>();
        Set<String> required = new HashSet<>();
        Set<String> optional = new HashSet<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> c)) {
                continue;
            }
            String canonical = c.get("canonical") instanceof String s ? s : "";
            String surface = c.get("surface") instanceof String s ? s : "";
            surfaces.computeIfAbsent(canonical, k -> new HashSet<>()).add(surface);
            (Boolean.TRUE.equals(c.get("optional")) ? optional : required).add(canonical);
        }
        optional.removeAll(required);
        Map<String, Set<String>> frozen = new HashMap<>();
        surfaces.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new EventCompanies(frozen, optional);
    }

    private static List<Map<String, Object>> events(Object events, String id) {
        if (!(events instanceof List<?> list)) {
            throw new IllegalStateException(id + ": events is not a list");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object e : list) {
            out.add(object(e, id));
        }
        return out;
    }

    private static Object read(Path file) {
        return JsonValues.read(file);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, Object where) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalStateException(where + ": not a JSON object");
        }
        return (Map<String, Object>) value;
    }

    private static String string(Object v) {
        return v instanceof String s ? s : "";
    }
}
