package org.zhnews.text.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharFoldTest {

    @Test
    void matchingFoldsWidthSpacesCaseAndScript() {
        String text = "ＯｐｅｎＡＩ\u3000融資億美元\u00A0AI";
        String folded = CharFold.matching().fold(text);
        assertEquals(text.length(), folded.length());
        assertEquals("openai 融资亿美元 ai", folded);
    }

    @Test
    void keepingCaseFoldsEverythingButCase() {
        assertEquals("Q3营收 GPT-4o", CharFold.keepingCase().fold("Ｑ３營收\u3000GPT-4o"));
    }

    @Test
    void charactersSimplifiedTextWritesStayUnlessTheScriptNormalizerChangesThem() {
        CharFold f = CharFold.matching();
        assertEquals('著', f.fold('著'));
        assertEquals('秘', f.fold('秘'));
        assertEquals('台', f.fold('台'));
        assertEquals('台', f.fold('臺'));
        assertEquals('里', f.fold('裡'));
        assertEquals('周', f.fold('週'));
    }

    @Test
    void foldingIsIdempotentOnEveryCharacter() {
        for (CharFold f : new CharFold[] {CharFold.matching(), CharFold.keepingCase()}) {
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                char once = f.fold(c);
                assertEquals(once, f.fold(once), () -> "U+" + Integer.toHexString(once));
            }
        }
    }

    @Test
    void rangesAndArraysFoldLikeTheWhole() {
        CharFold f = CharFold.matching();
        assertEquals("ab", f.fold("xＡＢy", 1, 3));
        assertEquals("xaby", new String(f.foldToArray("xＡＢy")));
        assertEquals('!', CharFold.toHalfWidth('！'));
        assertEquals(' ', CharFold.toHalfWidth('\u3000'));
        assertEquals('中', CharFold.toHalfWidth('中'));
        assertTrue(TraditionalPairs.standard().size() > 2000);
    }
}
