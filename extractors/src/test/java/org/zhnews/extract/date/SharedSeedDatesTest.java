package org.zhnews.extract.date;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Document;
import org.zhnews.core.mention.DateMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.testkit.ConsistencyKit;
import org.zhnews.testkit.SharedDir;

/**
 * The dates of every seed through the default pipeline plus {@link DateExtractor}, listed in
 * {@code target/dates-seeds.md}; checks only sanity (no date overlaps a model or lies in money).
 */
@Tag("shared")
class SharedSeedDatesTest {

    @Test
    void listsTheDatesOfEverySeed() throws IOException {
        StringBuilder md = new StringBuilder("# Dates in the seeds (default pipeline + DateExtractor, no publication date given)\n");
        int total = 0;
        for (Path seed : SharedDir.seeds()) {
            Document doc = DateCasesTest.PIPELINE.analyze(Files.readAllBytes(seed), seed.getFileName().toString());
            ConsistencyKit.checkDocument(doc);
            md.append("\n## ").append(seed.getFileName()).append(" (").append(doc.dates().size()).append(" dates)\n\n")
                    .append("| original offset | surface | value | granularity | relative | modifier |\n")
                    .append("|---|---|---|---|---|---|\n");
            for (DateMention d : doc.dates()) {
                total++;
                md.append("| ").append(d.originalStart()).append(" | ").append(d.text()).append(" | ")
                        .append(d.value().map(Object::toString).orElse("?")).append(" | ")
                        .append(d.granularity().jsonName()).append(" | ").append(d.relative()).append(" | ")
                        .append(d.modifier().orElse("")).append(" |\n");
                for (ModelMention m : doc.models()) {
                    assertFalse(d.start() < m.end() && m.start() < d.end(), d + " overlaps model " + m);
                }
                for (MoneyMention m : doc.money()) {
                    assertFalse(m.start() <= d.start() && d.end() <= m.end(), d + " lies in money " + m);
                }
            }
        }
        assertTrue(total > 20, "only " + total + " dates in the seeds");
        Path out = Path.of("target", "dates-seeds.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md, StandardCharsets.UTF_8);
        System.out.println(md);
    }
}
