package org.zhnews.core.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MentionKindTest {

    @Test
    void builtInNamesAreTheJsonTypes() {
        assertEquals(List.of("company", "model", "money", "metric", "date"),
                MentionKind.builtIn().stream().map(MentionKind::name).toList());
        for (MentionKind k : MentionKind.builtIn()) {
            assertSame(k, MentionKind.of(k.name()));
            assertTrue(k.isBuiltIn());
            assertEquals(k.name(), k.toString());
        }
    }

    @Test
    void customKindsAreEqualByName() {
        MentionKind product = MentionKind.of("product");
        assertEquals(product, MentionKind.of("product"));
        assertEquals(product.hashCode(), MentionKind.of("product").hashCode());
        assertNotEquals(product, MentionKind.of("product_line"));
        assertFalse(product.isBuiltIn());
        assertEquals("product", product.name());
        assertEquals(MentionKind.of("x9_y"), MentionKind.of("x9_y"));
    }

    @Test
    void namesAreLowerCaseIdentifiers() {
        for (String bad : List.of("", "Product", "9lives", "_x", "product-line", "产品", "a b",
                "x".repeat(MentionKind.MAX_NAME_LENGTH + 1))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MentionKind.of(bad));
            assertTrue(e.getMessage().contains("lower-case identifier"), e.getMessage());
        }
        assertEquals(MentionKind.MAX_NAME_LENGTH, MentionKind.of("x".repeat(MentionKind.MAX_NAME_LENGTH)).name().length());
        assertThrows(NullPointerException.class, () -> MentionKind.of(null));
    }

    @Test
    void everyBuiltInRecordNamesItsKind() {
        Span s = new Span("x", 0, 1, 0, 1);
        assertEquals(MentionKind.COMPANY, new CompanyMention(s, "x", Optional.empty()).kind());
        assertEquals("company", new CompanyMention(s, "x", Optional.empty()).type());
        MetricMention metric = new MetricMention(s, Optional.of(BigDecimal.ONE), MetricUnit.PERCENT,
                Optional.of("growth"), Qualifier.EXACT, Optional.empty(), Optional.empty());
        assertEquals(MentionKind.METRIC, metric.kind());
        assertEquals(Optional.of("growth"), metric.measure());
        assertEquals(MentionKind.MONEY, new MoneyMention(s, Optional.empty(), "CNY", Qualifier.EXACT,
                Optional.empty(), Optional.empty()).kind());
        assertEquals(MentionKind.DATE, new DateMention(s, Optional.empty(), DateGranularity.YEAR, true,
                Optional.empty()).kind());
    }
}
