package org.zhnews.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one of the shared scoring scripts ({@code score.py}, {@code score_events.py}) with
 * {@code python3} and reads its summary lines, for the tests that check the Java scorers agree
 * with them. A machine without {@code python3} skips the calling test (an assumption fails).
 */
final class ScoreScripts {

    private ScoreScripts() {
    }

    /**
     * The script's summary lines that match {@code line}, by their first group (the kind).
     *
     * @throws AssertionError if the script exits with an error
     */
    static Map<String, Matcher> run(Path script, Path jsonl, Path goldDir, Pattern line) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("python3", script.toString(), jsonl.toString(), goldDir.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 cannot be started: " + e.getMessage());
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String name = script.getFileName().toString();
        assumeTrue(p.waitFor(120, TimeUnit.SECONDS), name + " did not finish");
        assertEquals(0, p.exitValue(), () -> name + " failed:\n" + out);
        Map<String, Matcher> byKind = new LinkedHashMap<>();
        for (String text : out.split("\n")) {
            Matcher m = line.matcher(text.strip());
            if (m.matches()) {
                byKind.put(m.group(1), m);
            }
        }
        return byKind;
    }
}
