package org.zhnews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.json.DocumentJson;

/** The mention-to-row mapping, without Spark: rows agree with the analysis JSON. */
class MentionRowsTest {

    private static final String TEXT = "阿里巴巴宣布未来三年投入3800亿元建设云计算基础设施。"
            + "英伟达第三季度营收达到350亿美元（约合人民币2500亿元），同比增长94%。\n"
            + "通义千问Qwen2.5-Max发布后，下载量超过1000万次。"
            + "投资100亿元的是腾讯。这一轮融资约为5亿元，投资方未披露。";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void everyRowHasExactlyTheFieldsAndValuesOfTheJson() throws Exception {
        // GB18030 bytes: the charset is detected, offsets are in the decoded original.
        byte[] bytes = TEXT.getBytes(Charset.forName("GB18030"));
        Document doc = ZhNews.pipeline().analyze(bytes, "a.txt");
        List<MentionRow> rows = MentionRows.mentions(doc, "a.txt");
        JsonNode json = JSON.readTree(DocumentJson.toJson(doc, false));
        JsonNode mentions = json.get("mentions");
        assertEquals(mentions.size(), rows.size());
        assertTrue(rows.size() >= 8, "rows: " + rows);
        List<String> columns = new ArrayList<>();
        for (RecordComponent c : MentionRow.class.getRecordComponents()) {
            columns.add(c.getName());
        }
        for (int i = 0; i < rows.size(); i++) {
            MentionRow row = rows.get(i);
            assertEquals("a.txt", row.source());
            assertEquals(json.get("charset").asText(), row.charset());
            JsonComparison.assertSameMention(mentions.get(i), column(row), columns, "row " + i);
        }
    }

    @Test
    void moneyCarriesExactAmountsAndItsCompany() {
        // the nearest-company rule, which applies to documents without funding events (see EventRowsTest)
        Document doc = ZhNews.pipeline().toBuilder().events(null).build().analyze(TEXT, "t");
        List<MentionRow> money = MentionRows.mentions(doc, "t").stream()
                .filter(r -> r.type().equals("money")).toList();
        assertEquals(List.of("380000000000", "35000000000", "250000000000", "10000000000", "500000000"),
                money.stream().map(MentionRow::amount).toList());
        assertEquals(List.of("CNY", "USD", "CNY", "CNY", "CNY"), money.stream().map(MentionRow::currency).toList());
        assertEquals("alibaba", money.get(0).company());
        assertEquals("nvidia", money.get(1).company());
        assertNull(money.get(1).equivalentOf());
        assertEquals(money.get(1).start(), money.get(2).equivalentOf());
        assertEquals("tencent", money.get(3).company(), "company after the amount in its sentence");
        assertNull(money.get(4).company(), "no company in the sentence");
        assertEquals("approximate", money.get(4).qualifier());
        MentionRow company = MentionRows.mentions(doc, "t").get(0);
        assertEquals("company", company.type());
        assertEquals("alibaba", company.id());
        assertNotNull(company.nameEn());
        assertNull(company.amount());
    }

    @Test
    void decimalsArePlainAndExact() {
        assertEquals("54000000000", MentionRows.plain(new BigDecimal("5.4E+10")));
        assertEquals("393.9", MentionRows.plain(new BigDecimal("393.900")));
        assertEquals("0.000000000001", MentionRows.plain(new BigDecimal("1E-12")));
        assertEquals("123456789012345678901234567890.123456789",
                MentionRows.plain(new BigDecimal("123456789012345678901234567890.123456789")));
    }

    @Test
    void warningsBecomeRows() {
        Document doc = ZhNews.pipeline().analyze(new byte[] {(byte) 0xE4, (byte) 0xB8, 0x41, 0x42}, "bad.txt");
        List<WarningRow> rows = MentionRows.warnings(doc, "bad.txt");
        assertEquals(doc.warnings().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(doc.warnings().get(i).code().jsonName(), rows.get(i).code());
            assertEquals("bad.txt", rows.get(i).source());
        }
    }

    private static Function<String, Object> column(MentionRow row) {
        return name -> {
            try {
                return MentionRow.class.getMethod(name).invoke(row);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        };
    }
}
