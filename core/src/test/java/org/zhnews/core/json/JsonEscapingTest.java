package org.zhnews.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.testkit.RandomText;

/** The JSON writer escapes everything that could break JSON, UTF-8 or an HTML script block. */
class JsonEscapingTest {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pipeline PLAIN = Pipeline.builder().build();

    @Test
    void everyBmpCodeUnitRoundTrips() {
        StringBuilder all = new StringBuilder(0x10000);
        for (int c = 0; c < 0x10000; c++) {
            all.append((char) c); // includes every surrogate, unpaired or accidentally paired
        }
        checkRoundTrip(all.toString(), "all\u0000\uD800</script>");
    }

    @Test
    void adversarialPiecesRoundTrip() {
        String[] pieces = {"", "\uD800", "\uDC00", "\uDC00\uD800", "a\uD83D", "\uDE00b", "\uD83D\uDE00",
            "\uD83D\uD83D\uDE00", "\u2028\u2029", "</script><script>alert(1)</script>", "<!--", "]]>",
            "&amp;", "\u0000\u001F\u007F\u0080\u009F", "\u202E\u2066\u200D\uFEFF", "\"\\\"\\\\", "\uFFFE\uFFFF",
            "\uE000\uF8FF", "e\u0301\u0301\u0301"};
        for (String p : pieces) {
            checkRoundTrip(p, p);
        }
    }

    @Test
    void randomAdversarialDocumentsRoundTrip() {
        RandomText random = new RandomText(new Random(8));
        for (int i = 0; i < 2_000; i++) {
            String text = i % 2 == 0 ? random.next(200) : random.adversarial(200);
            checkRoundTrip(text, random.next(20));
        }
    }

    @Test
    void escapesAreHexForControlsSeparatorsLoneSurrogatesAndMarkup() {
        assertEquals("\"a\\u0000\\u001F\\u007F\\u0085\\u2028\\u2029\\uD800b\\uDC00\"",
                JsonStrings.quote("a\u0000\u001F\u007F\u0085\u2028\u2029\uD800b\uDC00"));
        assertEquals("\"\\u003C/script\\u003E \\u0026\"", JsonStrings.quote("</script> &"));
        assertEquals("\"字\uD83D\uDE00\\t\\n\\r\\\"\\\\\"", JsonStrings.quote("字\uD83D\uDE00\t\n\r\"\\"));
        assertEquals("\"plain 文本\"", JsonStrings.quote("plain 文本"));
    }

    /** Writes a document of {@code text} named {@code source}, checks the JSON and parses it back. */
    private static void checkRoundTrip(String text, String source) {
        Document doc = PLAIN.analyze(text, source);
        String json = DocumentJson.toJson(doc, true);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029' || c == '<' || c == '>'
                    || c == '&') {
                fail("raw U+" + Integer.toHexString(c) + " at " + i + " of the JSON");
            }
        }
        assertFalse(json.contains("\n"));
        try {
            StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(json));
        } catch (CharacterCodingException e) {
            fail("the JSON is not valid UTF-16/UTF-8 text: " + e);
        }
        List<String> values = strings(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(source, values.get(values.indexOf("source") + 1));
        assertEquals(text, values.get(values.indexOf("text") + 1));
    }

    /** Field names and string values, in order, parsed from UTF-8 bytes. */
    private static List<String> strings(byte[] utf8) {
        List<String> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(ByteBuffer.wrap(utf8).array())) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING) {
                    out.add(p.getText());
                }
            }
        } catch (IOException e) {
            throw new AssertionError("invalid JSON: " + e.getMessage(), e);
        }
        assertTrue(out.contains("text"));
        return out;
    }
}
