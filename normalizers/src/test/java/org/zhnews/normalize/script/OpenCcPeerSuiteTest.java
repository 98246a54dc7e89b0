package org.zhnews.normalize.script;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs OpenCC's own test cases ({@code ../shared/peer-specs/opencc/testcases.flat.tsv}) through
 * the normalizer configured like each OpenCC configuration, prints the pass rate per
 * configuration and writes the failures to {@code target/peer-opencc-failures.tsv}.
 *
 * <p>Mapping: t2s, tw2s, hk2s -> SIMPLIFIED_MAINLAND without regional phrases; tw2sp, hk2sp ->
 * SIMPLIFIED_MAINLAND; s2t, tw2t, hk2t -> TRADITIONAL; s2tw, t2tw -> TRADITIONAL_TAIWAN without
 * phrases; s2twp -> TRADITIONAL_TAIWAN; s2hk, t2hk -> TRADITIONAL_HONG_KONG without phrases;
 * s2hkp -> TRADITIONAL_HONG_KONG. Japanese (jp2t, t2jp) is not supported.
 */
@Tag("shared")
class OpenCcPeerSuiteTest {

    /**
     * Pass counts measured when the suite was last reviewed (see normalizers/PEER-OPENCC.md):
     * t2s 54/55, tw2s 31/32, hk2s 21/21 and tw2sp 51/53 are all at or above the 95 % goal, so a
     * regression below these floors also misses the goal.
     */
    private static final Map<String, Integer> FLOORS = Map.of(
            "t2s", 54, "tw2s", 31, "hk2s", 21, "tw2sp", 51, "hk2sp", 7, "s2twp", 31,
            "s2tw", 29, "s2t", 46, "s2hk", 20);

    static final Map<String, ScriptNormalizer> CONFIGS = new LinkedHashMap<>();

    static {
        ScriptNormalizer sChars = ScriptNormalizer.builder().regionalPhrases(false).build();
        ScriptNormalizer sPhr = ScriptNormalizer.builder().build();
        ScriptNormalizer t = ScriptNormalizer.builder().target(ScriptTarget.TRADITIONAL).build();
        ScriptNormalizer twChars = ScriptNormalizer.builder().target(ScriptTarget.TRADITIONAL_TAIWAN)
                .regionalPhrases(false).build();
        ScriptNormalizer twPhr = ScriptNormalizer.builder().target(ScriptTarget.TRADITIONAL_TAIWAN).build();
        ScriptNormalizer hkChars = ScriptNormalizer.builder()
                .target(ScriptTarget.TRADITIONAL_HONG_KONG).regionalPhrases(false).build();
        ScriptNormalizer hkPhr = ScriptNormalizer.builder().target(ScriptTarget.TRADITIONAL_HONG_KONG).build();
        CONFIGS.put("t2s", sChars);
        CONFIGS.put("tw2s", sChars);
        CONFIGS.put("hk2s", sChars);
        CONFIGS.put("tw2sp", sPhr);
        CONFIGS.put("hk2sp", sPhr);
        CONFIGS.put("s2t", t);
        CONFIGS.put("tw2t", t);
        CONFIGS.put("hk2t", t);
        CONFIGS.put("s2tw", twChars);
        CONFIGS.put("t2tw", twChars);
        CONFIGS.put("s2twp", twPhr);
        CONFIGS.put("s2hk", hkChars);
        CONFIGS.put("t2hk", hkChars);
        CONFIGS.put("s2hkp", hkPhr);
    }

    static Path shared() {
        return org.zhnews.testkit.SharedDir.root();
    }

    @Test
    void openCcTestCases() throws IOException {
        List<String> lines = Files.readAllLines(
                shared().resolve("peer-specs/opencc/testcases.flat.tsv"), StandardCharsets.UTF_8);
        Map<String, int[]> rates = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            ScriptNormalizer n = CONFIGS.get(f[1]);
            int[] r = rates.computeIfAbsent(f[1], k -> new int[2]);
            r[1]++;
            if (n == null) {
                continue;
            }
            String got = n.normalize(f[2]).text();
            if (got.equals(f[3])) {
                r[0]++;
            } else {
                failures.add(f[0] + "\t" + f[1] + "\t" + f[2] + "\t" + f[3] + "\t" + got);
            }
        }
        StringBuilder report = new StringBuilder("OpenCC peer suite (config pass/total):\n");
        rates.forEach((cfg, r) -> report.append(String.format("  %-6s %3d/%3d %5.1f%%%s%n", cfg,
                r[0], r[1], 100.0 * r[0] / r[1], CONFIGS.containsKey(cfg) ? "" : " (unsupported)")));
        System.out.print(report);
        Path out = Path.of("target", "peer-opencc-failures.tsv");
        Files.createDirectories(out.getParent());
        Files.write(out, failures, StandardCharsets.UTF_8);
        FLOORS.forEach((cfg, floor) -> assertTrue(rates.get(cfg)[0] >= floor,
                cfg + " fell below " + floor + "\n" + report));
    }
}
