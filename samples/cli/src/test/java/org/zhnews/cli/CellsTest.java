package org.zhnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhnews.core.mention.DateGranularity;
import org.zhnews.core.mention.DateMention;
import org.zhnews.core.mention.DateValue;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Qualifier;
import org.zhnews.core.mention.Span;

class CellsTest {

    @Test
    void plainNumbersHaveSeparatorsAndNoExponent() {
        assertEquals("54,000,000,000", Cells.plain(new BigDecimal("5.4E+10")));
        assertEquals("393.9", Cells.plain(new BigDecimal("393.90")));
        assertEquals("-1,234.5", Cells.plain(new BigDecimal("-1234.5")));
        assertEquals("100", Cells.plain(new BigDecimal("100")));
    }

    @Test
    void parameterCountsAreShort() {
        assertEquals("235B", Cells.compact(new BigDecimal("235000000000")));
        assertEquals("1.5T", Cells.compact(new BigDecimal("1500000000000")));
        assertEquals("7B", Cells.compact(new BigDecimal("7E+9")));
        assertEquals("1,234,567", Cells.compact(new BigDecimal("1234567")));
    }

    @Test
    void moneyShowsAmountCurrencyQualifierAndRange() {
        Span span = new Span("100多亿美元", 0, 7, 0, 7);
        MoneyMention m = new MoneyMention(span, Optional.of(new BigDecimal("1E+10")), "USD", Qualifier.MORE_THAN,
                Optional.of(new BigDecimal("1E+10")), Optional.of(new BigDecimal("2E+10")));
        assertEquals("10,000,000,000 USD more_than [10,000,000,000..20,000,000,000]", Cells.normalized(m));
    }

    @Test
    void datesShowValueGranularityAndRelative() {
        Span span = new Span("今年5月", 0, 4, 0, 4);
        assertEquals("2024-05 month (relative)", Cells.normalized(new DateMention(span,
                Optional.of(DateValue.month(2024, 5)), DateGranularity.MONTH, true, Optional.empty())));
        assertEquals("? month (relative)", Cells.normalized(new DateMention(span,
                Optional.empty(), DateGranularity.MONTH, true, Optional.empty())));
    }
}
