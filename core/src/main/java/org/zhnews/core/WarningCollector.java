package org.zhnews.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects a document's warnings, keeping at most a fixed number per code. */
final class WarningCollector {

    static final int MAX_PER_CODE = 100;

    private final List<Warning> kept = new ArrayList<>();
    private final Map<WarningCode, Integer> counts = new EnumMap<>(WarningCode.class);

    void add(Warning w) {
        int n = counts.merge(w.code(), 1, Integer::sum);
        if (n <= MAX_PER_CODE) {
            kept.add(w);
        }
    }

    void addAll(List<Warning> ws) {
        ws.forEach(this::add);
    }

    List<Warning> toList() {
        Map<String, Integer> dropped = new TreeMap<>();
        counts.forEach((code, n) -> {
            if (n > MAX_PER_CODE) {
                dropped.put(code.jsonName(), n - MAX_PER_CODE);
            }
        });
        if (dropped.isEmpty()) {
            return kept;
        }
        List<Warning> out = new ArrayList<>(kept);
        out.add(Warning.of(WarningCode.WARNINGS_TRUNCATED, "more warnings of the same codes not listed: " + dropped));
        return out;
    }
}
