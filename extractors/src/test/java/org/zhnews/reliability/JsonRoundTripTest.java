package org.zhnews.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Warning;
import org.zhnews.core.json.DocumentJson;
import org.zhnews.core.mention.Mention;
import org.zhnews.testkit.RandomText;

/**
 * The analysis JSON of adversarial documents through the default pipeline, written as UTF-8 and
 * parsed back with Jackson, gives exactly the strings of the document: source, normalized text,
 * every mention's text and every warning's message. No raw control, line separator or markup
 * character appears in it.
 */
class JsonRoundTripTest {

    private static final JsonFactory JSON = new JsonFactory();

    @Test
    void adversarialDocumentsSurviveTheJsonUnchanged() throws IOException {
        RandomText random = new RandomText(new Random(2028));
        int mentions = 0;
        for (int i = 0; i < 3_000; i++) {
            Document doc = switch (i % 3) {
                case 0 -> ZhNews.pipeline().analyze(random.adversarial(400), random.adversarial(12));
                case 1 -> ZhNews.pipeline().analyze(random.next(300) + "</script><!--\u2028" + random.clean(100), "a</script>");
                default -> ZhNews.pipeline().analyze(random.nextBytes(300), "b\u2029\uD800");
            };
            String json = DocumentJson.toJson(doc, true);
            for (int k = 0; k < json.length(); k++) {
                char c = json.charAt(k);
                assertTrue(c >= 0x20 && !(c >= 0x7F && c <= 0x9F) && c != '\u2028' && c != '\u2029' && c != '<'
                        && c != '>' && !Character.isSurrogate(c) || Character.isSurrogate(c) && isPaired(json, k),
                        "raw U+" + Integer.toHexString(c) + " in " + json);
            }
            Parsed back = parse(json.getBytes(StandardCharsets.UTF_8));
            assertEquals(doc.source().orElse(null), back.source);
            assertEquals(doc.text(), back.text);
            assertEquals(doc.mentions().stream().map(Mention::text).toList(), back.mentionTexts);
            assertEquals(doc.warnings().stream().map(Warning::message).toList(), back.warningMessages);
            mentions += doc.mentions().size();
        }
        assertTrue(mentions > 100, "the documents should hold mentions: " + mentions);
    }

    private static boolean isPaired(String s, int k) {
        char c = s.charAt(k);
        return Character.isHighSurrogate(c) ? k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1))
                : k > 0 && Character.isHighSurrogate(s.charAt(k - 1));
    }

    /** The strings of one analysis JSON object. */
    private static final class Parsed {
        String source;
        String text;
        final List<String> mentionTexts = new ArrayList<>();
        final List<String> warningMessages = new ArrayList<>();
    }

    private static Parsed parse(byte[] utf8) throws IOException {
        Parsed out = new Parsed();
        try (JsonParser p = JSON.createParser(utf8)) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "source" -> out.source = value == JsonToken.VALUE_NULL ? null : p.getText();
                    case "text" -> out.text = p.getText();
                    case "mentions" -> readArray(p, "text", out.mentionTexts);
                    case "warnings" -> readArray(p, "message", out.warningMessages);
                    default -> p.skipChildren();
                }
            }
        }
        return out;
    }

    /** From an array of objects, the string field {@code field} of each. */
    private static void readArray(JsonParser p, String field, List<String> out) throws IOException {
        while (p.nextToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals(field)) {
                    out.add(p.getText());
                } else {
                    p.skipChildren();
                }
            }
        }
    }
}
