package org.zhnews.extract.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhnews.core.ExtractionContext;
import org.zhnews.text.number.NumberMatch;

/** A document's figures are scanned once and shared, unmodifiable, by the money and metric extractors. */
class FiguresSharedTest {

    private static final String TEXT = "公司营收达35亿元，同比增长12%，用户超过3000万。";

    @Test
    void oneScanPerDocumentAndCurrencyTable() {
        ExtractionContext ctx = ExtractionContext.of(TEXT);
        List<NumberMatch> first = Figures.of(ctx, Currencies.defaults());
        assertSame(first, Figures.of(ctx, Currencies.defaults()));
        assertEquals(Figures.scan(TEXT, Currencies.defaults()), first);
        assertEquals(3, first.size());
        assertThrows(UnsupportedOperationException.class, () -> first.remove(0));
    }

    @Test
    void anotherDocumentIsScannedAfresh() {
        List<NumberMatch> one = Figures.of(ExtractionContext.of(TEXT), Currencies.defaults());
        List<NumberMatch> other = Figures.of(ExtractionContext.of("出货量为6840万台。"), Currencies.defaults());
        assertEquals(1, other.size());
        assertEquals(3, one.size());
    }
}
