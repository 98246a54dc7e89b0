package org.zhnews.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Document;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Extractor;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.CustomMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MentionKind;

/** A user's extractor emitting its own kind: the document and the JSON carry it like a built-in. */
class CustomMentionJsonTest {

    private static final MentionKind PRODUCT = MentionKind.of("product");

    /** Every {@code 豆包} is a product of ByteDance, with attributes of each allowed shape. */
    private static final Extractor PRODUCTS = new Extractor() {
        @Override
        public Set<Class<? extends Mention>> produces() {
            return Set.of(CustomMention.class);
        }

        @Override
        public List<? extends Mention> extract(ExtractionContext ctx) {
            List<Mention> out = new ArrayList<>();
            for (int i = ctx.text().indexOf("豆包"); i >= 0; i = ctx.text().indexOf("豆包", i + 1)) {
                Map<String, Object> attributes = new LinkedHashMap<>();
                attributes.put("vendor", "bytedance");
                attributes.put("users", new BigDecimal("6.0E+7"));
                attributes.put("share", 0.25d);
                attributes.put("free", true);
                attributes.put("aliases", List.of("Doubao", "<豆包>"));
                out.add(new CustomMention(ctx.span(i, i + 2), PRODUCT, attributes));
            }
            return out;
        }
    };

    @Test
    void customMentionsAreWrittenLikeTheBuiltIns() {
        Document doc = Pipeline.builder().extractor(PRODUCTS).build().analyze("用户打开豆包。");
        String json = doc.toJson();
        assertTrue(json.contains("\"mentions\":[{\"type\":\"product\",\"text\":\"豆包\",\"start\":4,\"end\":6,"
                + "\"originalStart\":4,\"originalEnd\":6,\"article\":0,\"boilerplate\":false,"
                + "\"aliases\":[\"Doubao\",\"\\u003C豆包\\u003E\"],\"free\":true,\"share\":0.25,\"users\":60000000,"
                + "\"vendor\":\"bytedance\"}],\"events\":[]}"), json);
    }

    @Test
    void theDocumentListsThemByKind() {
        Document doc = Pipeline.builder().extractor(PRODUCTS).build().analyze("豆包和豆包");
        assertEquals(2, doc.mentions(PRODUCT).size());
        assertEquals(2, doc.mentions(MentionKind.of("product")).size());
        assertEquals(0, doc.mentions(MentionKind.COMPANY).size());
        assertEquals(2, doc.mentions(CustomMention.class).size());
        assertEquals(List.of("product", "product"), doc.mentions().stream().map(Mention::type).toList());
    }
}
