package org.zhnews.text.chars;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A sketch never rules out a string that occurs, and rules out most that do not. */
class CharSketchTest {

    @Test
    void everySubstringMayBeContained() {
        Random random = new Random(3);
        for (int k = 0; k < 2_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                sb.append((char) (random.nextBoolean() ? 0x4E00 + random.nextInt(3000) : random.nextInt(0x10000)));
            }
            String s = sb.toString();
            int a = random.nextInt(n);
            int b = a + 1 + random.nextInt(n - a);
            assertTrue(CharSketch.mayContain(CharSketch.of(s), CharSketch.of(s.substring(a, b))), s);
        }
        assertTrue(CharSketch.mayContain(CharSketch.of("任何文字"), CharSketch.of("")));
    }

    @Test
    void aMissingCharIsUsuallySeen() {
        long line = CharSketch.of("责任编辑：王小明");
        int ruledOut = 0;
        for (String cue : new String[] {"免责声明", "相关阅读", "来源", "原标题", "扫码关注", "版权所有", "点击查看"}) {
            ruledOut += CharSketch.mayContain(line, CharSketch.of(cue)) ? 0 : 1;
        }
        assertTrue(ruledOut >= 5, "ruled out " + ruledOut);
        long abc = CharSketch.of("abc");
        int letters = 0;
        for (char c = 'd'; c <= 'z'; c++) {
            letters += CharSketch.mayContain(abc, CharSketch.of(String.valueOf(c))) ? 0 : 1;
        }
        assertTrue(letters >= 18, "letters ruled out: " + letters);
        assertFalse(CharSketch.mayContain(abc, CharSketch.of("abcz")) && CharSketch.mayContain(abc, CharSketch.of("zz")));
    }
}
