package org.zhnews.extract.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Parses the alias columns of the knowledge-base files: {@code |}-separated surfaces, where a
 * leading {@code ~} marks a surface that only counts with context (a common word, number or
 * unit) and a leading {@code =} one that must match with exact case.
 */
final class Surfaces {

    private final List<String> plain = new ArrayList<>();
    private final Set<String> contextOnly = new LinkedHashSet<>();
    private final Set<String> exactCase = new LinkedHashSet<>();

    static Surfaces parse(List<String> column) {
        Surfaces s = new Surfaces();
        for (String raw : column) {
            String v = raw;
            boolean context = false;
            boolean exact = false;
            while (!v.isEmpty() && (v.charAt(0) == '~' || v.charAt(0) == '=')) {
                context |= v.charAt(0) == '~';
                exact |= v.charAt(0) == '=';
                v = v.substring(1).strip();
            }
            if (v.isEmpty()) {
                continue;
            }
            if (!s.plain.contains(v)) {
                s.plain.add(v);
            }
            if (context) {
                s.contextOnly.add(v);
            }
            if (exact) {
                s.exactCase.add(v);
            }
        }
        return s;
    }


    /** Hands each surface to the right builder method (a surface both {@code ~} and {@code =} goes to both). */
    void addTo(Consumer<String> plainAlias, Consumer<String> contextOnlyAlias, Consumer<String> exactCaseAlias) {
        for (String a : plain) {
            boolean context = contextOnly.contains(a);
            boolean exact = exactCase.contains(a);
            if (context) {
                contextOnlyAlias.accept(a);
            } else if (!exact) {
                plainAlias.accept(a);
            }
            if (exact) {
                exactCaseAlias.accept(a);
            }
        }
    }

    List<String> values() {
        return plain;
    }

    Set<String> contextOnly() {
        return contextOnly;
    }

    Set<String> exactCase() {
        return exactCase;
    }
}
