package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zhnews.extract.eval.ClueNerReader;
import org.zhnews.extract.eval.ClueNerRecord;
import org.zhnews.testkit.SharedDir;

/**
 * Span-level precision and recall of {@link UnknownCompanyFinder} alone on the CLUENER2020 dev
 * set (label {@code company}; the file's offsets are end-inclusive). Prints the standard
 * settings and a few alternatives, writes misses and extras of the standard settings to
 * {@code target/unknown-company-misses.tsv} and {@code target/unknown-company-extras.tsv}, and
 * asserts the measured numbers as floors.
 */
@Tag("shared")
class UnknownCompanyClueNerTest {

    private record Gold(String text, List<int[]> companies, List<int[]> organizations) {
    }

    private record Score(int gold, int predicted, int exact, int overlapPredicted, int overlapGold,
            int organizationHits, long nanos, long chars) {
        double precision() {
            return predicted == 0 ? 1 : exact / (double) predicted;
        }

        double recall() {
            return exact / (double) gold;
        }

        double lenientPrecision() {
            return predicted == 0 ? 1 : overlapPredicted / (double) predicted;
        }

        double lenientRecall() {
            return overlapGold / (double) gold;
        }

        String line(String name) {
            return String.format("%-34s pred %4d  exact P %.3f R %.3f  overlap P %.3f R %.3f  (org-labelled %d)  %,.0f chars/s",
                    name, predicted, precision(), recall(), lenientPrecision(), lenientRecall(), organizationHits,
                    chars / (nanos / 1e9));
        }
    }

    @Test
    void precisionAndRecallOnClueNerDev() throws IOException {
        List<Gold> dev = read(SharedDir.root().resolve("peer-specs/cluener/dev.jsonl"));
        int goldCount = dev.stream().mapToInt(g -> g.companies().size()).sum();
        assertTrue(goldCount == 378, "CLUENER dev has 378 company spans, read " + goldCount);

        Path target = Path.of("target");
        Files.createDirectories(target);
        UnknownLexicon lexicon = UnknownLexicon.standard();
        Map<String, UnknownCompanyFinder.Settings> variants = new LinkedHashMap<>();
        variants.put("standard", UnknownCompanyFinder.Settings.DEFAULT);
        variants.put("+ntc brands with cue", new UnknownCompanyFinder.Settings(false, true, true));
        variants.put("+custom dictionary", new UnknownCompanyFinder.Settings(true, false, true));
        variants.put("+custom dictionary +brands", new UnknownCompanyFinder.Settings(true, true, true));
        variants.put("no organisation recogniser", new UnknownCompanyFinder.Settings(false, false, false));

        Score standard = null;
        for (Map.Entry<String, UnknownCompanyFinder.Settings> v : variants.entrySet()) {
            UnknownCompanyFinder finder = new UnknownCompanyFinder(lexicon, v.getValue());
            boolean write = standard == null;
            Score s = score(finder, dev, write ? target : null);
            System.out.println("CLUENER dev company (378): " + s.line(v.getKey()));
            if (write) {
                standard = s;
            }
        }
        // speed of the standard finder once warm: best of three passes over every dev text
        UnknownCompanyFinder finder = new UnknownCompanyFinder(lexicon, UnknownCompanyFinder.Settings.DEFAULT);
        long chars = dev.stream().mapToLong(g -> g.text().length()).sum();
        long best = Long.MAX_VALUE;
        for (int pass = 0; pass < 3; pass++) {
            long t0 = System.nanoTime();
            for (Gold g : dev) {
                finder.find(g.text());
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("CLUENER dev company: standard finder, warm: %,d chars in %.0f ms = %,.0f chars/s%n",
                chars, best / 1e6, chars / (best / 1e9));
        // floors: the measured numbers (exact P 0.871, R 0.196) less rounding
        assertTrue(standard.precision() >= 0.87, standard.line("standard"));
        assertTrue(standard.recall() >= 0.195, standard.line("standard"));
        assertTrue(standard.lenientPrecision() >= 0.95, standard.line("standard"));
        assertTrue(standard.lenientRecall() >= 0.21, standard.line("standard"));
    }

    private static Score score(UnknownCompanyFinder finder, List<Gold> dev, Path target) throws IOException {
        int gold = 0;
        int predicted = 0;
        int exact = 0;
        int overlapPredicted = 0;
        int overlapGold = 0;
        int orgHits = 0;
        long chars = 0;
        long nanos = 0;
        List<String> misses = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        for (Gold g : dev) {
            long t0 = System.nanoTime();
            List<CompanyCandidate> found = finder.find(g.text());
            nanos += System.nanoTime() - t0;
            chars += g.text().length();
            gold += g.companies().size();
            predicted += found.size();
            TreeSet<String> goldKeys = new TreeSet<>();
            for (int[] c : g.companies()) {
                goldKeys.add(c[0] + ":" + c[1]);
            }
            TreeSet<String> foundKeys = new TreeSet<>();
            for (CompanyCandidate c : found) {
                String key = c.start() + ":" + c.end();
                foundKeys.add(key);
                if (goldKeys.contains(key)) {
                    exact++;
                } else {
                    extras.add(c.name() + "\t" + c.evidence() + "\t" + g.text());
                    if (overlapsAny(c.start(), c.end(), g.organizations())) {
                        orgHits++;
                    }
                }
                if (overlapsAny(c.start(), c.end(), g.companies())) {
                    overlapPredicted++;
                }
            }
            for (int[] c : g.companies()) {
                boolean hit = false;
                for (CompanyCandidate f : found) {
                    hit |= f.start() < c[1] && c[0] < f.end();
                }
                if (hit) {
                    overlapGold++;
                }
                if (!foundKeys.contains(c[0] + ":" + c[1])) {
                    misses.add(g.text().substring(c[0], c[1]) + "\t" + (hit ? "overlap" : "none") + "\t" + g.text());
                }
            }
        }
        if (target != null) {
            write(target.resolve("unknown-company-misses.tsv"), "# gold company\tfound overlapping\ttext", misses);
            write(target.resolve("unknown-company-extras.tsv"), "# predicted\tevidence\ttext", extras);
        }
        return new Score(gold, predicted, exact, overlapPredicted, overlapGold, orgHits, nanos, chars);
    }

    private static boolean overlapsAny(int s, int e, List<int[]> spans) {
        for (int[] c : spans) {
            if (s < c[1] && c[0] < e) {
                return true;
            }
        }
        return false;
    }

    private static void write(Path file, String header, List<String> lines) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header);
            w.write('\n');
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
    }

    /** Reads dev.jsonl through the evaluation's reader; spans are end-exclusive UTF-16 offsets. */
    private static List<Gold> read(Path file) throws IOException {
        List<Gold> out = new ArrayList<>();
        for (ClueNerRecord r : ClueNerReader.read(file)) {
            out.add(new Gold(r.text(), spans(r, "company"), spans(r, "organization")));
        }
        return out;
    }

    private static List<int[]> spans(ClueNerRecord r, String label) {
        return r.spans().stream().filter(s -> s.label().equals(label))
                .map(s -> new int[] {s.start(), s.end()}).toList();
    }
}
