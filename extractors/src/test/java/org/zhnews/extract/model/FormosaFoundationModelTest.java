package org.zhnews.extract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhnews.extract.model.OpenModelNamesTest.models;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Taiwan AI Cloud's Formosa Foundation Model (福爾摩沙大模型, FFM): its Chinese name and the
 * exact-case FFM are the family; 福爾摩沙 alone (Formosa, Taiwan) and a lower-case ffm are no
 * model without the vendor in context. Sentences written for these tests.
 */
class FormosaFoundationModelTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            台智雲發表福爾摩沙大模型，企業可在地端部署FFM。 | 福爾摩沙大模型=FFM/-/-@taiwan-ai-cloud FFM=FFM/-/-@taiwan-ai-cloud
            """)
    void findsTheFamily(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "福爾摩沙是葡萄牙水手對台灣的稱呼。",
            "The ffm tool converts audio files.",
    })
    void formosaAloneAndLowerCaseFfmAreNoModel(String text) {
        assertEquals("", models(text));
    }
}
