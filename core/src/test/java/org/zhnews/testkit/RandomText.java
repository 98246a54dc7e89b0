package org.zhnews.testkit;

import java.util.Random;

/**
 * Random text for consistency tests: pieces of simplified and traditional Chinese, Latin words,
 * numbers as news writes them, every kind of punctuation, pinyin annotations, surrogate pairs,
 * unpaired surrogates, controls, zero-width and bidi characters, in random mixtures. All choices
 * come from the {@link Random} given, so a seed reproduces a text.
 */
public final class RandomText {

    private static final String SIMPLIFIED =
            "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质亿万元美港币台股价科技智能";
    private static final String TRADITIONAL =
            "們這來個國學對時與為從說過還會進發當點開關見經體實樣現後應數機動電產資億萬臺灣華為蘋果輝達軟體演算法網際網路雲端運算晶片營收預計營運";
    private static final String[] WORDS = {
        "OpenAI", "Qwen2.5-Max", "GPT-4o", "Gemini 2.5 Pro", "DeepSeek-R1", "Meta", "Metadata",
        "AI", "NLP", "iPhone 16", "iOS 26", "https://example.com/a?b=1", "Michael I.Jordan",
        "Llama 4", "Claude", "NVIDIA", "the model", "US$", "HK$", "NT$", "Inc.", "AWS"};
    private static final String[] NUMBERS = {
        "3.5", "1,000", "540亿美元", "100多亿美元", "316億和211億美元", "17%", "百分之十七", "三成",
        "7912.8万", "1万2千", "二十五万", "3-5亿", "3至5亿元", "2024年11月24日", "2350億個參數",
        "０１２３", "１２.５％", "¥100", "￥3,000", "€5", "£2", "$130", "1e10", "9999999999999999999"};
    private static final String[] PINYIN = {"創(chuàng)", "場(chǎng)", "的(de)(de)", "新(xīn)", "(NLP)",
        "（AGI）", "(圖源:路透社)", "(Alibaba Group Holding)", "(", ")", "（", "）"};
    private static final String PUNCT = "，。、；：？！“”‘’「」『』（）《》〈〉【】—…·,.;:?!\"'()[]{}<>-–—~/\\|@#%&*+=_^`";
    private static final String ODD = "\u0000\u0001\u0007\t\n\r\u000B\u000C\u001F\u007F\u0085\u0080\u009F"
            + "\u00A0\u200B\u200C\u200D\u200E\u200F\u2028\u2029\u202A\u202B\u202C\u202D\u202E"
            + "\u2060\u2066\u2069\uFEFF\uFFFD\uFFFE\u3000\u00AD\u034F\u180E";
    private static final String FULLWIDTH = "ＡＢＣａｂｃ０１２３４５６７８９！＂＃＄％＆＇（）＊＋，－．／：；＜＝＞？［＼］＾＿｀｛｜｝～";
    private static final String[] SUPPLEMENTARY = {"𠀀", "𡈽", "𪚥", "😀", "👍🏽", "👨‍👩‍👧", "🇨🇳", "𝐀"};

    private final Random random;

    /** Random text drawn from {@code random}. */
    public RandomText(Random random) {
        this.random = random;
    }

    /** A text of about {@code 0..maxLength} code units. */
    public String next(int maxLength) {
        int target = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(target + 32);
        while (sb.length() < target) {
            appendPiece(sb);
        }
        return sb.toString();
    }

    private void appendPiece(StringBuilder sb) {
        switch (random.nextInt(14)) {
            case 0, 1, 2 -> run(sb, SIMPLIFIED, 1 + random.nextInt(12));
            case 3 -> run(sb, TRADITIONAL, 1 + random.nextInt(8));
            case 4 -> sb.append(pick(WORDS));
            case 5 -> sb.append(pick(NUMBERS));
            case 6 -> run(sb, PUNCT, 1 + random.nextInt(3));
            case 7 -> sb.append(pick(PINYIN));
            case 8 -> run(sb, ODD, 1);
            case 9 -> run(sb, FULLWIDTH, 1 + random.nextInt(4));
            case 10 -> sb.append(pick(SUPPLEMENTARY));
            case 11 -> sb.append((char) (0xD800 + random.nextInt(0x800))); // unpaired surrogate
            case 12 -> sb.append(random.nextBoolean() ? ' ' : '\n');
            default -> sb.append((char) random.nextInt(0x10000)); // any BMP unit at all
        }
    }

    private void run(StringBuilder sb, String pool, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(pool.charAt(random.nextInt(pool.length())));
        }
    }

    private String pick(String[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    /** Random bytes: noise, or a random text encoded in a random charset, possibly truncated. */
    public byte[] nextBytes(int maxLength) {
        int mode = random.nextInt(4);
        if (mode == 0) {
            byte[] b = new byte[random.nextInt(maxLength + 1)];
            random.nextBytes(b);
            return b;
        }
        String[] charsets = {"UTF-8", "GB18030", "Big5", "UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32",
            "ISO-8859-1", "windows-1252", "Shift_JIS"};
        byte[] b = next(maxLength).getBytes(java.nio.charset.Charset.forName(pick(charsets)));
        if (mode == 1 && b.length > 0) {
            return java.util.Arrays.copyOf(b, random.nextInt(b.length));
        }
        return b;
    }
}
