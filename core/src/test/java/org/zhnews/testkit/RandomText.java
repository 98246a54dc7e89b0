package org.zhnews.testkit;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Random text for consistency tests: pieces of simplified and traditional Chinese, Latin words,
 * numbers as news writes them, every kind of punctuation, pinyin annotations, surrogate pairs,
 * unpaired surrogates, controls, zero-width and bidi characters, in random mixtures; adversarial
 * texts ({@link #adversarial}: long runs of one character or token, one-char and empty texts,
 * texts made of one class of odd characters); bytes in every charset the decoders support,
 * truncated inside multi-byte sequences ({@link #nextBytes}). All choices come from the
 * {@link Random} given, so a seed reproduces a text.
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

    /**
     * Tokens whose long runs would make a backtracking matcher explode or a scanner loop: a
     * test repeats each (see {@link #repeat}) to check that time stays linear.
     */
    public static final List<String> LONG_RUN_TOKENS = List.of(
            "亿", "(", "1,", "多", "约", "第", ".", "-", "年", "2024年", "OpenAI ", "万", "零", "（", "１",
            "百分之", "亿元", "3.", "$", "创(chuàng)", "Qwen2.5-", "\u200B", "“", "\n", "至", "A-");

    /** The C0 and C1 controls, bidi overrides and isolates, zero-width characters and other format characters. */
    private static final String CONTROLS_AND_FORMATS;
    /** Combining marks (Latin, CJK tone marks, enclosing), to stack on any base. */
    private static final String COMBINING = "\u0300\u0301\u0308\u030C\u0332\u0345\u034F\u0360\u0489"
            + "\u1AB0\u1DC0\u20D0\u20DD\u20E3\u302A\u302D\u3099\u309A\uFE00\uFE0F\uFE20";
    /** Noncharacters and specials. */
    private static final String NONCHARACTERS = "\uFDD0\uFDEF\uFFFE\uFFFF\uFFFD\uFFFC\uFFF9\uFFFA\uFFFB";
    private static final String[] SUPPLEMENTARY_ODD = {
        "\uDB80\uDC00", "\uDBFF\uDFFD", "\uD83F\uDFFE", "\uDBFF\uDFFF", "\uDB40\uDC01", "\uDB40\uDC7F",
        "\uD834\uDD73", "\uD83C\uDFFB"};

    static {
        StringBuilder sb = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            sb.append(c);
        }
        for (char c = 0x7F; c <= 0x9F; c++) {
            sb.append(c);
        }
        sb.append("\u061C\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2066\u2067"
                + "\u2068\u2069\u206A\u206F\uFEFF\u00AD\u180E\u2028\u2029\u3000\u00A0\u2007\u202F");
        CONTROLS_AND_FORMATS = sb.toString();
    }

    /** Every charset the decoders are meant to handle (and some they only have to survive). */
    private static final String[] CHARSETS = {"UTF-8", "GB18030", "GBK", "Big5", "Big5-HKSCS", "UTF-16LE",
        "UTF-16BE", "UTF-16", "UTF-32", "Shift_JIS", "EUC-KR", "windows-1252", "ISO-8859-1", "EUC-JP", "x-UTF-16LE-BOM"};

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

    private char pickChar(String pool) {
        return pool.charAt(random.nextInt(pool.length()));
    }

    private String pick(String[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    /**
     * A text like news: Chinese (simplified or traditional), names, numbers and punctuation only,
     * of about {@code 0..maxLength} code units.
     */
    public String clean(int maxLength) {
        int target = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(target + 32);
        boolean traditional = random.nextInt(3) == 0;
        while (sb.length() < target) {
            switch (random.nextInt(8)) {
                case 0, 1, 2, 3 -> run(sb, traditional ? TRADITIONAL : SIMPLIFIED, 1 + random.nextInt(12));
                case 4 -> sb.append(pick(WORDS));
                case 5 -> sb.append(pick(NUMBERS));
                case 6 -> sb.append("，。、；：？！“”（）".charAt(random.nextInt(11)));
                default -> sb.append(random.nextInt(6) == 0 ? '\n' : ' ');
            }
        }
        return sb.toString();
    }

    /**
     * An adversarial text of at most about {@code maxLength} code units: a long run of one
     * character or token, an empty or one-char text, a text made only of controls and format
     * characters, of combining marks, private-use characters, noncharacters or unpaired
     * surrogates, or a random text with such characters sprinkled in.
     */
    public String adversarial(int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(length + 16);
        switch (random.nextInt(12)) {
            case 0, 1, 2 -> {
                return repeat(pick(LONG_RUN_TOKENS.toArray(new String[0])), length);
            }
            case 3 -> {
                return "";
            }
            case 4 -> {
                return String.valueOf(random.nextInt(4) == 0 ? pickChar(ODD)
                        : (char) random.nextInt(0x10000));
            }
            case 5 -> run(sb, CONTROLS_AND_FORMATS, length);
            case 6 -> {
                sb.append(random.nextBoolean() ? "亿" : "a");
                run(sb, COMBINING, length);
            }
            case 7 -> {
                while (sb.length() < length) {
                    sb.append((char) (0xE000 + random.nextInt(0x1900)));
                }
            }
            case 8 -> {
                while (sb.length() < length) {
                    sb.append(random.nextBoolean() ? pick(SUPPLEMENTARY_ODD) : String.valueOf(pickChar(NONCHARACTERS)));
                }
            }
            case 9 -> {
                while (sb.length() < length) {
                    sb.append((char) (random.nextBoolean() ? 0xD800 + random.nextInt(0x400) : 0xDC00 + random.nextInt(0x400)));
                }
            }
            default -> {
                String base = clean(length);
                for (int i = 0; i < base.length(); i++) {
                    sb.append(base.charAt(i));
                    if (random.nextInt(5) == 0) {
                        switch (random.nextInt(4)) {
                            case 0 -> run(sb, CONTROLS_AND_FORMATS, 1);
                            case 1 -> run(sb, COMBINING, 1 + random.nextInt(3));
                            case 2 -> run(sb, NONCHARACTERS, 1);
                            default -> sb.append((char) (0xD800 + random.nextInt(0x800)));
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    /** {@code token} repeated to exactly {@code length} code units (the last copy cut short). */
    public static String repeat(String token, int length) {
        StringBuilder sb = new StringBuilder(length + token.length());
        while (sb.length() < length) {
            sb.append(token);
        }
        sb.setLength(length);
        return sb.toString();
    }

    /**
     * Random bytes: noise, or a text (random, clean or adversarial) encoded in a random charset
     * (with or without a byte-order mark), often truncated inside a multi-byte sequence.
     */
    public byte[] nextBytes(int maxLength) {
        int mode = random.nextInt(5);
        if (mode == 0) {
            byte[] b = new byte[random.nextInt(maxLength + 1)];
            random.nextBytes(b);
            return b;
        }
        String text = switch (random.nextInt(3)) {
            case 0 -> next(maxLength);
            case 1 -> clean(maxLength);
            default -> adversarial(maxLength);
        };
        byte[] b = encode(text, pick(CHARSETS));
        if (mode <= 2 && b.length > 1) {
            return truncateInside(b);
        }
        return b;
    }

    /** {@code text} in {@code charset}; {@code x-UTF-16LE-BOM} and {@code UTF-16} write a byte-order mark. */
    public static byte[] encode(String text, String charset) {
        if (charset.equals("x-UTF-16LE-BOM")) {
            byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
            byte[] b = new byte[body.length + 2];
            b[0] = (byte) 0xFF;
            b[1] = (byte) 0xFE;
            System.arraycopy(body, 0, b, 2, body.length);
            return b;
        }
        return text.getBytes(Charset.forName(charset));
    }

    /** A prefix of {@code b} cut before a byte that continues a sequence when there is one. */
    private byte[] truncateInside(byte[] b) {
        int start = random.nextInt(b.length);
        for (int i = start; i < b.length; i++) {
            int v = b[i] & 0xFF;
            if (v >= 0x80 && v <= 0xBF || i % 2 == 1 && random.nextInt(4) == 0) {
                return Arrays.copyOf(b, i); // inside UTF-8, GBK/Big5 trail bytes or a UTF-16 unit
            }
        }
        return Arrays.copyOf(b, start);
    }
}
