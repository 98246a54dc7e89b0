package org.zhnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events in the table and {@code --only event}, on an invented funding round. */
class EventTableTest {

    private static final String FUNDING = "镜界科技宣布完成2亿美元B轮融资，由高瓴创投领投，美团龙珠跟投。";
    private static final String EVENT_LINE = "company=镜界科技 round=b amount=2亿美元(USD 200000000) "
            + "investors=高瓴创投,美团龙珠 lead=高瓴创投";

    @TempDir
    Path dir;

    private List<String> run(String... args) throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, FUNDING);
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = f.toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(all, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return out.toString().lines().toList();
    }

    private static List<String> eventLines(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("  funding")).toList();
    }

    @Test
    void tablePrintsTheFundingRoundAfterTheMentions() throws IOException {
        List<String> lines = run("analyze");
        assertTrue(lines.get(1).endsWith("· 4 mentions · 1 event"), lines.get(1));
        int heading = lines.indexOf("  events:");
        assertTrue(heading > lines.indexOf(lines.stream().filter(l -> l.contains("美团龙珠  dragonball")).findFirst()
                .orElseThrow()), String.join("\n", lines));
        List<String> events = eventLines(lines);
        assertEquals(1, events.size(), String.join("\n", lines));
        assertEquals(List.of("funding", "B轮", "stated"), List.of(events.get(0).strip().split(" +")).subList(0, 3));
        assertTrue(events.get(0).endsWith(EVENT_LINE), events.get(0));
        assertEquals("Total: 1 document · 4 mentions (company 3, money 1) · 1 event · 0 warnings",
                lines.get(lines.size() - 1));
    }

    @Test
    void onlyEventPrintsTheEventsWithoutMentionRows() throws IOException {
        List<String> lines = run("analyze", "--only", "event");
        assertTrue(lines.get(1).endsWith("· 0 mentions · 1 event"), lines.get(1));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("  company")), String.join("\n", lines));
        assertTrue(eventLines(lines).get(0).endsWith(EVENT_LINE), String.join("\n", lines));
        assertEquals("Total: 1 document · 1 event · 0 warnings", lines.get(lines.size() - 1));
    }

    @Test
    void onlyMentionTypesLeaveTheEventsOutOfTheTable() throws IOException {
        List<String> lines = run("analyze", "--only", "company,money");
        assertFalse(lines.contains("  events:"), String.join("\n", lines));
        assertTrue(eventLines(lines).isEmpty());
        assertFalse(lines.get(1).contains("event"), lines.get(1));
        assertEquals("Total: 1 document · 4 mentions (company 3, money 1) · 0 warnings", lines.get(lines.size() - 1));
    }

    @Test
    void jsonOnlyEventKeepsTheEventsAndEmptiesTheMentions() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode only = mapper.readTree(run("analyze", "--json", "--only", "event").get(0));
        assertEquals(0, only.get("mentions").size(), only.toString());
        assertEquals(1, only.get("events").size(), only.toString());
        JsonNode e = only.get("events").get(0);
        assertEquals("funding", e.get("kind").asText());
        assertEquals("b", e.get("round").asText());
        assertEquals(200000000L, e.get("amount").get("amount").asLong());
        JsonNode companies = mapper.readTree(run("analyze", "--json", "--only", "company").get(0));
        assertEquals(3, companies.get("mentions").size(), companies.toString());
        assertEquals(only.get("events"), companies.get("events"), "mention types leave the events array whole");
    }
}
