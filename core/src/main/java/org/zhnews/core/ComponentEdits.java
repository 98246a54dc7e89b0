package org.zhnews.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.zhnews.core.structure.StructureAnalyzer;

/**
 * The edits {@link Pipeline.Builder} makes to its component lists by type: replace the one
 * component of a type, remove every component of a type; and the message that lists what a
 * builder holds when no component matches. Stateless.
 */
final class ComponentEdits {

    private ComponentEdits() {
    }

    /**
     * Replaces the one element of {@code list} that is an instance of {@code type}, in place.
     *
     * @throws IllegalArgumentException if none or several are
     */
    static <C> void replaceOne(List<C> list, Class<? extends C> type, C replacement, String family) {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(replacement, "replacement must not be null");
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (type.isInstance(list.get(i))) {
                at.add(i);
            }
        }
        if (at.size() != 1) {
            throw new IllegalArgumentException((at.isEmpty() ? "no " : at.size() + " ") + family
                    + "s of type " + type.getName() + " to replace (the " + family + "s: " + names(list)
                    + ")" + (at.isEmpty() ? "" : "; name a more specific type"));
        }
        list.set(at.get(0), replacement);
    }

    /** Removes every element of {@code list} that is an instance of {@code type}; how many. */
    static int removeAll(List<?> list, Class<?> type) {
        int before = list.size();
        list.removeIf(type::isInstance);
        return before - list.size();
    }

    /** The message for a type that matches no component of a builder holding these. */
    static String noneOfType(Class<?> type, List<Normalizer> normalizers, List<Extractor> extractors,
                             StructureAnalyzer structure) {
        return "no normalizer, extractor or structure step of type " + type.getName() + " (normalizers: "
                + names(normalizers) + "; extractors: " + names(extractors) + "; structure step: "
                + (structure == null ? "none" : structure.name()) + ")";
    }

    private static String names(List<?> components) {
        if (components.isEmpty()) {
            return "none";
        }
        return components.stream().map(ComponentEdits::name).collect(Collectors.joining(", "));
    }

    private static String name(Object c) {
        if (c instanceof Normalizer n) {
            return n.name();
        }
        return c instanceof Extractor x ? x.name() : c.getClass().getSimpleName();
    }
}
