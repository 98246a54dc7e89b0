package org.zhnews.extract.lexicon;

import org.zhnews.text.chars.CharClass;

/**
 * The maker's brand written right before a Latin model name, with or without a space
 * ({@code 具身基座模型煊禾Basalt 2}, {@code 工业视觉模型烜智 Peridot}, {@code 的茗岫 Garnet系列模型}): two
 * to four Han characters that stand elsewhere in the text on their own (the maker's name, as in
 * {@code 煊禾成立于2023年}), with a model phrase before them or a model word after the name. The
 * brand opens the model's family, as a quoted brand does ({@code “骐途 Lynx”}). Stateless.
 */
final class MakerBrands {

    private static final int MIN_BRAND = 2;
    private static final int MAX_BRAND = 4;

    private MakerBrands() {
    }

    /**
     * Where the maker's brand before the Latin name at {@code latinStart} (ending at
     * {@code nameEnd}) starts, or -1 when none stands there.
     */
    static int start(String text, int latinStart, int nameEnd, OpenModelCues cues) {
        int end = latinStart > 0 && text.charAt(latinStart - 1) == ' ' ? latinStart - 1 : latinStart;
        if (cues.releaseVerbEndsAt(text, end)) {
            return -1; // 发布Lyra 2: a verb, not a brand
        }
        boolean modelAfter = cues.modelWordAfter(text, nameEnd);
        for (int k = MIN_BRAND; k <= MAX_BRAND && end - k >= 0; k++) {
            int brand = end - k;
            if (!CharClass.allHan(text, brand, end)) {
                return -1;
            }
            boolean phraseBefore = cues.productPhraseBefore(text, brand) >= 0;
            if ((phraseBefore || modelAfter) && standsAlone(text, brand, end, latinStart)) {
                return brand;
            }
        }
        return -1;
    }

    /** Whether the brand {@code [brand, end)} occurs elsewhere in the text, not before a Latin word. */
    private static boolean standsAlone(String text, int brand, int end, int latinStart) {
        return NameOccurrences.elsewhere(text, text.substring(brand, end), brand, latinStart, (at, to) ->
                to >= text.length() || !CharClass.isAsciiLetter(text.charAt(to)) && text.charAt(to) != ' ');
    }
}
