package org.zhnews.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Full dates (datelines) as the date grammar reads them; the structure step takes its dates from here. */
class FullDatesTest {

    @ParameterizedTest
    @CsvSource({
        "2024年11月28日, 2024-11-28, 0, 11",
        "2024-11-28, 2024-11-28, 0, 10",
        "2024/11/28 09:00, 2024-11-28, 0, 10",
        "2024.11.28, 2024-11-28, 0, 10",
        "发布于2024年1月5日 10:30, 2024-01-05, 3, 12",
        "2024年1月5号, 2024-01-05, 0, 9",
        "时间：2025-3-3, 2025-03-03, 3, 11",
        "2024-02-29, 2024-02-29, 0, 10",
        "版本1.2 发布 2024-11-28, 2024-11-28, 9, 19",
    })
    void findsFullDates(String text, String date, int start, int end) {
        assertEquals(Optional.of(new FullDates.Found(LocalDate.parse(date), start, end)), FullDates.first(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-13-45", "2023-02-29", "12024-11-28", "2024-11-288", "2024年11月", "11月28日",
        "1850-01-01", "2024-11/28", "2024.11.28.3", "Qwen2.5", "iOS 26.1.2", "2024年11月28", ""})
    void rejectsWhatIsNotAFullDate(String text) {
        assertEquals(Optional.empty(), FullDates.first(text));
    }
}
