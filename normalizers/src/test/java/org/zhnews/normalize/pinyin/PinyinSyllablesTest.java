package org.zhnews.normalize.pinyin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PinyinSyllablesTest {

    private static final PinyinSyllables STANDARD = PinyinSyllables.standard();

    private static Optional<PinyinSyllables.Syllable> parse(String s) {
        return STANDARD.parse(s, 0, s.length());
    }

    @Test
    void inventoryHasTheStandardSyllables() {
        assertTrue(STANDARD.size() >= 400 && STANDARD.size() <= 420, "size " + STANDARD.size());
        for (String s : List.of("a", "ai", "an", "er", "lüe", "nüe", "lü", "nü", "zuo", "zhuang", "yo")) {
            assertTrue(STANDARD.contains(s), s);
        }
        for (String s : List.of("lue", "fai", "gin", "ng", "v", "tia")) {
            assertTrue(!STANDARD.contains(s), s);
        }
    }

    @ParameterizedTest
    @CsvSource({"chuàng, chuang, 4", "lǜ, lü, 4", "nüè, nüe, 4", "de, de, 0", "ér, er, 2", "xiū, xiu, 1",
        "huì, hui, 4", "lv, lü, 0", "nve, nüe, 0", "gǒu, gou, 3", "yuē, yue, 1"})
    void readsValidSyllables(String written, String base, int tone) {
        assertEquals(Optional.of(new PinyinSyllables.Syllable(base, tone)), parse(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chùang", "xīu", "hùi", "goú", "lǘe", "lv̀", "lù:", "lu:", "āá", "Chuàng", "NLP",
        "ai ", "zhuangg", "chuang4", "ng", "ň", "\u0301a"})
    void rejectsEverythingElse(String written) {
        assertEquals(Optional.empty(), parse(written));
    }

    @ParameterizedTest
    @CsvSource({"chuang, 3", "guo, 2", "hui, 2", "liu, 2", "lüe, 2", "gou, 1", "er, 0", "xiong, 2"})
    void marksGoWhereOrthographyPutsThem(String base, int position) {
        assertEquals(position, PinyinSyllables.markPosition(base));
    }

    @Test
    void customInventoriesAreChecked() {
        assertTrue(PinyinSyllables.of(List.of("ma")).parse("mā", 0, 2).isPresent());
        assertThrows(IllegalArgumentException.class, () -> PinyinSyllables.of(List.of("Ma")));
    }
}
