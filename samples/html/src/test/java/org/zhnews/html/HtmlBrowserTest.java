package org.zhnews.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.html.Toys.Rule;
import org.zhnews.testkit.SharedDir;

/**
 * Loads rendered pages in a headless Debian Chromium through the system chromedriver (never a
 * downloaded one) and checks what a reader gets: every highlight shows its mention's surface,
 * the console has no errors, markup in the input stays text and runs nothing. Screenshots go to
 * {@code target/browser/}. Run with {@code -Pbrowser}; needs {@code chromium} and
 * {@code chromium-driver}.
 */
@Tag("browser")
class HtmlBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path OUT = Path.of("target", "browser");
    private static final HtmlRenderer RENDERER = HtmlRenderer.create();

    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser profile needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Files.createDirectories(OUT);
        profile = Files.createTempDirectory("zhnews-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void seedPageShowsEveryMentionAsItsSurface() throws IOException {
        List<Path> seeds;
        try {
            seeds = SharedDir.seeds();
        } catch (IllegalStateException e) {
            Assumptions.abort("no ../shared corpus here: " + e.getMessage());
            return;
        }
        Assumptions.assumeFalse(seeds.isEmpty(), "no seeds");
        Path seed = seeds.get(0);
        Document doc = ZhNews.pipeline().analyze(seed);
        assertTrue(doc.mentions().size() > 10, "a seed names many things: " + doc);
        load(doc, "seed-000");
    }

    @Test
    void sampleCorpusPageShowsEveryMentionAsItsSurface() throws IOException {
        Path sample = Path.of("..", "corpus", "01-alibaba-qwen-release.txt");
        Document doc = ZhNews.pipeline().analyze(sample);
        assertTrue(doc.mentions().size() > 5, doc.toString());
        load(doc, "sample-01");
    }

    @Test
    void markupInTheInputStaysTextAndRunsNothing() throws IOException {
        String text = "<script>alert(1)</script>阿里巴巴发布通义千问2.5,\"><img src=x onerror=alert(1)>"
                + "融资540亿美元<iframe src=\"javascript:alert(2)\"></iframe>\u202Eevil\u202C & 'quotes'\u0000";
        Document doc = ZhNews.pipeline().analyze(text, "\"><img src=x onerror=alert(3)>.txt");
        assertFalse(doc.mentions().isEmpty());
        load(doc, "adversarial");
        Object injected = driver.executeScript(
                "return document.querySelectorAll('img, script, iframe, object, embed, svg image').length");
        assertEquals(0L, injected);
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        String shown = (String) driver.executeScript("return document.getElementById('text').textContent");
        assertTrue(shown.startsWith("<script>alert(1)</script>"), shown);
        assertTrue(shown.contains("\"><img src=x onerror=alert(1)>"), shown);
        assertTrue(((String) driver.executeScript("return document.title")).contains("<img"));
    }

    @Test
    void nestedAndCrossingHighlightsJoinToTheirSurfaces() throws IOException {
        Pipeline p = Toys.pipeline(new Rule("阿里通义千问团队", Toys.company("alibaba", "阿里巴巴", "Alibaba")),
                new Rule("通义千问", Toys.model("Qwen", null, "alibaba")),
                new Rule("增长35%", Toys.metric("35", MetricUnit.PERCENT)),
                new Rule("35%的股份", Toys.company("x", "股份", null)),
                new Rule("的股份和", Toys.money("1", "CNY")));
        Document doc = p.analyze("据阿里通义千问团队介绍,收入增长35%的股份和利润。\r\n第二行\n===\n【广告】阿里通义千问团队");
        load(doc, "overlaps");
    }

    @Test
    void consoleErrorsAreSeenByTheCheck() throws IOException {
        Document doc = Toys.standard().analyze("阿里巴巴");
        load(doc, "probe");
        driver.executeScript("console.error('zhnews-probe')");
        List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertTrue(severe.stream().anyMatch(m -> m.contains("zhnews-probe")), severe.toString());
    }

    /** A JSON array of arrays of strings, as returned by {@code JSON.stringify}. */
    private static List<List<String>> json(Object value) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser((String) value)) {
            assertEquals(JsonToken.START_ARRAY, p.nextToken());
            while (p.nextToken() == JsonToken.START_ARRAY) {
                List<String> row = new ArrayList<>();
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    row.add(p.getText());
                }
                out.add(row);
            }
        }
        return out;
    }

    /** Renders {@code doc}, loads it, checks the highlights and the console, saves a screenshot. */
    private static void load(Document doc, String name) throws IOException {
        Path page = OUT.resolve(name + ".html");
        String html = RENDERER.render(doc);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 30; i++) {
            long t = System.nanoTime();
            RENDERER.render(doc);
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf("%s: %d chars, %d mentions, %d warnings -> page of %d chars rendered in %.2f ms%n", name,
                doc.original().length(), doc.mentions().size(), doc.warnings().size(), html.length(), best / 1e6);
        Files.writeString(page, html, StandardCharsets.UTF_8);
        driver.get(page.toAbsolutePath().toUri().toString());

        // strings come back as JSON: the WebDriver wire would turn a carriage return into a newline
        List<List<String>> marks = json(driver.executeScript(
                "return JSON.stringify(Array.from(document.querySelectorAll('#text mark[data-m]'))"
                        + ".map(e => [e.dataset.m, e.dataset.start, e.dataset.end, e.textContent]));"));
        Map<Integer, StringBuilder> joined = new LinkedHashMap<>();
        for (List<String> m : marks) {
            int k = Integer.parseInt(m.get(0));
            Mention mention = doc.mentions().get(k);
            assertEquals(Integer.toString(mention.originalStart()), m.get(1));
            assertEquals(Integer.toString(mention.originalEnd()), m.get(2));
            joined.computeIfAbsent(k, x -> new StringBuilder()).append(m.get(3));
        }
        assertEquals(doc.mentions().size(), joined.size(), name + ": one highlight per mention");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Integer, StringBuilder> e : joined.entrySet()) {
            String surface = doc.mentions().get(e.getKey()).text();
            String shown = e.getValue().toString();
            // fragments of one mention never nest in each other, so their texts joined are its surface
            if (!shown.equals(HtmlText.display(surface))) {
                wrong.add(e.getKey() + ": " + surface + " shown as " + shown);
            }
        }
        assertTrue(wrong.isEmpty(), name + ": " + wrong);
        String text = json(driver.executeScript(
                "return JSON.stringify([[document.getElementById('text').textContent]])")).get(0).get(0);
        assertEquals(HtmlText.display(doc.original()), text, name + ": the text panel shows the original");

        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertEquals(List.of(), errors, name + ": console errors");

        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, (int) Math.min(4000, height + 40)));
        Files.write(OUT.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    }
}
